"""Author (byline) accuracy and speed of newsparse on a byline gold file.

Usage::

    python bench/bylines.py PATH [--pred-out FILE] [--errors N] [--limit N]

``PATH`` is a JSONL file (gzip allowed) of records with ``id``, ``authors``
(the gold list of names) and ``source``, and either

* ``byline``: a raw byline string, read with ``newsparse.parse_byline(s).authors``;
* ``html`` or ``html_ref`` (a page; ``html_ref`` is the path of a gzipped
  page relative to the gold file's folder, ``../wcxb-articles/html/<id>.html.gz``),
  read with ``newsparse.parse(html).authors``.  A page that raises
  ``NewsparseError`` counts as "no authors" and is reported.

Metric (the same as the shared reference scorer): every name is normalised
(HTML entities unescaped, NFKC, casefold, curly quotes straightened, ``.`` and
``,`` replaced by spaces, whitespace collapsed; empty names dropped) and each
record's names become a set.  **exact** = share of records whose predicted set
equals the gold set; **P/R/F1** are micro-averaged over names
(tp = |pred ∩ gold|, fp = |pred − gold|, fn = |gold − pred|).  Speed is
records per second of the newsparse call alone.

``--pred-out FILE`` writes ``{"id", "authors"}`` lines that the reference
scorer reads.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import newsparse


def norm_name(name: str) -> str:
    s = unicodedata.normalize("NFKC", html.unescape(name)).casefold()
    s = (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = re.sub(r"[.,]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def name_set(names: list[str]) -> set[str]:
    return {n for n in (norm_name(x) for x in names) if n}


class Score:
    def __init__(self) -> None:
        self.n = self.exact = self.tp = self.fp = self.fn = 0

    def add(self, pred: list[str], gold: list[str]) -> bool:
        p, g = name_set(pred), name_set(gold)
        self.n += 1
        self.exact += p == g
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)
        return p == g

    def row(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        exact = self.exact / self.n if self.n else 0.0
        return {"n": self.n, "exact": exact, "P": p, "R": r, "F1": f}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    if gz:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page_html(record: dict[str, Any], folder: Path) -> str:
    """The page of a record: ``html``, or the file ``html_ref`` names (relative to ``folder``)."""
    if record.get("html"):
        return str(record["html"])
    ref = str(record["html_ref"])
    path = (
        folder / ref if "/" in ref else folder / ".." / "wcxb-articles" / "html" / f"{ref}.html.gz"
    )
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        return f.read()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path, help="byline or page gold file (JSONL, gzip allowed)")
    ap.add_argument("--pred-out", type=Path, help="write predictions for the reference scorer")
    ap.add_argument("--errors", type=int, default=0, help="print the first N wrong records")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N records")
    args = ap.parse_args(argv)

    records = read_jsonl(args.path)
    if args.limit:
        records = records[: args.limit]
    folder = args.path.parent
    predictions: list[tuple[dict[str, Any], list[str]]] = []
    errored = 0
    elapsed = 0.0
    for rec in records:
        if "byline" in rec:
            text = str(rec["byline"])
            t0 = time.perf_counter()
            authors = newsparse.parse_byline(text).authors
            elapsed += time.perf_counter() - t0
        else:
            doc = page_html(rec, folder)
            t0 = time.perf_counter()
            try:
                authors = newsparse.parse(doc).authors
            except newsparse.NewsparseError:
                authors = ()
                errored += 1
            elapsed += time.perf_counter() - t0
        predictions.append((rec, [a.name for a in authors]))

    total = Score()
    per_source: defaultdict[str, Score] = defaultdict(Score)
    wrong: list[tuple[dict[str, Any], list[str]]] = []
    for rec, pred in predictions:
        gold = [str(x) for x in rec.get("authors") or []]
        if not total.add(pred, gold):
            wrong.append((rec, pred))
        per_source[str(rec.get("source") or "?").split(":")[0]].add(pred, gold)

    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8") as out:
            for rec, pred in predictions:
                out.write(json.dumps({"id": rec["id"], "authors": pred}, ensure_ascii=False) + "\n")

    rows = [("all", total.row())] + [(k, v.row()) for k, v in sorted(per_source.items())]
    width = max(len(k) for k, _ in rows)
    print(f"{'source':<{width}}     n  exact      P      R     F1")
    for key, x in rows:
        print(
            f"{key:<{width}}  {x['n']:4d}  {x['exact']:.3f}  {x['P']:.3f}  {x['R']:.3f}  {x['F1']:.3f}"
        )
    for rec, pred in wrong[: args.errors]:
        shown = rec.get("byline", rec.get("url", rec.get("html_ref", "")))
        print(
            f"[{rec['id']}] {str(shown)[:110]!r}\n    gold {rec.get('authors')!r}\n    pred {pred!r}"
        )
    speed = len(predictions) / elapsed if elapsed else 0.0
    kind = "pages" if any("byline" not in r for r in records) else "strings"
    x = total.row()
    print(
        f"SUMMARY n={x['n']} exact={x['exact']:.3f} P={x['P']:.3f} R={x['R']:.3f} F1={x['F1']:.3f} "
        f"{kind}/s={speed:.0f} errored={errored}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
