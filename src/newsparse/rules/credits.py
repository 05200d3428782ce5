"""Photo and image credits [credit].

``credits.line`` removes a line that is only a credit: "Photo: Jane Doe/AP",
"(Foto: dpa)", "Getty Images/John Smith", "Jane Doe via Getty Images",
"Illustration by …", Wikimedia licence credits.  ``credits.caption_suffix``
cuts such a credit from the end of a caption line and keeps the caption.

A credit is a label ("Photo", "Foto", "Credit", "Image" …) followed by names,
or a person and an agency joined by a slash or "via".  Names are capitalised
words with a few lowercase joiners ("for", "via", "von"), so "Photo: the
president speaks in Ohio" is a caption, not a credit, and a sentence naming a
photographer stays.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import has_any, sentences, trie_pattern
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

_AGENCY = r"""(?:ap(?:\s+photo)?|associated\s+press|reuters|afp|getty(?:\s+images)?|dpa(?:-(?:bildfunk|zentralbild))?|
    picture[\s-]alliance|epa(?:[\s-]efe)?|efe|xinhua|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|
    bloomberg|sipa(?:\s+usa)?|imago(?:\s+images)?|keystone|anp|ansa|pa(?:\s+(?:wire|images|media))?|
    press\s+association|anadolu(?:\s+agency)?|unsplash|pexels|pixabay|stock\.adobe\.com|adobe\s*stock|fotolia|
    corbis|zuma(?:\s+(?:wire|press))?|nurphoto|sopa\s+images|lightrocket|tass|sputnik|kyodo|yonhap|
    (?:the\s+)?canadian\s+press|aap|wikimedia(?:\s+commons)?|flickr|nasa|wireimage|filmmagic|pool|redux|polaris|
    handout|ddp(?:\s+images)?|action\s+press|ullstein\s*bild|rex(?:\s+features)?|abaca(?:press)?|eyevine|
    dukas|ipon|kna|epd|afp\s+photo)"""
# Agencies that sell pictures and nothing else: their name alone on a line is a credit.
_STOCK = r"""(?:getty\s+images|shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|unsplash|pexels|pixabay|
    stock\.adobe\.com|adobe\s*stock|fotolia|imago(?:\s+images)?|picture[\s-]alliance|wikimedia\s+commons|
    wireimage|filmmagic)"""
_NAME = r"""(?-i:\p{Lu})[\p{L}\p{M}'’.-]{0,30}(?:\s+(?:(?:van|von|de|da|del|der|den|la|le|di|du|dos|bin|al|el)\s+)?
    (?-i:\p{Lu})[\p{L}\p{M}'’.-]{0,30}){0,3}"""

_LABEL_WORD = r"""(?:photo(?:graph)?s?|foto(?:s|grafie|grafía)?|bild(?:er)?|images?|pictures?|pics?|illustrations?|graphics?|
    grafik|infographic|artwork|photo\s+illustration|(?:cover|top|header|lead|hero|main|featured)\s+(?:photo|image|art)|
    (?:photo|image|picture|bild)\s*(?:credits?|courtesy(?:\s+of)?)|credits?|bildquelle|fotoquelle|quelle|
    crédits?(?:\s+photo)?|fuente|imagen)"""

_LABELLED = regex.compile(
    rf"""(?:{_LABEL_WORD}\s*(?:[:|/–—]|-\s)\s*|{_LABEL_WORD}\s+(?:taken\s+)?(?:by|courtesy\s+of|via|von|par|de|por)\s+
        |(?:courtesy(?:\s+of)?|mit\s+freundlicher\s+genehmigung(?:\s+von)?)\s+|©\s*)(?P<names>\S.{{0,110}})""",
    _I,
)
_AGENCY_FORM = regex.compile(
    rf"""(?:
        {_AGENCY}\s*/\s*{_NAME}(?:\s*/\s*{_AGENCY})?
      | {_NAME}\s*/\s*{_AGENCY}(?:\s*/\s*{_AGENCY})?
      | {_NAME}\s+via\s+{_AGENCY}(?:\s+for\s+{_NAME})?
      | {_AGENCY}\s*(?:/|via)\s*{_AGENCY}
      | {_STOCK}
    )""",
    _I,
)
# Cheap substring tests run before the patterns: every credit holds one of these.
_STOCK_WORDS: tuple[str, ...] = (
    "getty",
    "shutterstock",
    "istock",
    "alamy",
    "unsplash",
    "pexels",
    "pixabay",
)
_STOCK_WORDS += ("adobe", "fotolia", "imago", "alliance", "wikimedia", "wireimage", "filmmagic")
_LABEL_STEMS: tuple[str, ...] = (
    "photo",
    "foto",
    "bild",
    "image",
    "imagen",
    "picture",
    "pic",
    "illustr",
    "graphic",
)
_LABEL_STEMS += (
    "grafik",
    "artwork",
    "credit",
    "crédit",
    "quelle",
    "fuente",
    "courtesy",
    "genehmigung",
)


_CC = ("cc by", "cc-by", "ccby", "cc0", "cc-0", "cc 0")


# The stems above in one tuple, without those holding a shorter one ("picture"
# holds "pic"): each stem costs a scan of the text, and most texts hold none.
_ANY_STEMS = tuple(
    stem
    for stem in (*_LABEL_STEMS, *_STOCK_WORDS)
    if not any(other != stem and other in stem for other in (*_LABEL_STEMS, *_STOCK_WORDS))
)


# The stems and the separators of a credit in one pattern: a trie of literals
# scans a text once, faster than thirty substring tests.
_ANY_STEM = re.compile(trie_pattern(["/", "©", "(c)", " via ", *_ANY_STEMS]))


def _may_be_credit(lowered: str) -> bool:
    """Cheap pre-check on text already in lower case."""
    # Every licence code holds "cc": one scan spares the six.
    return _ANY_STEM.search(lowered) is not None or ("cc" in lowered and has_any(lowered, _CC))


# credits.line and credits.caption_suffix pre-check the same short blocks in
# turn: the second reads the answer from here (a text holds the same stems
# whichever rule asks).
@functools.lru_cache(maxsize=512)
def _may_be_credit_block(lowered: str) -> bool:
    return _may_be_credit(lowered)


_LICENCE = regex.compile(
    r"\bCC[\s-]?(?:BY(?:[\s-](?:SA|NC|ND)){0,3}|0)(?:[\s-]?\d\.\d)?\b|\bpublic\s+domain\b|\bGFDL\b|\bvia\s+wikimedia\s+commons\b",
    regex.IGNORECASE | regex.VERSION1,
)
_WIKI_BITS = regex.compile(
    r"https?://\S{1,200}|\bCC[\s-]?(?:BY(?:[\s-](?:SA|NC|ND)){0,3}|0)(?:[\s-]?\d\.\d)?\b|\bpublic\s+domain\b|\bGFDL\b"
    r"|\b(?:via|from|by)\b|\bwikimedia\s+commons\b|\bown\s+work\b|\blicen[cs]ed?\b|\bunder\b",
    regex.IGNORECASE | regex.VERSION1,
)
# A licence code alone ("License: CC-BY") may describe a data set; credits name where the picture is.
_LICENCE_SITE = regex.compile(
    r"\bwikimedia\b|\bown\s+work\b|\bflickr\b|^\W*(?:photo|image|foto|bild|picture|credit)\b",
    regex.IGNORECASE | regex.VERSION1,
)
_TOKEN_SPLIT = regex.compile(r"[\s/,;&+|()\[\]–—-]+")
_AGENCY_WORD = regex.compile(_AGENCY, _I)
_JOINERS = frozenset(
    (
        *("for", "via", "of", "the", "and", "und", "et", "y", "e", "with", "by"),
        *(
            "de",
            "da",
            "del",
            "der",
            "den",
            "des",
            "di",
            "du",
            "van",
            "von",
            "la",
            "le",
            "los",
            "las",
        ),
        *("al", "bin", "el", "courtesy", "handout", "file", "supplied", "provided", "screenshot"),
        *("screengrab", "archive", "archiv", "family", "pool", "staff", "photo", "photos", "image"),
        *("images", "illustration", "picture", "alliance", "private", "privat", "press", "release"),
        "permission",
    )
)


def _names(text: str) -> bool:
    """Names of people or agencies: capitalised words and a few lowercase joiners."""
    text = text.strip(' .()[]"“”')
    if not text or len(text) > 110 or len(sentences(text)) > 1:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not 1 <= len(tokens) <= 10:
        return False
    named = False
    for token in tokens:
        if (
            token[0].isupper()
            or token[0].isdigit()
            or token[0] in "©@"
            or _AGENCY_WORD.fullmatch(token)
        ):
            named = True
        elif token.lower() not in _JOINERS:
            return False
    return named


def _unwrap(text: str) -> str:
    text = text.strip().rstrip(".")
    if len(text) > 2 and text[0] + text[-1] in ("()", "[]"):
        text = text[1:-1].strip()
    return text


def is_credit(text: str) -> bool:
    """Whether ``text`` (at most 200 characters) is a credit and nothing else."""
    text = _unwrap(text)
    if not text or len(text) > 200:
        return False
    if not _may_be_credit(text.lower()):
        return False
    if _AGENCY_FORM.fullmatch(text):
        return True
    m = _LABELLED.fullmatch(text)
    if m is not None:
        names = m["names"]
        return _names(names) or bool(_AGENCY_FORM.fullmatch(_unwrap(names)))
    if _LICENCE.search(text) and _LICENCE_SITE.search(text):
        rest = _WIKI_BITS.sub(" ", text)
        return not rest.strip(" ,.;:()[]–—-") or _names(rest)
    return False


def _line(ctx: RuleContext) -> Iterator[Hit]:
    """A line that is only a photo or image credit."""
    for block in ctx.blocks:
        # is_credit tests the stems in a part of the block: none in the block, none there.
        if len(block.text) <= 300 and _may_be_credit_block(block.lower) and is_credit(block.text):
            yield Hit(block=block, reason="a photo or image credit on a line of its own")


# Where a credit may start inside a caption: after a sentence end, after a separator
# (" | ", " – "), at an opening parenthesis, or at a capitalised credit label.
_CREDIT_START = regex.compile(
    r"(?<=[.!?”\"’)\]])\s+|\s+[|–—]\s+|\s+-\s+|\s+(?=[(\[])|\s+(?=(?:Photo|Foto|Bild|Image|Credit|Illustration|PHOTO|FOTO)\s?:|©)",
    regex.VERSION1,
)


def _caption_suffix(ctx: RuleContext) -> Iterator[Hit]:
    """A credit at the end of a caption line, cut off so the caption stays."""
    for block in ctx.blocks:
        text = block.text
        offset = max(0, len(text) - 160)
        if not _may_be_credit_block(block.lower[offset:]):
            continue
        for m in _CREDIT_START.finditer(text, offset):
            # The caption before the credit has two words or more (a space before
            # the credit's start; found backwards, so long blocks stay linear).
            if text.rfind(" ", 0, m.start()) <= 0 or not is_credit(text[m.end() :]):
                continue
            yield Hit(
                block=block,
                start=block.start + m.start(),
                end=block.end,
                reason="a photo credit at the end of a caption",
            )
            break


# A wire story's staff credits on a line of their own: "(Reporting by Jane Doe; Editing by John Roe)".
_STAFF = regex.compile(
    r"""\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|graphics?)\s+by\s+[^;()\n]{1,200}
        (?:;\s*(?:additional\s+reporting|reporting|writing|editing|compiled|graphics?)\s+by\s+[^;()\n]{1,200}){0,5}\)?[.\s]*""",
    _I,
)


def _staff(ctx: RuleContext) -> Iterator[Hit]:
    """A line of a wire story's reporting and editing credits."""
    for block in ctx.blocks:
        if (
            len(block.text) <= 400
            and has_any(block.lower[:30], ("reporting by", "editing by", "writing by"))
            # A sentence can open with "Reporting by …": credits are bracketed or name an editor.
            and ("editing by" in block.lower or block.text.startswith("("))
            and _STAFF.fullmatch(block.text)
        ):
            yield Hit(block=block, reason="the wire story's reporting and editing credits")


RULES = (
    Rule(
        name="credits.line",
        category=Category.CREDIT,
        func=_line,
        description='Photo credits on their own line: "Photo: Jane Doe/AP", "(Foto: dpa)", '
        '"Jane Doe via Getty Images".',
    ),
    Rule(
        name="credits.caption_suffix",
        category=Category.CREDIT,
        func=_caption_suffix,
        description='A photo credit ending a caption line: "… on Monday. (AP Photo/Evan Vucci)".',
    ),
    Rule(
        name="credits.staff",
        category=Category.CREDIT,
        func=_staff,
        description='Wire staff credits on their own line: "(Reporting by Jane Doe; Editing by John Roe)".',
    ),
)
