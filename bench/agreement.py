"""Agreement of newsparse's article body with trafilatura's on pages without a gold body.

Usage::

    python bench/agreement.py PAGES.jsonl[.gz] [--worst N]

Each line of ``PAGES`` is an object with the page in ``html`` (lines without it are
skipped) and an ``id``.  For each page the bodies of ``newsparse.parse`` and of
trafilatura's ``extract(html, include_comments=False)`` are compared as bags of
lower-cased ``\\w+`` words (F1 of one against the other).  The mean agreement is
printed, then the pages where the two disagree most, with both word counts: a page
where newsparse finds far fewer words than trafilatura is worth reading.

Trafilatura is not a gold standard; the figure finds templates to look at, it does
not score them.  Needs trafilatura (``pip install trafilatura``), not a dependency of
newsparse.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import IO

import newsparse

_WORD = re.compile(r"\w+")


def agreement(ours: str, theirs: str) -> float:
    """Word-bag F1 of ``ours`` against ``theirs``; 1.0 when both are empty."""
    a = Counter(_WORD.findall(ours.lower()))
    b = Counter(_WORD.findall(theirs.lower()))
    if not a and not b:
        return 1.0
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    p = overlap / sum(a.values())
    r = overlap / sum(b.values())
    return 2 * p * r / (p + r)


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import trafilatura

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("--worst", type=int, default=20, help="list the N least agreeing pages")
    args = ap.parse_args(argv)
    rows: list[tuple[float, str, int, int]] = []
    with _open(args.pages) as lines:
        for line in lines:
            record = json.loads(line)
            html = record.get("html")
            if not html:
                continue
            ours = newsparse.parse(html, kind="html").body
            theirs = trafilatura.extract(html, include_comments=False) or ""
            score = agreement(ours, theirs)
            rows.append((score, str(record.get("id")), len(ours.split()), len(theirs.split())))
    if not rows:
        print("no pages with an 'html' field")
        return 1
    rows.sort()
    mean = sum(row[0] for row in rows) / len(rows)
    print(f"{len(rows)} pages, mean agreement with trafilatura {mean:.3f}")
    for score, page_id, n_ours, n_theirs in rows[: args.worst]:
        print(f"{score:.2f}  {page_id}  newsparse={n_ours} words  trafilatura={n_theirs} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
