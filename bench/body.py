"""Article-body accuracy and speed of newsparse on a corpus folder.

Usage::

    python bench/body.py CORPUS_DIR [--pred-out FILE] [--peer trafilatura] [--limit N]

``CORPUS_DIR`` holds ``gold.jsonl`` (``id``, ``body``; wcxb-style corpora also
``with``/``without`` snippets), ``meta.json`` (``metric``: ``aeb_shingle4`` or
``wcxb_word_f1``) and ``html/<id>.html.gz``.  The text scored is
``Article.body`` (the gold bodies leave the title out, so does ``body``).

Metrics:

* ``aeb_shingle4``: runs of 4 consecutive ``\\w+`` tokens as a multiset; per
  page P = tp/(tp+fp), R = tp/(tp+fn); P is averaged over pages with output,
  R over pages with a gold body, and F1 is computed from the two means.
* ``wcxb_word_f1``: bag of lower-cased ``\\w+`` words per page; P, R and F1 per
  page, averaged over pages; ``with``/``without`` = mean share of must-have /
  boilerplate snippets found in the output (lower-cased substring).

Speed: pages per second of ``newsparse.parse`` on the decoded pages, the
same for the peer (``--peer trafilatura``: ``extract(html, include_comments=False)``,
the call of the shared benchmark table)
and for beautifulsoup4's bare tree build (lxml builder), all in this process,
timed page by page in turn so that a busy machine slows them alike.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsparse

if TYPE_CHECKING:
    from collections.abc import Callable

_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def aeb_page(pred: str, gold: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; ``None`` where the output or gold has no shingles."""
    p, g = _shingles(pred), _shingles(gold)
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    precision = (1.0 if fp == 0 else tp / (tp + fp)) if p else None
    recall = (1.0 if fn == 0 else tp / (tp + fn)) if g else None
    return precision, recall


def wcxb_page(pred: str, gold: str) -> tuple[float, float, float]:
    p = Counter(_TOKEN.findall((pred or "").lower()))
    g = Counter(_TOKEN.findall((gold or "").lower()))
    if not p and not g:
        return 1.0, 1.0, 1.0
    if not p or not g:
        return 0.0, 0.0, 0.0
    overlap = sum((p & g).values())
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    f1 = 0.0 if overlap == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def _snippets(pred: str, snippets: list[str]) -> float:
    if not snippets:
        return 1.0
    low = (pred or "").lower()
    return sum(1 for s in snippets if s.lower() in low) / len(snippets)


def score(metric: str, gold: list[dict[str, Any]], preds: dict[str, str]) -> dict[str, float]:
    if metric == "aeb_shingle4":
        ps: list[float] = []
        rs: list[float] = []
        for row in gold:
            precision, recall = aeb_page(preds.get(row["id"], ""), row["body"])
            if precision is not None:
                ps.append(precision)
            if recall is not None:
                rs.append(recall)
        p = sum(ps) / len(ps) if ps else 0.0
        r = sum(rs) / len(rs) if rs else 0.0
        return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}
    pages = [wcxb_page(preds.get(row["id"], ""), row["body"]) for row in gold]
    n = len(pages)
    return {
        "P": sum(x[0] for x in pages) / n,
        "R": sum(x[1] for x in pages) / n,
        "F1": sum(x[2] for x in pages) / n,
        "with": sum(_snippets(preds.get(r["id"], ""), r.get("with") or []) for r in gold) / n,
        "without": sum(_snippets(preds.get(r["id"], ""), r.get("without") or []) for r in gold) / n,
    }


def _timed(
    funcs: dict[str, Callable[[str], str]], pages: list[tuple[str, str]]
) -> dict[str, tuple[dict[str, str], float]]:
    """Outputs and pages per second of each function, timed page by page in turn.

    Interleaving the tools page by page spreads the load of a shared machine
    evenly over them, so their ratios hold even when the absolute figures drift.
    """
    outs: dict[str, dict[str, str]] = {name: {} for name in funcs}
    spent = dict.fromkeys(funcs, 0.0)
    for page_id, html in pages:
        for name, func in funcs.items():
            start = time.perf_counter()
            outs[name][page_id] = func(html)
            spent[name] += time.perf_counter() - start
    return {
        name: (outs[name], len(pages) / spent[name] if spent[name] else float("inf"))
        for name in funcs
    }


def _newsparse(html: str) -> str:
    return newsparse.parse(html, kind="html").body


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def _bs4(html: str) -> str:
    from bs4 import BeautifulSoup

    BeautifulSoup(html, "lxml")
    return ""


def _line(name: str, figures: dict[str, float], speed: float) -> str:
    cells = " ".join(f"{k}={v:.3f}" for k, v in figures.items())
    return f"{name:<12} {cells} pages/s={speed:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--pred-out", type=Path, help="write {id, body} lines here")
    ap.add_argument("--peer", choices=["trafilatura"], action="append", default=[])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--no-bs4", action="store_true", help="skip timing the bare bs4 build")
    args = ap.parse_args(argv)
    corpus: Path = args.corpus
    meta = json.loads((corpus / "meta.json").read_text(encoding="utf-8"))
    gold = [
        json.loads(line) for line in (corpus / "gold.jsonl").open(encoding="utf-8") if line.strip()
    ]
    gold.sort(key=lambda row: row["id"])
    if args.limit:
        gold = gold[: args.limit]
    pages = [
        (
            row["id"],
            gzip.decompress((corpus / "html" / f"{row['id']}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            ),
        )
        for row in gold
    ]
    metric = meta["metric"]
    print(f"{meta.get('name', corpus.name)}: {len(pages)} pages, metric {metric}")
    funcs: dict[str, Callable[[str], str]] = {"newsparse": _newsparse}
    for peer in args.peer:
        funcs[peer] = _trafilatura
    if not args.no_bs4:
        funcs["bs4"] = _bs4
    for func in funcs.values():  # imports and first-call set-up are not timed
        if pages:
            func(pages[0][1])
    results = _timed(funcs, pages)
    preds, speed = results["newsparse"]
    print(_line("newsparse", score(metric, gold, preds), speed))
    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8") as out:
            for page_id, body in preds.items():
                out.write(json.dumps({"id": page_id, "body": body}, ensure_ascii=False) + "\n")
    for peer in args.peer:
        peer_preds, peer_speed = results[peer]
        print(_line(peer, score(metric, gold, peer_preds), peer_speed))
        print(f"speed ratio newsparse/{peer}: {speed / peer_speed:.2f}")
    if not args.no_bs4:
        bs4_speed = results["bs4"][1]
        print(f"bs4+lxml bare build: pages/s={bs4_speed:.1f}")
        print(f"parse() time / bare bs4 build time: {bs4_speed / speed:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
