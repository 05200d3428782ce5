"""Does parse time grow linearly with the input?  Times inputs of 1, 4 and 16 MB of several shapes.

Usage::

    python bench/scaling.py [PATH] [--sizes 1 4 16] [--shapes article long_line ...] [--runs N]

PATH is an article to repeat for the ``article`` shape (default: the seed).
For each shape the script builds inputs of each size (in millions of
characters), parses each ``--runs`` times (best time kept) and prints the
seconds, the microseconds per thousand characters and the ratio of each time to
the previous size's.  Linear time gives a ratio near the ratio of the sizes (4
for 1 → 4 → 16 MB); a quadratic step would give 16.  The exit status is 1 when
a ratio exceeds ``--max-ratio`` times the size ratio (default 2).

Shapes:

``article``      the article repeated, blank lines between copies
``long_line``    one line of words with no line break
``no_spaces``    one line of one character, no spaces
``short_lines``  many short lines ("Line 123"), one per row
``quotes``       paragraphs full of quote marks, most of them unmatched
``quote_runs``   one paragraph of nothing but ``“`` and ``"`` marks
``html_nested``  a page of nested ``<div>`` elements around a paragraph each
``html_siblings`` a page of sibling ``<p>`` elements
``html_article`` the article as HTML paragraphs, repeated
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import newsparse

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def article(text: str, size: int) -> str:
    return _fill(text.strip() + "\n\n", size)


def long_line(text: str, size: int) -> str:
    return _fill(" ".join(text.split()) + " ", size)


def no_spaces(_text: str, size: int) -> str:
    return "x" * size


def short_lines(_text: str, size: int) -> str:
    lines = []
    total = 0
    i = 0
    while total < size:
        line = f"Line {i}\n"
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines)[:size]


def quotes(_text: str, size: int) -> str:
    para = (
        "“The council said “no” and then ”maybe,” she said. He added: “we will see "
        '"what happens" and ‘who’ decides « now » „soon“ 「here」 "unmatched '
    )
    return _fill(para * 20 + "\n\n", size)


def quote_runs(_text: str, size: int) -> str:
    return "Title\n\n" + _fill('“ " ', size - 7)


def html_nested(_text: str, size: int) -> str:
    unit = "<div><p>Some text of the article, a sentence or two long.</p>"
    depth = size // (len(unit) + len("</div>"))
    return "<html><body>" + unit * depth + "</div>" * depth + "</body></html>"


def html_siblings(_text: str, size: int) -> str:
    unit = "<p>Some text of the article, a sentence or two long.</p>\n"
    return "<html><body>" + unit * (size // len(unit)) + "</body></html>"


def html_article(text: str, size: int) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n") if p.strip())
    copies = max(1, size // len(paras))
    return (
        "<!doctype html><html><head><title>Title</title></head><body><article>"
        + paras * copies
        + "</article></body></html>"
    )


SHAPES: dict[str, Callable[[str, int], str]] = {
    "article": article,
    "long_line": long_line,
    "no_spaces": no_spaces,
    "short_lines": short_lines,
    "quotes": quotes,
    "quote_runs": quote_runs,
    "html_nested": html_nested,
    "html_siblings": html_siblings,
    "html_article": html_article,
}


def _time(doc: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        newsparse.parse(doc)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(ROOT / "seeds" / "nation-trump-kim.txt"))
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="millions of chars")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    ap.add_argument("--runs", type=int, default=1, help="runs per input (best kept)")
    ap.add_argument("--max-ratio", type=float, default=2.0)
    args = ap.parse_args()
    text = Path(args.path).read_text(encoding="utf-8")
    newsparse.parse(text)  # warm up
    print(f"{'shape':<14} {'MB':>6} {'seconds':>9} {'µs/kchar':>9} {'ratio':>7} {'sizes':>6}")
    worst = 0.0
    for shape in args.shapes:
        previous: tuple[int, float] | None = None
        for mb in args.sizes:
            doc = SHAPES[shape](text, int(mb * MB))
            seconds = _time(doc, args.runs)
            per_k = seconds / len(doc) * 1e9
            ratio = size_ratio = float("nan")
            if previous is not None:
                ratio = seconds / max(previous[1], 1e-9)
                size_ratio = len(doc) / previous[0]
                worst = max(worst, ratio / size_ratio)
            print(
                f"{shape:<14} {len(doc) / MB:>6.1f} {seconds:>9.3f} {per_k:>9.1f} "
                f"{ratio:>7.2f} {size_ratio:>6.1f}",
                flush=True,
            )
            previous = (len(doc), seconds)
    print(f"worst time ratio over size ratio: {worst:.2f} (linear: about 1)")
    return 1 if worst > args.max_ratio else 0


if __name__ == "__main__":
    sys.exit(main())
