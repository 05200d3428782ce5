"""Benchmark quote extraction on a JSONL corpus of articles with gold quotes and speakers.

Usage::

    python bench/quotes.py CORPUS.jsonl [--pred-out FILE] [--examples N]

Each line of the corpus is ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker", ...}]}`` (``text[start:end]`` is the quote with its marks, ``speaker``
the annotated mention of who said it, or null).  Every article's ``text`` goes
through ``newsparse.parse(text, kind="text")``; the predictions can be written
as JSONL (``{"id", "quotes": [{"text", "start", "end", "speaker",
"speaker_mention"}]}``, offsets into the corpus text) and the figures are
printed.

Metric: within each article, gold and predicted quotes are matched one-to-one,
greedily by score, then by distance between starts, then by index.  A pair is
an *overlap* candidate when the token overlap (multiset intersection of the
lower-cased ``\\w+`` tokens over the larger count) is at least 0.5, an *exact*
candidate when the texts are equal after normalisation (quote marks to spaces,
whitespace collapsed, ``, . ; :`` stripped from the ends, lower-cased).  A
predicted speaker is right when ``speaker`` or ``speaker_mention`` equals the
gold speaker after normalisation (lower-case, ``’`` to ``'``, possessive
``'s`` dropped, words joined by one space) or has the same head word (the
last word before the first ``,``, ``(``, `` who `` or `` which ``); for a gold
quote with no speaker, neither may be given.  *Joint* counts a pair only when
it is overlap-matched and its speaker is right.  Speaker accuracy is over the
overlap-matched pairs with a gold speaker, also split by whether the gold
speaker is a pronoun.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import newsparse
from newsparse._quotes import extract_quotes

_DQ = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'
_DQ_RE = re.compile("[" + _DQ + "]")
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "i",
        "we",
        "it",
        "you",
        "who",
        "him",
        "her",
        "them",
        "us",
        "me",
        "this",
        "that",
        "which",
    ]
)

Record = dict[str, Any]


def norm_quote(text: str) -> str:
    text = re.sub(r"\s+", " ", _DQ_RE.sub(" ", text)).strip().strip(",.;:").strip()
    return text.lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return sum((Counter(a) & Counter(b)).values()) / max(len(a), len(b))


def norm_speaker(text: str) -> str:
    text = re.sub(r"'s\b", "", text.lower().replace("\u2019", "'"))
    return " ".join(re.findall(r"[\w'-]+", text))


def head(text: str) -> str:
    text = re.split(r",|\(| who | which ", text.replace("\u2019", "'"), maxsplit=1)[0]
    words = re.findall(r"[\w'-]+", text)
    return re.sub(r"'s$|'$", "", words[-1].lower()) if words else ""


def speaker_ok(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return not pred
    if not pred:
        return False
    return norm_speaker(gold) == norm_speaker(pred) or (
        head(gold) != "" and head(gold) == head(pred)
    )


def speaker_correct(gold: str | None, pred: Record) -> bool:
    if gold is None:
        return not pred.get("speaker") and not pred.get("speaker_mention")
    return speaker_ok(gold, pred.get("speaker")) or speaker_ok(gold, pred.get("speaker_mention"))


def match(golds: list[Record], preds: list[Record], mode: str) -> list[tuple[int, int]]:
    cands: list[tuple[float, int, int, int]] = []
    for gi, g in enumerate(golds):
        gnorm, gtoks = norm_quote(g["text"]), tokens(g["text"])
        for pi, p in enumerate(preds):
            if mode == "exact":
                score = 1.0 if gnorm and gnorm == norm_quote(p["text"]) else 0.0
                ok = score == 1.0
            else:
                score = overlap(gtoks, tokens(p["text"]))
                ok = score >= 0.5
            if ok:
                dist = abs(g["start"] - p["start"]) if p.get("start") is not None else 0
                cands.append((-score, dist, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def prf(hits: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = hits / npred if npred else 0.0
    r = hits / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def offset_map(text: str, source: str) -> list[int] | None:
    """For each index of ``source`` (and its end), the index in ``text`` it came from.

    ``parse()`` normalises text by deleting or replacing characters (spaces,
    no-break spaces, soft hyphens, control characters); other characters keep
    their order, so a two-pointer walk aligns them.
    """
    out = [0] * (len(source) + 1)
    i = 0
    for j, ch in enumerate(source):
        while i < len(text) and text[i] != ch and not (ch.isspace() and text[i].isspace()):
            i += 1
        if i >= len(text):
            return None
        out[j] = i
        i += 1
    out[len(source)] = len(text) if not source else out[len(source) - 1] + 1
    return out


def predict(text: str) -> list[Record]:
    article = newsparse.parse(text, kind="text")
    source = article.source
    mapping = None if source == text else offset_map(text, source)
    preds = []
    for q in article.quotes:
        start, end = q.start, q.end
        if mapping is not None:
            start, end = mapping[start], mapping[end - 1] + 1
        elif source != text:
            found = text.find(source[q.start : q.end])
            start, end = (found, found + q.end - q.start) if found >= 0 else (q.start, q.end)
        mention = q.speaker_mention.text if q.speaker_mention else None
        preds.append(
            {
                "text": q.text,
                "start": start,
                "end": end,
                "speaker": q.speaker,
                "speaker_mention": mention,
            }
        )
    return preds


def stage_time(texts: list[str], repeats: int) -> float:
    """CPU milliseconds per article spent in the quote stage alone (best of ``repeats``)."""
    options = newsparse.Options(quotes=False)
    articles = [newsparse.parse(text, kind="text", options=options) for text in texts]
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for a in articles:
            extract_quotes(a.source, a.paragraphs, a.title_span, a.dek_span)
        best = min(best, time.process_time() - started)
    return 1000 * best / max(1, len(articles))


def score(
    docs: list[Record], preds: list[list[Record]]
) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    c: Counter[str] = Counter()
    errors: dict[str, list[Any]] = {"missed": [], "spurious": [], "wrong speaker": []}
    for doc, ps in zip(docs, preds, strict=True):
        golds = doc["quotes"]
        c["gold"] += len(golds)
        c["pred"] += len(ps)
        c["exact"] += len(match(golds, ps, "exact"))
        pairs = match(golds, ps, "overlap")
        c["overlap"] += len(pairs)
        for gi, pi in pairs:
            g, p = golds[gi], ps[pi]
            ok = speaker_correct(g.get("speaker"), p)
            c["joint"] += ok
            if not ok:
                errors["wrong speaker"].append((doc, g, p))
            if g.get("speaker") is None:
                continue
            kind = "pron" if norm_speaker(g["speaker"]) in _PRONOUNS else "nonpron"
            c["spk_n"] += 1
            c["spk_ok"] += ok
            c[f"spk_n_{kind}"] += 1
            c[f"spk_ok_{kind}"] += ok
        gm, pm = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        errors["missed"] += [(doc, g, None) for gi, g in enumerate(golds) if gi not in gm]
        errors["spurious"] += [(doc, None, p) for pi, p in enumerate(ps) if pi not in pm]

    def pct(a: str, b: str) -> float | None:
        return round(100 * c[a] / c[b], 1) if c[b] else None

    res = {
        "docs": len(docs),
        "gold": c["gold"],
        "pred": c["pred"],
        "overlap": prf(c["overlap"], c["pred"], c["gold"]),
        "exact": prf(c["exact"], c["pred"], c["gold"]),
        "joint": prf(c["joint"], c["pred"], c["gold"]),
        "speaker_acc": pct("spk_ok", "spk_n"),
        "speaker_acc_nonpron": pct("spk_ok_nonpron", "spk_n_nonpron"),
        "speaker_acc_pron": pct("spk_ok_pron", "spk_n_pron"),
    }
    return res, errors


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def show(kind: str, doc: Record, gold: Record | None, pred: Record | None) -> str:
    text = doc["text"]
    ref = gold if gold is not None else pred
    assert ref is not None
    start, end = ref.get("start") or 0, ref.get("end") or 0
    ctx = f"{_flat(text[max(0, start - 160) : start])}[[{_flat(text[start:end])[:300]}]]"
    ctx += _flat(text[end : end + 100])
    lines = [f"[{kind}] {doc['id']}"]
    if gold is not None:
        lines.append(f"    gold speaker: {gold.get('speaker')!r}")
    if pred is not None:
        lines.append(
            f"    predicted: speaker={pred.get('speaker')!r} mention={pred.get('speaker_mention')!r}"
        )
    lines.append(f"    {ctx}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path, help="JSONL corpus with gold quotes")
    ap.add_argument("--pred-out", type=Path, help="write predictions here (JSONL)")
    ap.add_argument("--examples", type=int, default=0, help="print N random example errors")
    ap.add_argument(
        "--kind", choices=["missed", "spurious", "wrong speaker"], help="only this error kind"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--stage-time",
        type=int,
        default=0,
        metavar="N",
        help="also time the quote stage alone: CPU ms/article, best of N runs",
    )
    args = ap.parse_args(argv)

    with args.corpus.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    started = time.process_time()
    preds = [predict(doc["text"]) for doc in docs]
    elapsed = time.process_time() - started

    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8") as out:
            for doc, ps in zip(docs, preds, strict=True):
                out.write(json.dumps({"id": doc["id"], "quotes": ps}, ensure_ascii=False) + "\n")

    res, errors = score(docs, preds)
    if args.examples:
        rng = random.Random(args.seed)  # noqa: S311 (picks examples to show)
        kinds = [args.kind] if args.kind else list(errors)
        for kind in kinds:
            pool = errors[kind]
            for doc, g, p in rng.sample(pool, min(len(pool), args.examples)):
                print(show(kind, doc, g, p))
        print()
    print(f"articles {res['docs']}  gold quotes {res['gold']}  predicted {res['pred']}")
    for name in ("overlap", "exact", "joint"):
        p, r, f = res[name]
        print(f"{name:8} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
    print(
        f"speaker accuracy {res['speaker_acc']} (non-pronoun {res['speaker_acc_nonpron']}, "
        f"pronoun {res['speaker_acc_pron']})"
    )
    print(
        f"errors: {len(errors['missed'])} missed, {len(errors['spurious'])} spurious, "
        f"{len(errors['wrong speaker'])} wrong speaker"
    )
    print(f"speed {len(docs) / elapsed:.0f} articles/s ({elapsed:.2f} s CPU, whole parse())")
    if args.stage_time:
        ms = stage_time([doc["text"] for doc in docs], args.stage_time)
        print(f"quote stage {ms:.3f} ms/article (CPU, best of {args.stage_time})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
