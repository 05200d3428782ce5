"""Small, linear-time text helpers shared by the stages."""

from __future__ import annotations

import regex

__all__ = ["sentences", "word_count"]

# A sentence ends at . ! ? or … (possibly followed by closing quotes/brackets),
# then whitespace; the lookbehind keeps common abbreviations together.
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Jr|Sr|Inc|Co|No|vs|U\.S|[A-Z]))"
    r"[.!?…]+[\"”’')\]]*\s+"
)
_WORD = regex.compile(r"\w+(?:['’.-]\w+)*")


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (rough, for classifying short blocks)."""
    parts: list[str] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[pos : m.end()].strip()
        if piece:
            parts.append(piece)
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        parts.append(tail)
    return parts


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))
