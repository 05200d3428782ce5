"""Articles per second through ``newsparse.parse_many`` on 1, 2… workers, and peak memory.

Usage::

    python bench/throughput.py PATH... [--workers 1 2] [--repeat N] [--limit N]
    python bench/throughput.py --make-jsonl /tmp/big.jsonl --gb 1 PATH   # write a big JSONL
    python bench/throughput.py /tmp/big.jsonl --workers 2 --stream       # stream it, report RSS

PATH is a JSONL file (one object per line; the document is its ``text`` or
``html`` field, its id the ``id`` field), an HTML or text file (``.gz`` is
decompressed) or a directory of them.  Each PATH is measured on its own: the
documents are read into memory once (``--repeat`` times over), then timed
through ``parse_many`` for each worker count.

``--stream`` reads the JSONL line by line while it is parsed (nothing is kept)
and reports documents per second and the peak resident memory of this process
and of its largest worker.  ``--make-jsonl OUT --gb G`` writes a JSONL of about
G gigabytes by repeating the documents of the given PATHs, then exits.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsparse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

SUFFIXES = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


def _jsonl_docs(path: Path) -> Iterator[tuple[Any, str]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            record = json.loads(line)
            doc = record.get("text") or record.get("html") or ""
            yield record.get("id", n), doc


def _file_doc(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def documents(path: Path) -> Iterator[tuple[Any, str | bytes]]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.name.lower().endswith(SUFFIXES):
                yield str(child), _file_doc(child)
    elif path.name.endswith(".jsonl"):
        yield from _jsonl_docs(path)
    else:
        yield str(path), _file_doc(path)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def measure(docs: Iterable[tuple[Any, str | bytes]], workers: int) -> tuple[int, int, int, float]:
    """(documents, failures, characters, seconds) of one run."""
    count = failed = chars = 0
    t0 = time.perf_counter()
    for result in newsparse.parse_many(docs, workers=workers):
        count += 1
        if result.error is not None:
            failed += 1
        elif result.article is not None:
            chars += len(result.article.source)
    return count, failed, chars, time.perf_counter() - t0


def make_jsonl(out: Path, gb: float, sources: list[Path]) -> None:
    docs = [doc for path in sources for _, doc in documents(path)]
    texts = [d.decode("utf-8", "replace") if isinstance(d, bytes) else d for d in docs]
    target = int(gb * 1e9)
    written = n = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < target:
            line = json.dumps({"id": f"doc-{n}", "text": texts[n % len(texts)]}) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"wrote {n:,} documents, {written / 1e9:.2f} GB, to {out}")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="pass over the documents N times")
    ap.add_argument("--limit", type=int, default=0, help="use at most N documents per path")
    ap.add_argument("--stream", action="store_true", help="stream a JSONL, report peak memory")
    ap.add_argument("--make-jsonl", type=Path, metavar="OUT")
    ap.add_argument("--gb", type=float, default=1.0)
    args = ap.parse_args()
    if args.make_jsonl:
        make_jsonl(args.make_jsonl, args.gb, args.paths)
        return 0
    if args.stream:
        [path] = args.paths
        [workers] = args.workers
        size = path.stat().st_size
        count, failed, chars, seconds = measure(_jsonl_docs(path), workers)
        print(
            f"{path}: {size / 1e9:.2f} GB, {count:,} documents ({failed:,} failed) on "
            f"{workers} worker(s) in {seconds:.1f}s: {count / seconds:,.1f} docs/s, "
            f"{size / 1e6 / seconds:.1f} MB/s; peak RSS: this process "
            f"{_peak_mb(resource.RUSAGE_SELF):,.0f} MB, largest worker "
            f"{_peak_mb(resource.RUSAGE_CHILDREN):,.0f} MB"
        )
        return 0
    print(
        f"{'input':<40} {'workers':>7} {'docs':>6} {'failed':>6} {'seconds':>8} {'docs/s':>8} {'MB/s':>6}"
    )
    for path in args.paths:
        docs = list(documents(path))
        if args.limit:
            docs = docs[: args.limit]
        docs *= args.repeat
        list(newsparse.parse_many(docs[:20], workers=1))  # warm up: imports, compiled patterns
        for workers in args.workers:
            count, failed, chars, seconds = measure(docs, workers)
            print(
                f"{str(path)[-40:]:<40} {workers:>7} {count:>6} {failed:>6} {seconds:>8.2f} "
                f"{count / seconds:>8.1f} {chars / 1e6 / seconds:>6.2f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
