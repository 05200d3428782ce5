"""Command line: ``newsparse [FILE|-]... [--format text|json|markdown]``.

Exit status: 0 when every document parsed, 1 when one could not be read or
parsed (one line on stderr each, no traceback), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, BinaryIO, TextIO

from newsparse._api import Options, Parser
from newsparse._errors import NewsparseError
from newsparse._serialize import render_markdown, render_text
from newsparse._version import __version__
from newsparse.rules import default_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._model import Article
    from newsparse.rules import RuleSet

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles (plain text or HTML) into title, dek, bylines, "
        "body paragraphs and quotes, and report the boilerplate removed.",
    )
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="files to parse; '-' or none reads stdin"
    )
    p.add_argument(
        "-f", "--format", choices=("text", "json", "markdown"), default="text", help="output format"
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


def _render(article: Article, fmt: str, show_removed: bool) -> str:
    if fmt == "json":
        data = article.to_dict()
        if not show_removed:
            data.pop("source", None)
        return json.dumps(data, ensure_ascii=False) + "\n"
    text = render_markdown(article) if fmt == "markdown" else render_text(article)
    if show_removed and article.removed:
        heading = "## Removed" if fmt == "markdown" else "--- removed ---"
        text += f"\n{heading}\n\n{_removed_lines(article)}\n"
    return text


def _read(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as fh:  # noqa: PTH123 (plain open keeps the error text short)
        return fh.read()


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
    if args.list_rules:
        _list_rules(rules, sys.stdout)
        return 0
    parser = Parser(rules=rules, options=options)
    status = 0
    names = args.files or ["-"]
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            article = parser.parse(_read(name, sys.stdin.buffer), kind=args.kind)
        except OSError as exc:
            sys.stderr.write(f"newsparse: {label}: {exc.strerror or exc}\n")
            status = 1
            continue
        except NewsparseError as exc:
            sys.stderr.write(f"newsparse: {label}: {exc}\n")
            status = 1
            continue
        sys.stdout.write(_render(article, args.format, args.show_removed))
    return status
