"""Command line: ``newsparse [FILE|DIR|GLOB|-]... [--format text|json|markdown|jsonl]``.

Exit status: 0 when every document parsed, 1 when one could not be read or
parsed (one line on stderr each, no traceback), 2 for a usage error.

Directories are read recursively, globs expanded, ``.gz`` files decompressed
and WARC files split into their pages; ``--jobs N`` parses on N processes.
"""

from __future__ import annotations

import argparse
import collections
import glob
import gzip
import json
import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

import attrs

from newsparse._api import Options, Parser
from newsparse._batch import parse_many
from newsparse._errors import NewsparseError
from newsparse._serialize import render_markdown, render_text
from newsparse._version import __version__
from newsparse.rules import default_rules

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newsparse._batch import ParseResult
    from newsparse._model import Article
    from newsparse.rules import RuleSet

__all__ = ["main"]

# What a directory contributes: documents, gzipped documents and web archives.
_DOC_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_WARC_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_GLOB_CHARS = frozenset("*?[")


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles (plain text or HTML) into title, dek, bylines, "
        "body paragraphs and quotes, and report the boilerplate removed.",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files, directories (read recursively), globs or WARC files to parse; "
        "'-' or none reads stdin",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=("text", "json", "markdown", "jsonl"),
        default="text",
        help="output format (jsonl: one JSON object per document, errors included)",
    )
    p.add_argument("--kind", choices=("auto", "text", "html"), default="auto", help="input kind")
    p.add_argument(
        "--enable", action="append", default=[], metavar="RULE", help="enable a rule or family"
    )
    p.add_argument(
        "--disable", action="append", default=[], metavar="RULE", help="disable a rule or family"
    )
    p.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    p.add_argument(
        "--show-removed",
        action="store_true",
        help="also print what was removed, with rule and reason",
    )
    p.add_argument("--no-quotes", action="store_true", help="skip quote extraction")
    p.add_argument(
        "--max-chars", type=int, default=None, metavar="N", help="size limit in characters"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse on N processes (0: one per CPU; default 1)",
    )
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress line on stderr (it is shown only when stderr is a terminal)",
    )
    p.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return p


def _list_rules(rules: RuleSet, out: TextIO) -> None:
    for info in rules.describe():
        state = "on " if info.enabled else "off"
        out.write(f"{state} {info.name:<32} {info.category:<14} {info.description}\n")


def _removed_lines(article: Article) -> str:
    lines = [
        f"[{r.start}:{r.end}] {r.category.value} {r.rule}: {r.reason}\n    {r.text[:200]!r}"
        for r in article.removed
    ]
    return "\n".join(lines)


def _article_dict(article: Article, show_removed: bool) -> dict[str, Any]:
    data = article.to_dict()
    if not show_removed:
        data.pop("source", None)
    return data


def _render(article: Article, fmt: str, show_removed: bool) -> str:
    if fmt == "json":
        return json.dumps(_article_dict(article, show_removed), ensure_ascii=False) + "\n"
    text = render_markdown(article) if fmt == "markdown" else render_text(article)
    if show_removed and article.removed:
        heading = "## Removed" if fmt == "markdown" else "--- removed ---"
        text += f"\n{heading}\n\n{_removed_lines(article)}\n"
    return text


# ------------------------------------------------------------------ inputs


@attrs.frozen
class _Source:
    """Where a document came from; travels with it through the pool as its id."""

    label: str
    url: str | None = None
    read_error: str | None = None


def _is_warc(name: str) -> bool:
    return name.lower().endswith(_WARC_SUFFIXES)


