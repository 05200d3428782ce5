"""Stage 4: title, dek, bylines, dateline and body paragraphs from the kept blocks."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._bylines import looks_like_byline, parse_byline
from newsparse._model import Byline, Category, Dateline, Paragraph, Removed, Span
from newsparse._text import sentences, word_count

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._blocks import Block

__all__ = ["META_LINE", "Structure", "body_paragraphs", "build_structure", "split_dateline"]

_V1 = regex.VERSION1

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = regex.compile(
    r"""(?P<place>\p{Lu}[\p{Lu}\p{M}.'’]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]+){0,3}
          (?:,\s*\p{Lu}[\p{L}\p{M}.'’]+(?:\s\p{Lu}[\p{L}\p{M}.'’]+){0,2}){0,2})
        (?:,\s*(?i:"""
    + _MONTH
    + r""")\s+\d{1,2}(?:,\s*\d{4})?)?
        \s*(?:\((?P<agency>\p{Lu}[\p{L}&.' -]{0,40})\)\s*)?
        (?:[—–]|--|-(?=\s)|:(?=\s))\s*""",
    regex.VERBOSE | _V1,
)
META_LINE = regex.compile(
    r"""(?:(?:updated|published|posted|last\s+(?:updated|modified)|modified|first\s+published)\b[^\n]{0,80}
      | (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:"""
    + _MONTH
    + r"""\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
          |\d{1,2}\s+"""
    + _MONTH
    + r"""\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[^\n]{0,40}
      | \d+\s+min(?:ute)?s?\s+read
      | \d+\s+(?:minutes?|hours?|days?)\s+ago
    )""",
    regex.IGNORECASE | regex.VERBOSE | _V1,
)


@attrs.frozen(kw_only=True)
class Structure:
    title: Span | None
    dek: Span | None
    bylines: tuple[Byline, ...]
    dateline: Dateline | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]


def split_dateline(text: str, start: int) -> tuple[Dateline, int] | None:
    """A dateline opening ``text`` (which starts at ``start``), and where the paragraph resumes."""
    m = _DATELINE.match(text)
    if m is None or m.end() >= len(text):
        return None
    place = m["place"].strip()
    first = place.split(",", 1)[0]
    letters = [ch for ch in first if ch.isalpha()]
    if (
        len(letters) < 2
        or not all(ch.isupper() for ch in letters)
        or first in _LABELS
        or first.split()[-1] in _LABEL_WORDS
    ):
        return None
    agency = m["agency"].strip() if m["agency"] else None
    label = text[: m.end()].rstrip()
    line = Dateline(place=place, agency=agency, text=label, start=start, end=start + len(label))
    return line, start + m.end()


# Capitals that open a paragraph as a label, not as the place it was filed from (more
# in ``_LABEL_WORDS``: labels ending in NOTE, UPDATE, VIDEO…).
_LABELS = frozenset(
    {
        "TLDR",
        "TL;DR",
        "UPDATED",
        "CLARIFICATION",
        "BREAKING",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "WARNING",
        "SPOILER",
        "SPOILERS",
        "WATCH",
        "LISTEN",
        "READ",
        "FAQ",
        "PS",
        "P.S.",
    }
)


# Last words of a capitalised label ("WHY IT MATTERS:", "FACT CHECK:"): no place ends so.
_LABEL_WORDS = frozenset(
    {
        "NEWS",
        "MATTERS",
        "CHECK",
        "UPDATE",
        "UPDATES",
        "ALERT",
        "LINE",
        "NOTE",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "CORRECTION",
        "TAKEAWAY",
        "TAKEAWAYS",
        "CONTEXT",
        "BACKGROUND",
        "DISCLAIMER",
    }
)


class _BylineCheck:
    """``looks_like_byline`` memoised per block: header checks ask about a block several times."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[int, bool] = {}

    def __call__(self, block: Block) -> bool:
        found = self._seen.get(block.start)
        if found is None:
            found = self._seen[block.start] = looks_like_byline(block.text)
        return found


def body_paragraphs(
    blocks: Sequence[Block],
) -> tuple[Dateline | None, tuple[Paragraph, ...]]:
    """One paragraph per body block, with a dateline split off the first one."""
    dateline: Dateline | None = None
    paragraphs: list[Paragraph] = []
    for b in blocks:
        start = b.start
        if dateline is None and not paragraphs:
            found = split_dateline(b.text, b.start)
            if found is not None:
                dateline, start = found
        paragraphs.append(Paragraph(text=b.text[start - b.start :], start=start, end=b.end))
    return dateline, tuple(paragraphs)


def _looks_like_title(block: Block, has_more: bool, is_byline: _BylineCheck) -> bool:
    text = block.text
    if not has_more or len(text) > 250 or word_count(text) > 30:
        return False
    if is_byline(block) or split_dateline(text, block.start) is not None:
        return False
    if META_LINE.fullmatch(text):
        return False
    # Headlines do not end with a full stop (or a comma); a first line that does
    # is the opening sentence of the body.
    return not text.endswith((".", ",", ";", ":"))


def _looks_like_dek(
    block: Block, following: list[Block], body_median: float, is_byline: _BylineCheck
) -> bool:
    text = block.text
    if len(text) > 400 or word_count(text) < 4 or text.endswith((":", ",")):
        return False
    if is_byline(block) or split_dateline(text, block.start) is not None:
        return False
    if not following:
        return False
    nxt = following[0]
    if is_byline(nxt) or META_LINE.fullmatch(nxt.text):
        return True
    if len(sentences(text)) > 2:
        return False
    if nxt.blank_before >= 2 and all(b.blank_before <= 1 for b in following[1:6]):
        return True
    return len(following) >= 3 and len(text) < 0.5 * body_median and len(text) < 200


def build_structure(blocks: tuple[Block, ...]) -> Structure:
    """Split kept blocks into header fields and body paragraphs."""
    title: Span | None = None
    dek: Span | None = None
    bylines: list[Byline] = []
    removed: list[Removed] = []
    pos = 0
    n = len(blocks)
    is_byline = _BylineCheck()

    def header_meta(block: Block) -> bool:
        if split_dateline(block.text, block.start) is not None:
            return False
        if is_byline(block):
            bylines.append(parse_byline(block.text, block.start))
            return True
        if len(block.text) <= 120 and META_LINE.fullmatch(block.text):
            removed.append(
                Removed(
                    start=block.start,
                    end=block.end,
                    text=block.text,
                    rule="structure.header_date",
                    category=Category.METADATA,
                    reason="date, update time or reading time in the article header",
                )
            )
            return True
        return False

    # Bylines and dates may come before the title too.
    while pos < n and pos < 3 and header_meta(blocks[pos]):
        pos += 1
    if pos < n and _looks_like_title(blocks[pos], pos + 1 < n, is_byline):
        b = blocks[pos]
        title = Span(text=b.text, start=b.start, end=b.end)
        pos += 1
    header_end = min(n, pos + 6)
    while pos < header_end:
        b = blocks[pos]
        if header_meta(b):
            pos += 1
            continue
        if dek is None and title is not None and not bylines:
            rest = list(blocks[pos + 1 :])
            lengths = [len(x.text) for x in rest[:40]]
            median = statistics.median(lengths) if lengths else 0.0
            if _looks_like_dek(b, rest, median, is_byline):
                dek = Span(text=b.text, start=b.start, end=b.end)
                pos += 1
                continue
        break

    dateline, paragraphs = body_paragraphs(blocks[pos:])
    return Structure(
        title=title,
        dek=dek,
        bylines=tuple(bylines),
        dateline=dateline,
        paragraphs=paragraphs,
        removed=tuple(removed),
    )
