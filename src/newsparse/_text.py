"""Small, linear-time text helpers shared by the stages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["has_any", "iter_sentences", "only_sentences_of", "sentences", "word_count"]

# A sentence ends at . ! ? or … (possibly followed by closing quotes or
# brackets), then whitespace.  A plain character-class pattern: the standard
# library's engine finds these fastest; abbreviations are checked in Python.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*\s+")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "no",
        "vs",
        "u.s",
    ]
)
_WORD = regex.compile(r"\w+(?:['’.-]\w+)*")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the ``.`` at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    return word.casefold() in _ABBREVIATIONS


def iter_sentences(text: str) -> Iterator[str]:
    """Yield the sentences of ``text``, stripped (rough, for classifying short blocks)."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if (
            text[m.start()] == "."
            and m.group().count(".") == 1
            and _is_abbreviation(text, m.start())
        ):
            continue
        piece = text[pos : m.end()].strip()
        if piece:
            yield piece
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        yield tail


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as a list."""
    return list(iter_sentences(text))


def only_sentences_of(
    text: str,
    call: regex.Pattern[str],
    pitch: regex.Pattern[str] | None = None,
    *,
    max_sentences: int = 4,
    call_stems: tuple[str, ...] = (),
    pitch_stems: tuple[str, ...] = (),
) -> bool:
    """Whether ``text`` consists only of sentences that ``call`` or ``pitch`` match in full.

    At least one sentence must be a ``call``, and there may be no more than
    ``max_sentences``.  Trailing punctuation is stripped before matching.  Stops
    at the first sentence that is neither, so a news paragraph costs one or
    two failed matches.

    ``call_stems`` and ``pitch_stems``, when given, are lower-case substrings
    one of which every sentence the pattern matches contains: a sentence
    without any is not tried against the pattern (a large pattern costs
    microseconds per attempt, even on a sentence it rejects at once).
    """
    has_call = False
    gated = bool(call_stems or pitch_stems)
    for count, sentence in enumerate(iter_sentences(text), start=1):
        if count > max_sentences:
            return False
        part = sentence.rstrip(" .!?…")
        low = part.lower() if gated else ""
        if (not call_stems or has_any(low, call_stems)) and call.fullmatch(part):
            has_call = True
        elif pitch is None or not (
            (not pitch_stems or has_any(low, pitch_stems)) and pitch.fullmatch(part)
        ):
            return False
    return has_call


def has_any(lowered: str, stems: tuple[str, ...]) -> bool:
    """Whether ``lowered`` (text already in lower case) contains one of ``stems``.

    A pre-check before a regex: plain substring tests run far faster than an
    alternation scanned at every position of the block.
    """
    for stem in stems:  # noqa: SIM110 (a plain loop skips any()'s generator overhead)
        if stem in lowered:
            return True
    return False


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))