def _wanted(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    name = name.removesuffix(".gz")
    return name.endswith(_DOC_SUFFIXES) or _is_warc(path.name)


def _walk(directory: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if _wanted(path):
                yield str(path)


@attrs.frozen
class _Expanded:
    names: tuple[str, ...]
    batch: bool  # a directory, a glob or a WARC file was given


def _expand(args: Sequence[str]) -> _Expanded:
    names: list[str] = []
    batch = False
    for arg in args:
        if arg == "-":
            names.append(arg)
        elif Path(arg).is_dir():
            batch = True
            names.extend(_walk(Path(arg)))
        elif not Path(arg).exists() and _GLOB_CHARS & set(arg):
            batch = True
            matches = sorted(glob.glob(arg, recursive=True))  # noqa: PTH207 (globs as typed)
            if not matches:
                names.append(arg)  # reported as a missing file
            for match in matches:
                if Path(match).is_dir():
                    names.extend(_walk(Path(match)))
                elif Path(match).is_file():
                    names.append(match)
        else:
            batch = batch or _is_warc(arg)
            names.append(arg)
    return _Expanded(tuple(names), batch)


def _read(name: str, stdin: BinaryIO, limit: int) -> bytes:
    """The bytes of ``name``, decompressed if gzipped; at most ``limit`` + 1 of them.

    Reading stops one byte past the limit, so that a gzip bomb or a huge file
    costs no more memory than the limit and is reported as too large.
    """
    if name == "-":
        return stdin.read(limit + 1)
    with open(name, "rb") as fh:  # noqa: PTH123 (plain open keeps the error text short)
        data = fh.read(limit + 1)
        if not (name.lower().endswith(".gz") and data[:2] == b"\x1f\x8b"):
            return data
        fh.seek(0)
        with gzip.GzipFile(fileobj=fh) as unzipped:
            return unzipped.read(limit + 1)


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return f"{type(exc).__name__}: {exc}"


def _warc_pages(name: str, limit: int) -> Iterator[tuple[_Source, bytes]]:
    """Each response or resource record of ``name`` with an HTML or text payload."""
    try:
        from warcio.archiveiterator import (  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 (optional extra)
            ArchiveIterator,
        )
    except ImportError:
        yield (
            _Source(
                name,
                read_error="reading WARC files needs warcio: pip install 'newsparse[warc]'",
            ),
            b"",
        )
        return
    count = 0
    try:
        with open(name, "rb") as fh:  # noqa: PTH123
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                if record.rec_type == "response":
                    headers = record.http_headers
                    ctype = headers.get_header("Content-Type", "") if headers else ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type", "")
                if not ctype.lower().strip().startswith(_WARC_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                count += 1
                yield _Source(f"{name}#{count}", url=url), record.content_stream().read(limit + 1)
    except Exception as exc:  # noqa: BLE001 (a broken archive is that input's failure)
        yield _Source(f"{name}#{count + 1}", read_error=_read_error(exc)), b""


def _documents(
    names: Sequence[str], stdin: BinaryIO, limit: int
) -> Iterator[tuple[_Source, bytes]]:
    for name in names:
        label = "<stdin>" if name == "-" else name
        if name != "-" and _is_warc(name) and Path(name).is_file():
            yield from _warc_pages(name, limit)
            continue
        try:
            data = _read(name, stdin, limit)
        except (OSError, EOFError, zlib.error) as exc:
            yield _Source(label, read_error=_read_error(exc)), b""
            continue
        yield _Source(label), data


# ------------------------------------------------------------------ output


class _Progress:
    """A progress line on stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def add(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = time.monotonic()
        if self.enabled and now - self.drawn >= 0.1:
            self.drawn = now
            rate = self.done / max(now - self.started, 1e-9)
            self.stream.write(f"\r{_count(self.done)}, {self.failed:,} failed, {rate:,.1f}/s\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _count(n: int) -> str:
    return f"{n:,} document" if n == 1 else f"{n:,} documents"


def _summary(done: int, failures: collections.Counter[str], first: list[str]) -> str:
    failed = sum(failures.values())
    if not failed:
        return f"newsparse: {_count(done)}, all parsed\n"
    kinds = ", ".join(f"{k} {n:,}" for k, n in failures.most_common())
    more = "" if failed <= len(first) else f" and {failed - len(first):,} more"
    return (
        f"newsparse: {failed:,} of {done:,} documents failed ({kinds}): {', '.join(first)}{more}\n"
    )


def _is_tty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _emit(result: ParseResult, fmt: str, show_removed: bool) -> tuple[str | None, str | None]:
    """(stdout text, failure text) for one result."""
    source: _Source = result.id
    if source.read_error is not None:
        error: dict[str, Any] | None = {
            "error": "ReadError",
            "message": source.read_error,
            "rule": None,
            "internal": False,
        }
        failure = source.read_error
    elif result.error is not None:
        error = result.error.to_dict()
        failure = str(result.error) if result.error.internal else result.error.message
    else:
        error, failure = None, None
    if fmt == "jsonl":
        record: dict[str, Any] = {"id": source.label, "url": source.url}
        if error is not None:
            record["error"] = error
        elif result.article is not None:
            record["article"] = _article_dict(result.article, show_removed)
        return json.dumps(record, ensure_ascii=False) + "\n", failure
    if error is None and result.article is not None:
        return _render(result.article, fmt, show_removed), None
    return None, failure


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    rules = default_rules()
    try:
        if args.enable:
            rules = rules.enable(*args.enable)
        if args.disable:
            rules = rules.disable(*args.disable)
        options = Options(
            max_chars=args.max_chars if args.max_chars is not None else Options().max_chars,
            quotes=not args.no_quotes,
        )
    except NewsparseError as exc:
        sys.stderr.write(f"newsparse: {exc}\n")
        return 2
    if args.jobs < 0:
        sys.stderr.write(f"newsparse: --jobs must be 0 or more, not {args.jobs}\n")
        return 2
    if args.list_rules:
        _list_rules(rules, sys.stdout)
        return 0
    parser = Parser(rules=rules, options=options)
    expanded = _expand(args.files or ["-"])
    batch = expanded.batch or args.format == "jsonl" or args.jobs != 1
    progress = _Progress(
        sys.stderr,
        enabled=batch and not args.no_progress and _is_tty(sys.stderr) and not _is_tty(sys.stdout),
    )
    failures: collections.Counter[str] = collections.Counter()
    first_failed: list[str] = []
    # Bytes past four times max_chars are refused by parse(); read no more than that.
    docs = _documents(expanded.names, sys.stdin.buffer, 4 * options.max_chars)
    results = parse_many(
        docs,
        workers=args.jobs or None,
        kind=args.kind,
        rules=parser.rules,
        options=parser.options,
    )
    for result in results:
        out, failure = _emit(result, args.format, args.show_removed)
        progress.add(failure is None)
        if out is not None:
            sys.stdout.write(out)
        if failure is not None:
            source: _Source = result.id
            kind = "ReadError" if source.read_error else (result.error and result.error.error)
            failures[str(kind)] += 1
            if len(first_failed) < 5:
                first_failed.append(source.label)
            if args.format != "jsonl":
                progress.clear()
                sys.stderr.write(f"newsparse: {source.label}: {failure}\n")
    progress.clear()
    if batch:
        sys.stderr.write(_summary(progress.done, failures, first_failed))
    return 1 if failures else 0
