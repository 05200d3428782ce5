"""Related-link headings, their headline lists, and inline read-more lines [related].

``related.inline`` removes a line that is a label plus one headline ("READ
MORE: Senate passes the bill", "Lesen Sie auch: …").  ``related.list`` removes
a related-links heading ("Related articles", "You may also like", "Mehr zum
Thema") together with the short, title-like lines under it, stopping at the
first block that reads like a paragraph.  ``related.hub`` removes a short box
that points to the site's collection of stories on a topic ("Hier finden Sie
alle unsere Inhalte zum Krieg", "Find all our coverage of the election here").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import has_any, sentences, word_count
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES", "related_heading"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

_STORIES = r"(?:articles?|stories|story|posts?|news|content|coverage|reading|reads|links?|topics?|videos?|reports?|features?|blogs?)"

# Headings that always introduce a list of links to other stories.
_LIST_HEADING = rf"""(?:
        (?:other\s+|more\s+)?related(?:\s+{_STORIES})?
      | (?:other\s+|more\s+)?(?:(?-i:\p{{Lu}})[\w'’&.+-]*\s+){{0,2}}top\s+(?:stories|headlines|news)
      | (?:more|latest)\s+(?:{_STORIES}\s+)?from\s+(?:the\s+)?(?-i:\p{{Lu}})[\w'’&.,+ -]{{0,40}}
      | more\s+(?:stories|articles|news|headlines|videos|coverage|reading)
      | recommended\s+(?:for\s+you|{_STORIES}|reading)
      | (?:you|we\s+think\s+you)\s+(?:may|might|could|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)(?:\s+these)?
      | (?:also\s+)?(?:on|from)\s+(?:our|this)\s+site
      | (?:most|the\s+most)\s+(?:read|popular|viewed|shared|emailed|commented)(?:\s+{_STORIES})?(?:\s+(?:this\s+week|today|now))?
      | (?:popular|trending)\s+(?:now|{_STORIES}|on\s+[\w'’&.+ -]{{1,30}})
      | editor['’]?s['’]?\s+(?:picks?|choice)
      | mehr\s+zum\s+thema(?:\s+[\w-]{{1,30}})? | lesen\s+sie\s+auch | auch\s+interessant | weitere\s+(?:artikel|beiträge|nachrichten)
      | das\s+könnte\s+sie\s+auch\s+interessieren | meistgelesen(?:e(?:\s+artikel)?)? | empfohlene\s+artikel
      | (?:à|a)\s+lire\s+(?:aussi|également) | lire\s+aussi | sur\s+le\s+même\s+sujet | les\s+plus\s+lus | voir\s+aussi
      | te\s+puede\s+interesar | (?:lee|leer)\s+también | más\s+noticias | noticias\s+relacionadas | lo\s+más\s+leído
      | ti\s+potrebbe\s+interessare | leggi\s+anche
    )"""
# Headings that may also stand above a single link or a teaser: they take a list only
# when they end in a colon ("Read more:").
_LINK_HEADING = rf"""(?:
        (?:read|see|watch)\s+(?:more|next|also)(?:\s+(?:articles?|stories|videos?))?
      | (?:what\s+to\s+read|up)\s+next | recommended | popular | trending
      | we\s+recommend(?:\s+(?:these|for\s+you))?
      | (?:don['’]t|do\s+not)\s+miss(?:\s+(?:this|these))?
      | in\s+other\s+news | further\s+reading | more\s+to\s+explore | keep\s+reading | explore\s+further
      | explore\s+more(?:\s+{_STORIES})?(?:\s+(?:just\s+)?for\s+you)?
      | czytaj\s+(?:więcej|też|także|również) | zobacz\s+(?:też|także|również)
    )"""
_FRAME = r"[\s|•·>»–—-]*"
_HEADING = regex.compile(rf"{_FRAME}(?:{_LIST_HEADING}|{_LINK_HEADING})[\s:»>|….-]*", _I)
_OPENS_LIST = regex.compile(rf"{_FRAME}(?:{_LIST_HEADING}[\s:»>|….-]*|{_LINK_HEADING}\s*:\s*)", _I)

_INLINE = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        read\s+more|related(?:\s+(?:article|story|coverage|content|link))?|see\s+also|(?:also|read)\s+(?:read|also)|
        more\s+on\s+this(?:\s+story)?|don['’]t\s+miss|must\s+read|editor['’]?s\s+pick|
        lesen\s+sie\s+auch|mehr\s+zum\s+thema|auch\s+interessant|(?:à|a)\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|
        lee\s+también|te\s+puede\s+interesar|leggi\s+anche|czytaj\s+(?:więcej|też|także|również)|
        zobacz\s+(?:też|także|również)
    )\s*(?:[:|»>]|[–—-]\s)\s*(?P<headline>\S[^\n]{2,200})""",
    _I,
)

# A headline ends without a sentence-final full stop (a question mark or quote is fine).
_SENTENCE_END = regex.compile(r"[.;,:]$")


def _headline_like(text: str) -> bool:
    """A short, title-like line: 4 to 22 words, one sentence, no closing full stop, capital start."""
    if len(text) > 160 or not 4 <= word_count(text) <= 22:
        return False
    if _SENTENCE_END.search(text) and not text.endswith(("...", "…")):
        return False
    if len(sentences(text)) > 1:
        return False
    first = text.lstrip("\"“‘'»›•·-–— ")[:1]
    return first.isupper() or first.isdigit()


# Every _INLINE match holds one of these between its label and its headline.
_INLINE_SEPARATORS = (":", "|", "»", ">", "–", "—", "-")


def _inline(ctx: RuleContext) -> Iterator[Hit]:
    """A read-more label followed by one headline, on a line of its own."""
    for block in ctx.blocks:
        if len(block.text) > 240 or not has_any(block.text, _INLINE_SEPARATORS):
            continue
        m = _INLINE.fullmatch(block.text)
        if m is None:
            continue
        label = block.text[: m.start("headline")]
        # Lowercase labels ("related: …") are too easily part of a sentence.
        if not label.lstrip(" |•·>»–—-")[:1].isupper():
            continue
        headline = m["headline"].rstrip()
        first = headline.lstrip("\"“‘'")[:1]
        if not (first.isupper() or first.isdigit()):
            continue
        if len(sentences(headline)) == 1 and 2 <= word_count(headline) <= 22:
            yield Hit(block=block, reason="a read-more link to another story, between paragraphs")


# Every _HEADING match holds one of these words, one for each alternative: a
# cheap test first, as the large pattern costs microseconds per call.
_HEADING_STEMS = (
    *("related", "top", "from", "more", "recommend", "like", "enjoy", "interested", "site"),
    *("most", "popular", "trending", "editor", "thema", "lesen", "interessant", "weitere"),
    *("könnte", "meistgelesen", "empfohlene", "lire", "sujet", "plus", "voir", "interesar"),
    *("también", "noticias", "leído", "interessare", "leggi", "next", "also", "miss", "news"),
    *("reading", "explore", "czytaj", "zobacz"),
)


_HEADING_MAX = 60  # characters of a related-links heading


def related_heading(text: str) -> bool:
    """Whether ``text`` is a related-links heading: "Related articles", "You may also like"."""
    return (
        len(text) <= _HEADING_MAX
        and has_any(text.lower(), _HEADING_STEMS)
        and _HEADING.fullmatch(text) is not None
    )


def _list(ctx: RuleContext) -> Iterator[Hit]:
    """A related-links heading and the headline-like lines right under it."""
    blocks = ctx.blocks
    i = 0
    while i < len(blocks):
        head = blocks[i]
        if (
            len(head.text) > _HEADING_MAX
            or not has_any(head.lower, _HEADING_STEMS)
            or not _HEADING.fullmatch(head.text)
        ):
            i += 1
            continue
        yield Hit(block=head, reason="a related-links heading")
        j = i + 1
        while (
            _OPENS_LIST.fullmatch(head.text)
            and j < len(blocks)
            and j <= i + 12
            and _headline_like(blocks[j].text)
        ):
            yield Hit(
                block=blocks[j], reason="a headline in the related-links list under a heading"
            )
            j += 1
        i = j


# A pointer to the site's collection of stories on a topic (trailing punctuation stripped).
_HUB = regex.compile(
    r"""(?:
        hier\s+finden\s+sie\s+alle\s+(?:unsere\s+|weiteren\s+|bisherigen\s+)?
            (?:inhalte|beiträge|artikel|berichte|texte|news|nachrichten|folgen|teile|porträts)\b[^.!?]{0,120}
      | alle\s+(?:unsere\s+|weiteren\s+)?(?:inhalte|beiträge|artikel|berichte|news|nachrichten)\s+
            (?:zum|zur|zu|über)\s+[^.!?]{1,80}?\s+finden\s+sie\s+hier
      | (?:find|read|see|follow)\s+all\s+(?:of\s+)?our\s+(?:latest\s+)?(?:coverage|stories|articles|reporting|news)\s+
            (?:of|on|about)\s+[^.!?]{1,80}?\s+here
    )""",
    _I,
)
# Every _HUB match holds one of these.
_HUB_STEMS = (
    *("hier finden sie alle", "finden sie hier", "our coverage", "our stories"),
    *("our articles", "our reporting", "our latest", "our news"),
)


def _hub(ctx: RuleContext) -> Iterator[Hit]:
    """A short box ending in a pointer to all of the site's stories on a topic."""
    for block in ctx.blocks:
        if len(block.text) > 300 or not has_any(block.lower, _HUB_STEMS):
            continue
        parts = sentences(block.text)
        if len(parts) > 2:
            continue
        if _HUB.fullmatch(parts[-1].rstrip(" .!:")):
            yield Hit(block=block, reason="a pointer to the site's other stories on the topic")


RULES = (
    Rule(
        name="related.inline",
        category=Category.RELATED,
        func=_inline,
        description='Inline links to other stories: "READ MORE: …", "RELATED: …", "Lesen Sie auch: …".',
    ),
    Rule(
        name="related.list",
        category=Category.RELATED,
        func=_list,
        description='A related-links heading ("Related articles", "You may also like", '
        '"Mehr zum Thema") and the headline list under it.',
    ),
    Rule(
        name="related.hub",
        category=Category.RELATED,
        func=_hub,
        description="A short box pointing to the site's stories on a topic: \"Hier finden Sie "
        'alle unsere Inhalte zum Krieg", "Find all our coverage of the election here."',
    ),
)
