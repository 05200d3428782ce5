"""Fuzz ``newsparse.parse`` with atheris, or smoke-test the same target on random bytes.

With atheris (coverage-guided, libFuzzer options pass through)::

    pip install atheris
    mkdir -p /tmp/fuzz-corpus && cp seeds/* docs/examples/* /tmp/fuzz-corpus/
    python bench/fuzz.py /tmp/fuzz-corpus -max_total_time=3600 -timeout=20 -rss_limit_mb=4096

Without atheris (a quick check that the target holds, e.g. in CI)::

    python bench/fuzz.py --smoke [--iterations 5000] [--seed 0] [--max-bytes 4096]

The target feeds the input to ``parse`` as bytes or as text, with ``kind``
auto, text or html (the first byte chooses).  It accepts an article or a
``NewsparseError``; anything else is a finding: another exception, offsets that
do not slice ``source``, a non-space character of ``source`` that no part of
the article covers, a parse that is not deterministic, or (smoke mode) one
input that takes longer than ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import newsparse
from newsparse import Article, NewsparseError
from newsparse._audit import audit

KINDS = ("auto", "text", "html")

# Pieces the smoke generator strings together, so random inputs reach past decoding.
TOKENS = [
    b"<html>",
    b"<!doctype html>",
    b"<body>",
    b"<p>",
    b"</p>",
    b"<div class='article-body'>",
    b"</div>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"<a href='/x'>",
    b"</a>",
    b"<br>",
    b"<h1>",
    b"<meta charset='utf-16'>",
    b"&amp;",
    b"&#0;",
    b"\n",
    b"\r\n",
    b"\r",
    b"\n\n",
    b"\x00",
    b" ",
    b"By Jane Doe",
    b"Advertisement",
    b"Dear reader,",
    b"SPRINGFIELD (AP) \xe2\x80\x94 ",
    b"\xe2\x80\x9c",
    b"\xe2\x80\x9d",
    b'"',
    b"\x93",
    b"\x94",
    b"\xc2\xab",
    b"said",
    b"The council voted on Tuesday.",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]


def check(article: Article) -> None:
    """Raise AssertionError when the article breaks an invariant."""
    problems = audit(article)
    if problems:
        raise AssertionError("; ".join(problems))


def target(data: bytes) -> None:
    """One fuzz input: parse it, accept an article or a NewsparseError, check the article."""
    if not data:
        return
    mode, body = data[0], data[1:]
    kind = KINDS[mode % 3]
    doc: str | bytes = body.decode("utf-8", errors="replace") if mode & 4 else body
    try:
        article = newsparse.parse(doc, kind=kind)
    except NewsparseError:
        return
    check(article)
    if mode & 8 and newsparse.parse(doc, kind=kind) != article:
        raise AssertionError("two parses of one input differ")


def _smoke_input(rng: random.Random, max_bytes: int) -> bytes:
    mode = bytes([rng.randrange(256)])
    size = rng.randrange(max_bytes)
    if rng.random() < 0.3:
        return mode + rng.randbytes(size)
    parts: list[bytes] = []
    total = 0
    while total < size:
        piece = rng.choice(TOKENS) if rng.random() < 0.6 else rng.randbytes(rng.randrange(1, 12))
        parts.append(piece)
        total += len(piece)
    return mode + b"".join(parts)


def smoke(iterations: int, seed: int, max_bytes: int, max_seconds: float) -> int:
    rng = random.Random(seed)  # noqa: S311 (reproducible test inputs, not secrets)
    slowest = 0.0
    t_start = time.perf_counter()
    for i in range(iterations):
        data = _smoke_input(rng, max_bytes)
        t0 = time.perf_counter()
        try:
            target(data)
        except Exception:
            print(f"finding at iteration {i} (seed {seed}); input: {data!r}", file=sys.stderr)
            raise
        elapsed = time.perf_counter() - t0
        slowest = max(slowest, elapsed)
        if elapsed > max_seconds:
            print(f"iteration {i} took {elapsed:.1f}s; input: {data!r}", file=sys.stderr)
            return 1
    total = time.perf_counter() - t_start
    print(f"{iterations} inputs in {total:.1f}s, slowest {slowest * 1000:.1f} ms, no findings")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--smoke", action="store_true", help="run without atheris, on random bytes")
    ap.add_argument("--iterations", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-bytes", type=int, default=4096)
    ap.add_argument("--max-seconds", type=float, default=5.0)
    args, rest = ap.parse_known_args()
    if args.smoke:
        return smoke(args.iterations, args.seed, args.max_bytes, args.max_seconds)
    try:
        import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        print(
            "atheris is not installed: pip install atheris (or run with --smoke)", file=sys.stderr
        )
        return 2
    atheris.instrument_all()
    atheris.Setup([sys.argv[0], *rest], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
