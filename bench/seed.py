"""Median time to parse the seed article.

Usage: python bench/seed.py [--runs N] [PATH]
(PATH defaults to seeds/nation-trump-kim.txt.)
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=str(ROOT / "seeds" / "nation-trump-kim.txt"))
    ap.add_argument("--runs", type=int, default=2000)
    args = ap.parse_args()
    data = Path(args.path).read_bytes()
    newsparse.parse(data)  # warm up: compile patterns, import modules
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        newsparse.parse(data)
        times.append(time.perf_counter() - t0)
    times.sort()
    a = newsparse.parse(data)
    print(
        f"{Path(args.path).name}: {len(data):,} bytes, {len(a.paragraphs)} paragraphs, "
        f"{len(a.quotes)} quotes, {len(a.removed)} removed"
    )
    print(
        f"median {statistics.median(times) * 1e3:.3f} ms, p90 {times[int(0.9 * len(times))] * 1e3:.3f} ms "
        f"over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
