"""Stage 1 and 2 for HTML: decode the page, render its text block by block, find the article.

One pass over the markup: lxml's HTML parser (libxml2) feeds start, end, text
and comment events straight into :class:`_Scanner`, which never builds a tree,
so nesting depth costs nothing and nothing is recursive.  The scanner

* renders the visible text, one :class:`~newsparse._blocks.Block` per block-level
  element (or ``<br>``-separated line), with its tag, the share of its text
  inside links and the page-structure hints of its ancestors;
* keeps the text of ``<script>``, ``<style>``, ``<template>``, ``<noscript>``,
  ``<svg>`` and comments as blocks of their own (tag ``#markup``), so that the
  ``page.markup`` rule reports them;
* records each element's span of blocks, and collects the page's metadata
  (``<meta>``, ``<link>``, JSON-LD, ``<time>``, ``<html lang>``).

Then :func:`analyse` scores every element by the article-like text inside it,
picks the main-content container, revises the choice block by block from the
neighbours (jusText's second pass) and turns its findings into block hints that
the ``page.*`` rules act on.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

import attrs
import lxml.etree
import regex

from newsparse._blocks import Block
from newsparse._bylines import is_by_line, looks_like_byline, parse_byline
from newsparse._input import _SPECIAL, _TABLE
from newsparse._metadata import read_metadata
from newsparse._model import (
    Article,
    Byline,
    Category,
    Paragraph,
    Removed,
    Span,
)
from newsparse._mojibake import repair_mojibake
from newsparse._page_authors import AuthorCandidate, header_lines, page_authors
from newsparse._quotes import extract_quotes
from newsparse._structure import META_LINE, body_paragraphs
from newsparse._text import word_count
from newsparse.rules._engine import run_rules
from newsparse.rules.page import with_page_rules
from newsparse.rules.related import related_heading

if TYPE_CHECKING:
    from collections.abc import Mapping

    from newsparse._model import Author
    from newsparse.rules import RuleSet

__all__ = ["Page", "RawMeta", "analyse", "decode_html_bytes", "parse_page", "scan_page"]

# ----------------------------------------------------------------- decoding

_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})
       |<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""",
    regex.IGNORECASE | regex.VERBOSE,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What browsers actually use for these labels (WHATWG Encoding Standard).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data, 0, 4096)
    if m is None:
        return None
    label = (m.group(1) or m.group(2) or b"").decode("ascii", "replace").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html_bytes(data: bytes, fallback: str) -> str:
    """Decode an HTML page: BOM, then valid UTF-8, then the declared charset, then a guess.

    A page whose bytes are valid UTF-8 is UTF-8 whatever its ``<meta charset>``
    says (mislabelled pages are common, and other encodings are rarely valid
    UTF-8 by accident).  ``fallback`` is the plain-text decoding, used when the
    declared charset does not decode and beautifulsoup4's ``UnicodeDammit``
    cannot tell either.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return fallback
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None and declared not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    from bs4.dammit import EncodingDetector  # noqa: PLC0415 (rarely needed, slow to import)

    # beautifulsoup4's candidates (declared, sniffed, then charset detection), each
    # tried strictly; UnicodeDammit itself would log a warning for every page whose
    # bytes need replacing, so the lenient plain-text decoding is the last resort.
    detector = EncodingDetector(data, [declared] if declared else [], is_html=True)
    for encoding in detector.encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return fallback


# ----------------------------------------------------------------- scanning

MARKUP_TAG = "#markup"
HEAD_TITLE_TAG = "#title"

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "pre",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# The inline (phrasing) elements of HTML.  An element of another name that the page
# labels (a player's menu, ad card or popup made of custom elements: ``<cnx
# class="cnx-ad-card">``) is taken as a block, so its label reaches its text.
_PHRASING_TAGS = frozenset(
    {
        *("a", "abbr", "acronym", "area", "audio", "b", "bdi", "bdo", "big", "blink", "br"),
        *("canvas", "cite", "code", "data", "del", "dfn", "em", "embed", "font", "i", "img"),
        *("input", "ins", "kbd", "label", "map", "mark", "meter", "nobr", "output", "picture"),
        *("progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "slot", "small"),
        *("source", "span", "strike", "strong", "sub", "sup", "time", "track", "tt", "u"),
        *("var", "video", "wbr", "head", "meta", "link", "title", "base"),
    }
)
_SKIP_TAGS = frozenset(
    {"script", "style", "template", "noscript", "svg", "math", "iframe", "object"}
)
_VOID_BREAKS = frozenset({"br", "hr"})
# Starts that need more than an element record (see ``_Scanner.special_start``).
_SPECIAL_STARTS = _SKIP_TAGS | _VOID_BREAKS | {"a", "meta", "link", "html", "title", "time"}

# Hints from tags and ARIA roles.
_TAG_HINTS = {
    "nav": "nav",
    "menu": "nav",
    "aside": "aside",
    "footer": "footer",
    "header": "header",
    "article": "article",
    "main": "main",
    "form": "form",
    "select": "form",
    "textarea": "form",
    "button": "button",
    "figure": "figure",
    "figcaption": "caption",
    "blockquote": "quote",
    "table": "table",
    "dialog": "dialog",
    "address": "author",
    "time": "date",
}
# The hints of an element without attributes.
_TAG_LABELS = {tag: (hint,) for tag, hint in _TAG_HINTS.items()}
_ROLE_HINTS = {
    "navigation": "nav",
    "menu": "nav",
    "menubar": "nav",
    "search": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "button": "button",
}
_ITEMPROP_HINTS = {
    "articlebody": "body",
    "author": "author",
    "creator": "author",
    "datepublished": "date",
    "datemodified": "date",
    "datecreated": "date",
    "headline": "headline",
    "name": None,
    "description": "dek",
    "alternativeheadline": "dek",
    "comment": "comment",
    "publisher": "footer",
}

# Class and id words.  Each alternative is one hint; the first matching group names it.
# The standard library's engine: this runs on every class name of the page, and ``re``
# is several times faster than ``regex`` on short strings with many alternatives.
_CLASS_HINTS = re.compile(
    r"""
    (?P<body>articlebody|article[-_]?(?:body|content|text|main|copy|page[-_]?content)|story[-_]?(?:body|content|text)
      |entry[-_]?(?:content|body|text)|post[-_]?(?:content|body|text|entry)|body[-_]?(?:text|copy|content)
      |content[-_]?(?:body|article)|main[-_]?(?:content|text|article)|field[-_]+(?:name[-_]+)?body
      |rich[-_]?text|single[-_]?(?:content|post[-_]?content)|td[-_]post[-_]content|page[-_]?content\b|(?<![a-z])prose(?![a-z]))
   |(?P<comment>comment(?!ary)|disqus|respond(?![a-z])|(?<![a-z])replies(?![a-z])|discussion|(?<![a-z])reactions?(?![a-z]))
   |(?P<share>share|sharing|social|sociable|addthis|sharethis|shariff|(?<![a-z])follow[-_]?us|print[-_]?(?:link|button)|facebook|twitter|whatsapp|pinterest|linkedin)
   |(?P<related>related|recommend|read[-_]?(?:more|next|also)|more[-_]?(?:stories|articles|news|from|on)|most[-_]?(?:popular|read|viewed)|trending|popular|outbrain|taboola|(?<![a-z])teasers?(?![a-z])(?![-_]?text)|up[-_]?next|also[-_]?(?:read|like)|yarpp|you[-_]?may|(?<![a-z])latest(?![a-z])|(?<![a-z])other[-_]?(?:posts|articles))
   |(?P<newsletter>newsletter|subscribe|subscription|signup|sign[-_]up|mailing|mailchimp|opt[-_]?in|(?<![a-z])optin)
   |(?P<cookie>cookie|consent|gdpr|(?<![a-z])cmp\d?[-_]?(?:banner|dialog|modal|popup|consent|ui(?![a-z])|persistent)|onetrust|privacy[-_]?(?:banner|notice))
   |(?P<paywall>paywall|(?<![a-z])meter(?:ed)?[-_]|regwall|piano[-_]|(?<![a-z])tp[-_]modal|premium[-_]?(?:banner|wall|promo)|login|log[-_]in|sign[-_]?in(?![a-z]))
   |(?P<ad>(?<![a-z0-9])ads?(?![a-z])(?!\d{1,8}[a-wyz])|(?<![a-z0-9])ad[-_]|[-_]ad(?![a-z])(?!\d{1,8}[a-wyz])|advert|sponsor|dfp|gpt[-_]ad|adsense|adslot|ad[-_]?unit|ad[-_]?wrapper|banner[-_]?ad|(?<![a-z])promo|commercial|affiliate|(?<![a-z])partner)
   |(?P<cta>(?<![a-z])cta(?![a-z])|call[-_]?to[-_]?action|(?:contact|inquiry|enquiry|quote|demo|lead)[-_]?form|wpcf7|hbspt)
   |(?P<fundraising>donat|fundrais|(?<![a-z])support[-_]us)
   |(?P<nav>(?<![a-z])nav(?![a-z])|navbar|navigation|(?<![a-z])menu|breadcrumb|pagination|pager(?![a-z])|skip[-_]?(?:link|to)|jump[-_]?to|(?<![a-z])toc(?![a-z])|masthead|site[-_]?(?:header|nav|title|logo)|topbar|(?<![a-z])search)
   |(?P<footer>footer|colophon|copyright|(?<![a-z])legal(?![a-z]))
   |(?P<aside>(?<![a-z])sidebar(?![-_]?(?:left|right|layout))|side[-_]bar|(?<!elementor-)(?<!elementor-element-)widget(?![-_]?(?:wrap|container|text|heading|image))|(?<![a-z])rail(?![a-z])|(?<![a-z])aside|(?<![a-z])sidebox)
   |(?P<hidden>^(?:is[-_])?hidden$|^hide$|^d-none$|^invisible$|sr[-_]only|visually[-_]?hidden|screen[-_]?reader|(?<![a-z])offscreen|modal|popup|pop[-_]up|overlay|lightbox)
   |(?P<byline>byline|by[-_]line|(?<![a-z])author|writer|(?<![a-z])contributor|(?<![a-z])(?:autor|auteur|autore|verfasser)(?:in|en|es|s|i)?(?:zeile|name|box|info)?(?![a-z]))
   |(?P<date>(?<![a-z])date|dateline|timestamp|published|(?<![a-z])posted[-_]?on|(?<![a-z])pubdate|(?<![a-z])time(?![a-z]))
   |(?P<dek>(?<![a-z])dek(?![a-z])|standfirst|subtitle|sub[-_]?head(?:line|er)?|(?<![a-z])lede(?![a-z])|summary|excerpt|intro(?![a-z])|teaser[-_]?text|strapline|deck(?![a-z]))
   |(?P<caption>caption|(?<![a-z])credit|photo[-_]?credit|image[-_]?credit|wp[-_]caption|figcaption)
   |(?P<tags>(?<![a-z])tags(?![a-z])|(?<![a-z])tag[-_]?(?:list|cloud|links|s)\b|tagcloud|(?<![a-z])keywords|(?<![a-z])topics(?![a-z])|(?<![a-z])categories(?![a-z])|(?<![a-z])labels(?![a-z]))
   |(?P<headline>headline|(?<![a-z])entry[-_]title|post[-_]title|article[-_]title|page[-_]title|story[-_]title)
   |(?P<header>(?<![a-z])header(?![a-z]))
   |(?P<article>(?<![a-z])article(?![a-z])|(?<![a-z])post(?![a-z])|(?<![a-z])story(?![a-z])|(?<![a-z])entry(?![a-z])|hentry)
    """,
    re.VERBOSE,
)
# Class names that name the post's categories and tags (WordPress ``category-news``,
# ``tag-social-media``), not the element's role.
_TAXONOMY = re.compile(
    r"(?:category|tag|postid|format|status|type)-(?!(?:list|cloud|links|bio|box|info|area|wrap|title|meta|content|body|text|header|footer)\b)"
)


# Tokens of a pattern's source: escapes, character classes, group openers, the rest.
_RX_TOKEN = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?P<\w+>|\?<[!=]|\?[:=!])?|\s+|.", re.DOTALL
)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _split_alternatives(tokens: list[str]) -> list[list[str]]:
    """``tokens`` cut at its outermost ``|``."""
    parts: list[list[str]] = [[]]
    depth = 0
    for piece in tokens:
        if piece == "|" and not depth:
            parts.append([])
            continue
        if piece.startswith("("):
            depth += 1
        elif piece == ")":
            depth -= 1
        parts[-1].append(piece)
    return parts


def _group_end(tokens: list[str], start: int) -> int:
    """The index just after the group that opens at ``tokens[start]``."""
    depth = 0
    for k in range(start, len(tokens)):
        if tokens[k].startswith("("):
            depth += 1
        elif tokens[k] == ")":
            depth -= 1
            if not depth:
                return k + 1
    return len(tokens)


_QUANTIFIERS = ("?", "*", "+", "{")


def _leading_letter(tokens: list[str], k: int = 0) -> str | None:
    """The letter or digit ``tokens[k]`` if it is one that is matched exactly once."""
    letter = tokens[k] if k < len(tokens) else ""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if len(letter) == 1 and letter.isalnum() and after[:1] not in _QUANTIFIERS:
        return letter
    return None


def _letter_first(alternative: list[str]) -> list[str]:
    """One alternative with its leading lookbehinds moved behind its first letter.

    ``(?<![a-z])ad`` becomes ``a(?<![a-z]a)d``: the same matches, but ``re`` can
    now skip the alternative at a glance wherever the text has no ``a``.
    """
    guards: list[tuple[str, str]] = []
    k = 0
    while k < len(alternative) and alternative[k] in ("(?<!", "(?<="):
        end = _group_end(alternative, k)
        guards.append((alternative[k], "".join(alternative[k + 1 : end - 1])))
        k = end
    letter = _leading_letter(alternative, k)
    if not guards or letter is None:
        return alternative
    moved = [f"{opener}(?:{inner}){letter})" for opener, inner in guards]
    return [letter, *moved, *alternative[k + 1 :]]


def _by_first_letter(alternatives: list[list[str]], *, ignorecase: bool) -> str:
    """The alternatives, each closed by its numbered empty group, as one alternation.

    Alternatives that begin with different letters never match at the same place,
    so a run of alternatives that begin with a letter is grouped by that letter,
    ``a(?:d…|rticle…)|b(?:ody…)``, each letter's alternatives in their order: ``re``
    then passes over most groups at a glance.  An alternative that does not begin
    with a letter ends the run; with ``re.IGNORECASE`` nothing is grouped.
    """
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for k, alternative in enumerate(alternatives):
        letter = None if ignorecase else _leading_letter(alternative)
        if letter is not None:
            run.setdefault(letter, []).append(f"(?:{''.join(alternative[1:])})(?P<_{k}>)")
            continue
        out.extend(f"{first}(?:{'|'.join(rests)})" for first, rests in run.items())
        run = {}
        out.append(f"(?:{''.join(alternative)})(?P<_{k}>)")
    out.extend(f"{first}(?:{'|'.join(rests)})" for first, rests in run.items())
    return "|".join(out)


def _flat_hints(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], dict[int, str]] | None:
    """``pattern``, an alternation of named groups, as one flat alternation ``re`` runs faster.

    At every position of the text ``re`` tries each alternative in turn, and it skips
    one without entering it only when it starts with a plain character: never a named
    group, nor a lookbehind.  So each alternative of each group becomes an alternative
    of its own, closed by an empty group whose number names its hint, with its leading
    lookbehinds moved behind its first letter, and the alternatives are grouped by
    first letter.  The matches and the hints they name are the same, in the same
    order; the search runs about six times faster.  ``None`` when the pattern is not
    such an alternation (comments, say).
    """
    verbose = bool(pattern.flags & re.VERBOSE)
    tokens = [t for t in _RX_TOKEN.findall(pattern.pattern) if not (verbose and t.isspace())]
    if (verbose and "#" in tokens) or _BACKREFERENCE.search(pattern.pattern):
        return None  # comments; references to groups that flattening renumbers
    alternatives: list[list[str]] = []
    names: list[str] = []
    for part in _split_alternatives(tokens):
        if not part or not part[0].startswith("(?P<") or _group_end(part, 0) != len(part):
            return None
        for alternative in _split_alternatives(part[1:-1]):
            alternatives.append(_letter_first(alternative))
            names.append(part[0][4:-1])
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    flat = re.compile(_by_first_letter(alternatives, ignorecase=ignorecase), pattern.flags)
    return flat, {flat.groupindex[f"_{k}"]: name for k, name in enumerate(names)}


_FLAT_HINTS = _flat_hints(_CLASS_HINTS)


def _hint_names(low: str) -> tuple[str, ...]:
    """The names of the hint groups ``_CLASS_HINTS`` finds in ``low``, in order."""
    if _FLAT_HINTS is None:
        return tuple(m.lastgroup or "" for m in _CLASS_HINTS.finditer(low))
    flat, names = _FLAT_HINTS
    return tuple(names[m.lastindex or 0] for m in flat.finditer(low))


_NEGATIVE_WORD = frozenset({"comment", "share", "related", "newsletter", "nav", "footer"})
_POSITIVE_WORD = frozenset({"article", "main"})


# A UUID in a generated class or id ("w-node-0c7e…-ad8f-…"): its hex groups name nothing.
_UUID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}")


@functools.lru_cache(maxsize=16384)
def _word_hints(word: str) -> tuple[str, ...]:
    """The hints of one class or id word (pure; memoised: frameworks repeat their names)."""
    low = word.lower()
    if _TAXONOMY.match(low):
        return ()
    if "-" in low:
        low = _UUID.sub(" ", low)
    found = _hint_names(low)
    if "share" in found and ("embed" in low or "tweet" in low):
        # "social-embed", "twitter-tweet": a post quoted in the text, not share buttons.
        found = tuple(label for label in found if label != "share")
    if len(found) > 1 and any(x in _NEGATIVE_WORD for x in found):
        # One compound word names a part of the article: "article_share", "post-comments".
        found = tuple(label for label in found if label not in _POSITIVE_WORD)
    return found


def _value_hints(value: str) -> tuple[str, ...]:
    """The hints of a class or id attribute, word by word."""
    found: list[str] = []
    for word in value.split():
        found.extend(_word_hints(word))
    return tuple(found)


_SHOWN_AT = re.compile(r"\w:(?:block|flex|grid|inline|table|contents)")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_WS_CHARS = " \t\n\r\f\v"


@attrs.frozen(kw_only=True)
class RawMeta:
    """Metadata exactly as the page states it, before interpretation."""

    meta: Mapping[str, tuple[str, ...]]
    jsonld: tuple[str, ...]
    head_title: str | None
    canonical: str | None
    lang: str | None
    times: tuple[str, ...]
    author_links: tuple[str, ...]
    #: Visible author statements: itemprop=author and byline/author elements.
    author_marks: tuple[AuthorCandidate, ...] = ()


@attrs.frozen(kw_only=True)
class Page:
    """A scanned page: its rendered ``source``, blocks and element spans, and raw metadata.

    Element ``e`` has parent ``parents[e]`` (``-1`` for the root), tag
    ``tags[e]``, own hints ``labels[e]``, and holds blocks
    ``first[e] <= i < last[e]``; ``owners[i]`` is the innermost block-level
    element holding block ``i``.
    """

    source: str
    blocks: tuple[Block, ...]
    owners: tuple[int, ...]
    link_chars: tuple[int, ...]
    parents: tuple[int, ...]
    tags: tuple[str, ...]
    labels: tuple[tuple[str, ...], ...]
    first: tuple[int, ...]
    last: tuple[int, ...]
    meta: RawMeta
    #: React's streamed segments: (element holding the segment, block where it goes,
    #: element it goes into).
    streamed: tuple[tuple[int, int, int], ...] = ()
    #: Characters of text in ``<noscript>`` elements read as markup.
    noscript_chars: int = 0


def _replace_special(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def _maps_like_split(code: int, to: str | None) -> bool:
    """Whether the table's entry for ``code`` leaves text that ``_clean`` can check at a glance.

    A character mapped to whitespace is whitespace to ``str.split`` already; a dropped
    one must be unprintable (``str.isprintable`` finds it, far faster than a search)
    or whitespace (looked for by name, ``_DROPPED_SPACES``).
    """
    char = chr(code)
    if to is None:
        return char.isspace() or not char.isprintable()
    return char.isspace() and to.isspace()


_DROPPED_SPACES = tuple(chr(c) for c, to in _TABLE.items() if to is None and chr(c).isspace())
_CHECK_AT_A_GLANCE = all(_maps_like_split(c, to) for c, to in _TABLE.items())


def _clean(text: str) -> str:
    """Normalise a block's text: NFC, the input character table, collapsed whitespace."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _CHECK_AT_A_GLANCE:
            out = " ".join(text.split())
            if out.isprintable() and not any(c in text for c in _DROPPED_SPACES):
                return out  # nothing to map but whitespace
        # Few characters need mapping: find them rather than map every character.
        text = _SPECIAL.sub(_replace_special, text)
    return " ".join(text.split())


_MAX_OPEN_CAPTURES = 3  # nested author elements collected at once
_MAX_MARKS = 200  # author elements collected per page
_MAX_CAPTURE = 2000  # characters collected per author element
# Links to an author's page: ``/author/jane-doe``, ``/autoren/…``, ``?author=12``.
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|contributors?|writers?|journalists?"
    r"|columnists?|reporters?|editors?|staff|profiles?|people|redaktion|mitarbeiter|users?|members?)"
    r"/[^/?#\s]|[?&]author=",
    re.IGNORECASE,
)


# Attributes other than class and id that give an element hints.
_LABEL_ATTRIBUTES = frozenset({"role", "itemprop", "itemtype", "hidden", "aria-hidden", "style"})
# Attributes that give an element hints beyond its tag's.
_HINTED_ATTRIBUTES = _LABEL_ATTRIBUTES | {"class", "id"}


def _attribute_labels(tag: str, attrib: Mapping[str, str], found: list[str]) -> None:
    """Add to ``found`` the hints of the element's ``_LABEL_ATTRIBUTES``."""
    role = attrib.get("role")
    if role:
        hint = _ROLE_HINTS.get(role.strip().lower())
        if hint:
            found.append(hint)
    prop = attrib.get("itemprop")
    if prop:
        for word in prop.lower().split():
            hint = _ITEMPROP_HINTS.get(word)
            if hint:
                found.append(hint)
    itemtype = attrib.get("itemtype")
    if itemtype and "comment" in itemtype.lower():
        found.append("comment")
    # React streams late content in <div hidden id="S:…"> for a script to move into place.
    if ("hidden" in attrib and not attrib.get("id", "").startswith("S:")) or (
        attrib.get("aria-hidden") == "true" and tag != "span"
    ):
        found.append("hidden")
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        found.append("hidden")


@attrs.define
class _Capture:
    """An open author element whose text is being collected."""

    eid: int
    kind: str
    block: int
    context: tuple[str, ...]
    parts: list[str] = attrs.Factory(list)
    size: int = 0


class _Scanner:
    """A parser target: receives the page's events and builds blocks as they come."""

    __slots__ = (
        "aria_headings",
        "author_at",
        "author_links",
        "author_marks",
        "author_start",
        "block_stack",
        "block_tags",
        "buf",
        "buf_links",
        "canonical",
        "captures",
        "first",
        "head_title",
        "jsonld",
        "label_cache",
        "labels",
        "lang",
        "last",
        "link_chars",
        "link_depth",
        "meta",
        "noscript_chars",
        "owners",
        "parents",
        "pending_markup",
        "placeholders",
        "pre_depth",
        "segments",
        "skip_buf",
        "skip_depth",
        "skip_tag",
        "skip_tags",
        "skip_type",
        "stack",
        "tags",
        "texts",
        "times",
        "title_done",
    )

    def __init__(self, skip_tags: frozenset[str] = _SKIP_TAGS) -> None:
        self.skip_tags = skip_tags  # elements whose text is markup, not shown
        # Open elements: their ids; hints cumulative along the stack.
        self.stack: list[int] = []
        self.block_stack: list[int] = []  # ids of open block-level elements
        self.parents: list[int] = []
        self.tags: list[str] = []
        self.labels: list[tuple[str, ...]] = []
        self.aria_headings: set[int] = set()  # elements with role="heading"
        self.first: list[int] = []
        self.last: list[int] = []
        self.label_cache: dict[str, tuple[str, ...]] = {}  # by class or id value
        # Blocks so far.
        self.texts: list[str] = []
        self.block_tags: list[str] = []
        self.owners: list[int] = []
        self.link_chars: list[int] = []
        # The block being filled.
        self.buf: list[str] = []
        self.buf_links = 0
        self.link_depth = 0
        self.pre_depth = 0
        # Skipped (markup) elements: depth inside one, and its text.
        self.skip_depth = 0
        self.skip_tag = ""
        self.skip_buf: list[str] = []
        self.skip_type = ""
        self.noscript_chars = 0  # text held in <noscript> elements not shown
        # Metadata.
        self.meta: dict[str, list[str]] = {}
        self.jsonld: list[str] = []
        self.head_title: list[str] | None = None
        self.title_done = False
        self.canonical: str | None = None
        self.lang: str | None = None
        self.times: list[str] = []
        self.author_links: list[str] = []
        self.author_start = -1  # link depth inside an open rel=author link
        self.author_at = 0  # where its text starts in ``buf``
        # Comment text met inside a line, written out as its own block after the line.
        self.pending_markup: list[str] = []
        # Open author elements (innermost last) and the statements found so far.
        self.captures: list[_Capture] = []
        self.author_marks: list[AuthorCandidate] = []
        # React streaming: hidden <div id="S:1"> segments, and the blocks where their
        # <template id="B:1"> (or "P:1") placeholders stand.
        self.segments: list[tuple[str, int]] = []
        self.placeholders: dict[str, tuple[int, int]] = {}

    # -- blocks ---------------------------------------------------------------
    def flush(self) -> None:
        for capture in self.captures:
            capture.parts.append("\n")
        if self.buf:
            text = _clean("".join(self.buf))
            links = self.buf_links
            self.buf = []
            self.buf_links = 0
            self.author_at = 0
            # Nothing visible: an element holding only a zero-width joiner, say.
            if text and (len(text) >= 8 or any(c.isprintable() for c in text)):
                owner = self.block_stack[-1] if self.block_stack else -1
                self.texts.append(text)
                self.block_tags.append(self.tags[owner] if owner >= 0 else "html")
                self.owners.append(owner)
                self.link_chars.append(min(links, len(text)))
        if self.pending_markup:
            for text in self.pending_markup:
                self.add_markup(text, MARKUP_TAG)
            self.pending_markup = []

    def add_markup(self, text: str, tag: str) -> None:
        text = _clean(text)
        if text:
            self.texts.append(text)
            self.block_tags.append(tag)
            self.owners.append(self.stack[-1] if self.stack else -1)
            self.link_chars.append(0)

    # -- author elements ------------------------------------------------------------
    def open_capture(self, eid: int, attrib: Mapping[str, str]) -> None:
        """Start collecting the text of an author element (itemprop=author, class byline…)."""
        own = self.labels[eid]
        prop = (attrib.get("itemprop") or "").lower().split()
        if "author" in prop or "creator" in prop:
            kind = "itemprop"
        elif "name" in prop and self.captures and self.captures[-1].kind == "itemprop":
            kind = "itemprop_name"
        elif "byline" in own:
            kind = "element"
        elif self.tags[eid] == "a" and _AUTHOR_HREF.search(attrib.get("href") or ""):
            kind = "link"
        else:
            return
        if len(self.captures) >= _MAX_OPEN_CAPTURES or len(self.author_marks) >= _MAX_MARKS:
            return
        context = tuple(dict.fromkeys(label for e in self.stack for label in self.labels[e]))
        if "comment" in context:
            return
        content = attrib.get("content")
        if self.tags[eid] == "meta":
            if content and content.strip():
                self.author_marks.append(
                    AuthorCandidate(text=_clean(content)[:300], kind=kind, context=context)
                )
            return
        self.captures.append(_Capture(eid=eid, kind=kind, block=len(self.texts), context=context))

    def close_capture(self) -> None:
        capture = self.captures.pop()
        lines = (_clean(line) for line in "".join(capture.parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            self.author_marks.append(
                AuthorCandidate(
                    text=text[:300],
                    kind=capture.kind,
                    context=capture.context,
                    block=capture.block,
                )
            )

    # -- element hints ----------------------------------------------------------
    def element_labels(self, tag: str, attrib: Mapping[str, str]) -> tuple[str, ...]:
        hint = _TAG_HINTS.get(tag)
        found = [hint] if hint else []
        if not _LABEL_ATTRIBUTES.isdisjoint(attrib):
            _attribute_labels(tag, attrib, found)
        if tag not in ("html", "body"):
            cache = self.label_cache
            for key in (attrib.get("class"), attrib.get("id")):
                if key:
                    cached = cache.get(key)
                    if cached is None:
                        cached = cache[key] = _value_hints(key)
                    found += cached
        if not found:
            return ()
        if "hidden" in found and _SHOWN_AT.search(attrib.get("class", "")):
            # Utility classes: "hidden md:block" is hidden on small screens only.
            found = [label for label in found if label != "hidden"]
        if tag == "blockquote" and "share" in found:
            # An embedded post (tweet, toot, Instagram) quoted in the text, not a share button.
            found = [label for label in found if label != "share"]
        return tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)

    # -- parser target protocol ---------------------------------------------------
    def start(self, tag: str, attrib: dict[str, str], /) -> None:
        name = tag.lower() if isinstance(tag, str) else "#other"
        if self.skip_depth:
            if name == self.skip_tag:
                self.skip_depth += 1
            return
        if name in _SPECIAL_STARTS and self.special_start(name, attrib):
            return
        stack = self.stack
        tags = self.tags
        eid = len(tags)
        self.parents.append(stack[-1] if stack else -1)
        tags.append(name)
        if _HINTED_ATTRIBUTES.isdisjoint(attrib):
            own: tuple[str, ...] = _TAG_LABELS.get(name, ())  # as ``element_labels`` finds
        else:
            own = self.element_labels(name, attrib)
            if attrib.get("role") == "heading":
                self.aria_headings.add(eid)
        if name == "dialog" and "open" not in attrib and "hidden" not in own:
            own = (*own, "hidden")  # a <dialog> is shown only when open (or opened by a script)
        self.labels.append(own)
        if attrib and "hidden" in attrib:
            key = attrib.get("id", "")
            if key.startswith("S:"):
                self.segments.append((key[2:], eid))
        if name in _BLOCK_TAGS or (own and name not in _PHRASING_TAGS):
            if self.buf or self.captures:
                self.flush()
            self.block_stack.append(eid)
        self.first.append(len(self.texts))
        self.last.append(-1)
        stack.append(eid)
        # Only these can be author elements (see ``open_capture``); most elements are not.
        if name == "a" or "byline" in own or ("itemprop" in attrib and (own or self.captures)):
            self.open_capture(eid, attrib)
        if name == "pre":
            self.pre_depth += 1

    def special_start(self, name: str, attrib: dict[str, str]) -> bool:
        """The start of an element in ``_SPECIAL_STARTS``; true if it opens no element."""
        if name in self.skip_tags:
            self.flush()
            if name == "template":
                key = attrib.get("id", "")
                if key[:2] in ("B:", "P:") and self.stack:
                    self.placeholders.setdefault(key[2:], (len(self.texts), self.stack[-1]))
            self.skip_depth = 1
            self.skip_tag = name
            self.skip_buf = []
            self.skip_type = (attrib.get("type") or "").lower() if name == "script" else ""
            return True
        if name in _VOID_BREAKS:
            self.flush()
            return True
        if name == "a":
            self.link_depth += 1
            rel = attrib.get("rel")
            if rel and "author" in rel.lower().split() and self.author_start < 0:
                self.author_start = self.link_depth
                self.author_at = len(self.buf)
        elif name == "meta":
            self.on_meta(attrib)
        elif name == "link":
            self.on_link(attrib)
        elif name == "html":
            lang = attrib.get("lang") or attrib.get("xml:lang")
            if lang and self.lang is None:
                self.lang = lang
        elif name == "title" and not self.title_done and self.head_title is None:
            self.flush()
            self.head_title = []
        elif name == "time":
            dt = attrib.get("datetime")
            if dt:
                self.times.append(dt)
        return False

    def end(self, tag: str, /) -> None:
        name = tag.lower() if isinstance(tag, str) else "#other"
        if self.skip_depth:
            if name == self.skip_tag:
                self.skip_depth -= 1
                if not self.skip_depth:
                    self.end_skipped()
            return
        if name in _VOID_BREAKS:
            return
        if name == "title" and self.head_title is not None and not self.title_done:
            self.title_done = True
            text = _clean("".join(self.head_title))
            if text:
                self.texts.append(text)
                self.block_tags.append(HEAD_TITLE_TAG)
                self.owners.append(self.stack[-1] if self.stack else -1)
                self.link_chars.append(0)
        stack = self.stack
        tags = self.tags
        # libxml2 reports ends in order; pop until the matching element.
        while stack:
            eid = stack.pop()
            etag = tags[eid]
            block_stack = self.block_stack
            if etag in _BLOCK_TAGS or (block_stack and block_stack[-1] == eid):
                if self.buf or self.captures:
                    self.flush()
                if block_stack and block_stack[-1] == eid:
                    block_stack.pop()
                if etag == "pre" and self.pre_depth:
                    self.pre_depth -= 1
            elif etag == "a" and self.link_depth:
                self.link_depth -= 1
                if self.author_start > self.link_depth:
                    self.author_start = -1
                    self.author_links.append(_clean("".join(self.buf[self.author_at :]))[:200])
            if self.captures and self.captures[-1].eid == eid:
                self.close_capture()
            self.last[eid] = len(self.texts)
            if etag == name:
                break

    def end_skipped(self) -> None:
        text = "".join(self.skip_buf)
        self.skip_buf = []
        if self.skip_tag == "script" and "ld+json" in self.skip_type:
            self.jsonld.append(text)
        elif self.skip_tag == "noscript":
            self.noscript_chars += len(text.strip())
        self.add_markup(text, MARKUP_TAG)

    def data(self, data: str, /) -> None:
        if self.skip_depth:
            self.skip_buf.append(data)
            return
        if self.head_title is not None and not self.title_done:
            self.head_title.append(data)
            return
        for capture in self.captures:
            if capture.size < _MAX_CAPTURE:
                capture.parts.append(data)
                capture.size += len(data)
        if self.pre_depth and "\n" in data:
            lines = data.split("\n")
            for i, line in enumerate(lines):
                if i:
                    self.flush()
                if line:
                    self.buf.append(line)
            return
        self.buf.append(data)
        if self.link_depth:
            self.buf_links += len(data.strip())

    def comment(self, text: str, /) -> None:
        if self.skip_depth:
            return
        if not text or text.isspace():
            # An empty comment shows nothing and breaks no line: React puts ``<!-- -->``
            # between the text nodes of one line ("$<!-- -->259.06", "Loading <!-- -->…").
            return
        if any(not part.isspace() for part in self.buf):
            # Nor does any other: its text is reported after the line it stands in.
            self.pending_markup.append(text)
        else:
            self.buf = []  # only the spaces a line starts with, which it drops
            self.buf_links = 0
            self.author_at = 0
            self.add_markup(text, MARKUP_TAG)

    def pi(self, _target: str, _data: str, /) -> None:
        return

    def start_ns(self, _prefix: str, _uri: str, /) -> None:
        return

    def end_ns(self, _prefix: str, /) -> None:
        return

    def doctype(self, _root: str | None, _public_id: str | None, _system_id: str | None, /) -> None:
        return

    def close(self) -> None:
        if self.skip_depth:
            self.skip_depth = 0
            self.end_skipped()
        while self.stack:
            self.end(self.tags[self.stack[-1]])
        self.flush()

    # -- metadata ---------------------------------------------------------------
    def on_meta(self, attrib: Mapping[str, str]) -> None:
        key = attrib.get("property") or attrib.get("name") or attrib.get("itemprop")
        if not key:
            equiv = attrib.get("http-equiv")
            if equiv and equiv.lower() == "content-language":
                key = "content-language"
            else:
                return
        content = attrib.get("content")
        if content is None:
            content = attrib.get("datetime") or attrib.get("value")
        if content is None:
            return
        content = content.strip()
        if content:
            self.meta.setdefault(key.strip().lower(), []).append(content)

    def on_link(self, attrib: Mapping[str, str]) -> None:
        rel = (attrib.get("rel") or "").lower().split()
        href = attrib.get("href")
        if href and "canonical" in rel and self.canonical is None:
            self.canonical = href.strip()


def _parse_events(text: str, scanner: _Scanner) -> None:
    parser = lxml.etree.HTMLParser(
        target=scanner,
        encoding="utf-8",
        remove_comments=False,
        remove_pis=True,
        no_network=True,
        recover=True,
    )
    try:
        parser.feed(text.encode("utf-8", "surrogatepass"))
        parser.close()
    except lxml.etree.LxmlError:
        # libxml2 gives up only on input that has no document at all.
        scanner.close()


_COMMENT_OPEN = regex.compile(r"<!--(?:\[if[^\]>]{0,100}\]>)?")


def _drop_stray_comment(text: str) -> str:
    """Drop the openers of comments that would hide the page.

    A comment that never ends (``<!--[if gt IE 8]>`` left open) drops its opener
    and those of the comments after it; a conditional comment around the page's
    ``<body>`` (``<!--[if gt IE 8]>`` whose ``<!-->`` was lost) drops its opener
    and closer.  A browser would hide the rest of the page; its text is read instead.
    """
    pos = 0
    cuts: list[tuple[int, int]] = []  # spans of the text to leave out, in order
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return _cut(text, cuts) if cuts else text
        end = text.find("-->", start + 2)
        if end < 0:
            break
        if (
            end - start > _WRAPPING_COMMENT
            and text.startswith("<!--[if", start)
            and text.find("<body", start, end) >= 0
        ):
            m = _COMMENT_OPEN.match(text, start)
            opened = m.end() if m else start + 4
            cuts.append((start, opened))
            closer = end - len("<![endif]")
            # Its closer, unless that ends a comment inside or is a "-->" of another kind.
            if text.find("<!--", opened, end) < 0 and text.startswith("<![endif]", closer):
                cuts.append((closer, end + 3))
        pos = end + 3
    while start >= 0:
        m = _COMMENT_OPEN.match(text, start)
        after = m.end() if m else start + 4
        cuts.append((start, after))
        start = text.find("<!--", after)
    return _cut(text, cuts)


_WRAPPING_COMMENT = 1000  # characters of a conditional comment that may hold the page


def _cut(text: str, cuts: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end in cuts:
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_METERED_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"})
_METERED_RUN = 3  # paragraphs and headings side by side marked 'paywall'
_METERED_TEXT = 2  # of them paragraphs of running text


def _metered_text(
    scanner: _Scanner, last: list[int], blocks: list[Block]
) -> tuple[tuple[str, ...], ...]:
    """``labels``, without 'paywall' on the article's own paragraphs marked so.

    Pages mark the paragraphs they hold back from non-subscribers one by one
    (``<p class="paywall">``): several such paragraphs of running text side by side
    are the article's text, not a box asking the reader to subscribe.  A heading
    may be an element with ``role="heading"`` (``<div role="heading" class="paywall">``).
    """
    tags, parents, labels, first = scanner.tags, scanner.parents, scanner.labels, scanner.first
    headings = scanner.aria_headings
    marked: dict[int, list[int]] = {}
    for e, own in enumerate(labels):
        if "paywall" in own and (tags[e] in _METERED_TAGS or e in headings) and parents[e] >= 0:
            marked.setdefault(parents[e], []).append(e)
    out = list(labels)
    for run in marked.values():
        if len(run) < _METERED_RUN:
            continue
        prose = sum(
            1
            for e in run
            if tags[e] == "p"
            and sum(len(blocks[k].text) for k in range(first[e], last[e])) >= _RUNNING_TEXT
        )
        if prose >= _METERED_TEXT:
            for e in run:
                out[e] = tuple(label for label in labels[e] if label != "paywall")
    return tuple(out)


def scan_page(text: str, *, noscript: bool = False) -> Page:
    """Render ``text`` (an HTML page) into blocks; see the module docstring.

    With ``noscript``, the text of ``<noscript>`` elements is read as shown.
    """
    scanner = _Scanner(_SKIP_TAGS - {"noscript"} if noscript else _SKIP_TAGS)
    text = repair_mojibake(text)
    if text.strip():
        _parse_events(_drop_stray_comment(text), scanner)
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for i, (btext, btag) in enumerate(zip(scanner.texts, scanner.block_tags, strict=True)):
        if i:
            parts.append("\n\n")
            pos += 2
        parts.append(btext)
        blocks.append(
            Block(
                text=btext,
                start=pos,
                end=pos + len(btext),
                index=i,
                blank_before=1 if i else 0,
                tag=btag,
                link_density=scanner.link_chars[i] / len(btext),
            )
        )
        pos += len(btext)
    meta = RawMeta(
        meta={k: tuple(v) for k, v in scanner.meta.items()},
        jsonld=tuple(scanner.jsonld),
        head_title=_clean("".join(scanner.head_title)) if scanner.head_title else None,
        canonical=scanner.canonical,
        lang=scanner.lang,
        times=tuple(scanner.times),
        author_links=tuple(a for a in scanner.author_links if a),
        author_marks=tuple(scanner.author_marks),
    )
    last = [x if x >= 0 else len(blocks) for x in scanner.last]
    return Page(
        source="".join(parts),
        blocks=tuple(blocks),
        owners=tuple(scanner.owners),
        link_chars=tuple(scanner.link_chars),
        parents=tuple(scanner.parents),
        tags=tuple(scanner.tags),
        labels=_metered_text(scanner, last, blocks),
        first=tuple(scanner.first),
        last=tuple(last),
        meta=meta,
        streamed=tuple(
            (eid, *scanner.placeholders[key])
            for key, eid in scanner.segments
            if key in scanner.placeholders and scanner.placeholders[key][1] < eid
        ),
        noscript_chars=scanner.noscript_chars,
    )


# ----------------------------------------------------------------- analysis

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEXT_TAGS = frozenset({MARKUP_TAG, HEAD_TITLE_TAG})
# Labels that make an element's text count against the element holding it.
_NEGATIVE = frozenset(
    {
        "comment",
        "share",
        "related",
        "newsletter",
        "cookie",
        "paywall",
        "ad",
        "fundraising",
        "cta",
        "nav",
        "footer",
        "aside",
        "hidden",
        "dialog",
        "form",
        "tags",
    }
)
_POSITIVE = frozenset({"body", "article", "main"})
# Labels that hold however much running text is inside (dialogs and consent boxes).
_STRONG = frozenset({"dialog", "cookie"})
_CALLOUT_MIN = 80  # characters of running text in a box set aside in the article
_CALLOUT_MAX = 1500
_CALLOUT_BLOCKS = 4  # blocks of such a box, none of them a heading
_CALLOUT_LINKS = 0.2  # share of link text in each of them
_PASS_MAX = 6  # markup and widget blocks passed over when taking in neighbours
# Labels of widgets that sit among the article's own blocks (a share row, an ad slot).
_WIDGETS = frozenset({"share", "ad", "hidden"})
# ... and a box of related stories set in the text ("Watch | …" between two paragraphs).
_PASSED_OVER = _WIDGETS | {"related"}
_TAIL_MAX = 12  # blocks after the last paragraph of running text checked for short lines
_TAIL_LINE = 80  # UTF-8 bytes (a CJK character counts three): shorter is a short line
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", ")", "。", "！", "？")
_SENTENCE_WORDS = 6
_CTA = regex.compile(
    r"(?:get|download|join|subscribe|sign\s+up|fill\s+out|contact|click|learn\s+more|explore"
    r"|follow|try|request|book|schedule|call|start|discover|shop|register|claim|grab|see)\b",
    regex.IGNORECASE,
)
_CTA_MAX = 3  # closing calls to action taken out at most
# Characters of running text in a call-to-action box: its rich-text part is no article body.
_CTA_BOX = 500
_FORM_TEXT = 1500  # characters of running text in a form with input fields: not the page
_FIELD_TAGS = frozenset({"input", "textarea", "select"})
_LINKED_BUTTON = 0.9  # link density of a button made of a link
_CTA_LEN = 300  # characters
_ITEM_TAGS = frozenset({"li", "td", "th", "dd", "dt", "pre"})
_LEAD_SHARE = 0.5  # the lead <article> holds this share of the best score, 3x the next
_BODY_SHARE = 0.3  # an article-body element with this share of the best score wins
_FIGURE_MAX = 1500  # characters: more text than this in a <figure> is not a caption
_LINE_MAX = 600  # characters: more text than this is not a byline, date or dek element
_HEADER_LABELS = frozenset({"byline", "author", "date", "dek"})
_NOT_WORD = regex.compile(r"\W+")


def _key(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def _same_title(text: str, title_key: str) -> bool:
    key = _key(text)
    if not key or not title_key:
        return False
    return key == title_key or (len(key) > 15 and (key in title_key or title_key in key))


def _is_sentence(text: str) -> bool:
    """A short closing sentence of the text, not a call to action or a label."""
    return text.endswith(_SENTENCE_ENDS) and text.count(" ") >= _SENTENCE_WORDS - 1


def _lead_article(page: Page, best: int, score: list[float], under: list[bool]) -> int:
    """The one ``<article>`` inside ``best`` that outweighs the rest (a story above its feed).

    Only innermost articles compete: an ``<article>`` wrapping a list of others is a feed.
    """
    hi = page.last[best]
    found = [
        e
        for e in range(best + 1, len(page.tags))
        if page.tags[e] == "article" and not under[e] and page.first[e] < hi
    ]
    leaves = [
        e
        for i, e in enumerate(found)
        if i + 1 == len(found) or page.first[found[i + 1]] >= page.last[e]
    ]
    if len(leaves) < 2:  # a lead and at least one other
        return best
    ranked = sorted(leaves, key=lambda e: -score[e])
    top, second = ranked[0], score[ranked[1]]
    if second > 0 and score[top] >= max(_LEAD_SHARE * score[best], 3 * second):
        return top
    return best


_WIDE_RATIO = 2.0  # an article holding this much more running text than the best part
_WIDE_BAD = 2.0  # ... and no more than this much boilerplate per character of text


def _wider_article(
    page: Page, best: int, good: list[float], bad: list[float], under: list[bool]
) -> int:
    """The article or main element around ``best`` when it holds much more running text.

    Lists of links inside the text (a directory, a changelog) weigh the article down
    until a single section of it scores best on its own.
    """
    if "body" in page.labels[best]:
        return best  # the page's own article-body element
    e = page.parents[best]
    while e >= 0:
        if under[e]:
            return best
        own = page.labels[e]
        if (
            any(label in _POSITIVE for label in own)
            and good[e] >= _WIDE_RATIO * good[best]
            and bad[e] <= _WIDE_BAD * good[e]
        ):
            return e
        e = page.parents[e]
    return best


_FOOTER_ALTERNATIVE = 200  # score of a main or article-body element that beats the page footer


_SHOWN_SHARE = 0.5  # share of the best score a shown element needs to beat a hidden one


def _out_of_hiding(
    page: Page, best: int, score: list[float], under: list[bool], body_below: list[bool]
) -> int:
    """The best element the page shows, when ``best`` sits in a box it hides.

    A hidden box of running text (a toolbar an archive puts over the page, a dialog
    shown later) is no article when a shown element holds text of about its weight;
    a hidden box that holds the page's article-body element is the page all the same.
    """
    parents, labels = page.parents, page.labels
    e = best
    while e >= 0 and not ("hidden" in labels[e] and not body_below[e]):
        e = parents[e]
    if e < 0:
        return best
    hidden = [False] * len(parents)
    found, found_score = best, _SHOWN_SHARE * score[best]
    for x, own in enumerate(labels):
        p = parents[x]
        hidden[x] = (p >= 0 and hidden[p]) or ("hidden" in own and not body_below[x])
        if not hidden[x] and not under[x] and score[x] > found_score:
            found, found_score = x, score[x]
    return found


def _out_of_footer(
    page: Page, best: int, score: list[float], under: list[bool], negative: list[bool]
) -> int:
    """The best element in the page's main or article-body element when ``best`` is in the footer.

    A long legal notice in the page footer can outscore a short article; the text the
    page puts in its ``<main>`` or article-body element is the article all the same,
    and the footer is boilerplate again.
    """
    e = best
    while e >= 0 and "footer" not in page.labels[e]:
        e = page.parents[e]
    if e < 0:
        return best
    lo, hi = page.first[e], page.last[e]
    found, found_score = best, float(_FOOTER_ALTERNATIVE)
    parents = page.parents
    in_main = [False] * len(parents)
    # Another footer is no way out of one: a wrapper named after the footer ("above-footer")
    # round the whole page would send the choice to the real footer's body text.
    in_footer = [False] * len(parents)
    for x, own in enumerate(page.labels):
        p = parents[x]
        in_main[x] = (p >= 0 and in_main[p]) or "main" in own or "body" in own
        in_footer[x] = (p >= 0 and in_footer[p]) or "footer" in own
        if (
            in_main[x]
            and not in_footer[x]
            and score[x] > found_score
            and not under[x]
            and (page.last[x] <= lo or page.first[x] >= hi)
        ):
            found, found_score = x, score[x]
    if found != best:
        negative[e] = True
    return found


_JSON_OPENINGS = ('{"', "[{", '["')


_ARTICLE_BESIDE = 1500  # characters of running text beside a comment section: an article


def _choose_container(page: Page, negative: list[bool]) -> int:
    """The element whose text is most article-like: most good text, least boilerplate."""
    n_el = len(page.tags)
    good = [0.0] * n_el
    bad = [0.0] * n_el
    for i, block in enumerate(page.blocks):
        owner = page.owners[i]
        if owner < 0 or block.tag in _TEXT_TAGS:
            continue
        length = len(block.text)
        links = page.link_chars[i]
        if block.text.startswith(_JSON_OPENINGS):
            bad[owner] += length  # data shown as text (a script's settings), no prose
        elif length >= 40 and links < 0.35 * length and block.tag not in _HEADINGS:
            good[owner] += length - links
        else:
            bad[owner] += links + (0.3 * length if length < 40 else 0.0)
    parents = page.parents
    labels = page.labels
    # A segment React streams into the page counts for the element it goes into.
    hosts = {eid: host for eid, _at, host in page.streamed}
    # Strong body hints below an element (articleBody, entry-content, <main>) overrule
    # negative words on it: a page wrapper called "has-sidebar" is still the page.
    body_below = [False] * n_el
    # Input fields below an element: a form that asks for the reader's details.
    fields = [False] * n_el
    tags = page.tags
    score = [0.0] * n_el
    # An element holding most of the page's running text is the page, whatever its name.
    total_good = sum(good)
    most = 0.7 * total_good
    # Reader comments that outweigh the article are comments still, when the page has
    # an article of its own elsewhere (``total_good`` beside them).
    raw = good.copy()
    raw_bad = bad.copy()
    for e in range(n_el - 1, -1, -1):
        g, b = good[e], bad[e]
        # The text below, whatever the regions inside think of it: an unclosed ad slot
        # nests the rest of the page in itself and in every ad slot after it.
        rg, rb = raw[e], raw_bad[e]
        own = labels[e]
        if tags[e] == "textarea" and rg < most:
            # The text of an input box is what the reader may type over (a comment, a
            # copy of the article for a speed-reading widget), not the page's text; a
            # page that shows its text in one (a paste site) holds most of it there.
            negative[e] = True
            score[e] = -(g + b)
            p = parents[e]
            if p >= 0:
                bad[p] += g + b
                raw_bad[p] += rg + rb
                fields[p] = True
            continue
        if own and (
            # A call-to-action box with a little text, whatever else it is named
            # ("post-cta"), and whatever it holds (a "rich-text" part).
            ("cta" in own and rg < _CTA_BOX)
            or ("form" in own and fields[e] and rg < _FORM_TEXT)
            # A dialog or consent box with a body part of its own ("prose", "modal-body")
            # is still a dialog, unless it holds most of the page's running text.
            or ("dialog" in own and "hidden" in own and rg < most)
            or (
                not body_below[e]
                and any(label in _NEGATIVE for label in own)
                and not any(label in _POSITIVE for label in own)
                # Much running text and few links: a mislabelled container, unless comments.
                and (
                    any(x in _STRONG for x in own)
                    or (rg < most and ("comment" in own or rg < 500 or rg < 3 * rb))
                    or ("comment" in own and total_good - rg >= _ARTICLE_BESIDE)
                )
            )
        ):
            negative[e] = True
            # Boilerplate regions hand their text up as boilerplate; hidden text counts for nothing.
            b, g = (b if "hidden" in own else b + g), 0.0
        s = g - b
        if own and ("body" in own or "article" in own or "main" in own):
            s *= 1.25 if "body" in own else 1.1
        score[e] = s
        p = hosts.get(e, parents[e]) if hosts else parents[e]
        if p >= 0:
            good[p] += g
            bad[p] += b
            raw[p] += rg
            raw_bad[p] += rb
            # A body part with a line or two ("body-text" on a prompt in a comment form)
            # is no article body.
            if body_below[e] or ("body" in own and rg >= _RUNNING_TEXT) or "main" in own:
                body_below[p] = True
            if fields[e] or tags[e] in _FIELD_TAGS:
                fields[p] = True
    # The best element not inside a boilerplate region.
    best, best_score = -1, 0.0
    under = [False] * n_el
    for e in range(n_el):
        p = parents[e]
        under[e] = negative[e] or (p >= 0 and under[p])
        if not under[e] and score[e] > best_score:
            best, best_score = e, score[e]
    if best >= 0:
        best = _out_of_hiding(page, best, score, under, body_below)
        best = _out_of_footer(page, best, score, under, negative)
    if best >= 0 and "body" not in labels[best]:
        # The page's own article-body element, when it holds a fair share of the best
        # element's text, beats a wider element that also holds teasers and lists.
        # Only one such element: pages cut into several body sections keep them all.
        hi = page.last[best]
        outer: list[int] = []
        e = best + 1
        while e < n_el and page.first[e] < hi:
            if not under[e] and good[e] >= 400 and "body" in labels[e]:
                outer.append(e)
                # Skip what is inside it.
                end = page.last[e]
                e += 1
                while e < n_el and page.first[e] < end:
                    e += 1
                continue
            e += 1
        if len(outer) == 1 and score[outer[0]] > _BODY_SHARE * best_score:
            best = outer[0]
    if best >= 0 and page.tags[best] != "article":
        best = _lead_article(page, best, score, under)
    if best >= 0:
        best = _wider_article(page, best, good, bad, under)
    if best < 0:
        # Nothing article-like outside boilerplate regions: the innermost element holding
        # most of the running text wins after all.
        total = sum(raw[e] for e in range(n_el) if parents[e] < 0)
        for e in range(n_el):
            if total > 0 and raw[e] >= 0.8 * total:
                best = e
        if best >= 0:
            e = best
            while e >= 0:
                negative[e] = False
                e = parents[e]
    return best


_POST_TEXT = 600  # characters of running text in the container: a lone paragraph or two
_POST_ENTRIES = 5  # linked entries that make a post of links (a round-up, a list of deals)
_POST_WORDS = 4  # words of such an entry: fewer is a menu item or a button
_POST_LINKS = 3.0  # their link text against the container's running text
_ENTRY_LINKS = 0.6  # link density of such an entry
_ENTRY_TAGS = frozenset({"p", "li"})
_ENTRY_PARTS = frozenset({"p", "li", "ul", "ol"})  # an entry and the list holding it
_ENTRY_DEPTH = 3  # elements from an entry up to the text's element: <p> in <li> in <ul>


def _running_text(page: Page, lo: int, hi: int) -> int:
    """Characters of running text in the blocks ``lo:hi`` (as the container choice counts them)."""
    total = 0
    for k in range(lo, hi):
        b = page.blocks[k]
        length, links = len(b.text), page.link_chars[k]
        if (
            page.owners[k] >= 0
            and b.tag not in _TEXT_TAGS
            and b.tag not in _HEADINGS
            and length >= 40
            and links < 0.35 * length
        ):
            total += length - links
    return total


def _link_post(page: Page, best: int, negative: list[bool]) -> tuple[int, set[int]]:
    """The page's article-body or main element around ``best`` when its text is links.

    A post made of links (a round-up of links with their titles, a list of deals) has
    little running text: the container choice settles on its one paragraph of
    introduction, as link text counts against an element.  When that paragraph stands
    among linked entries of some words (not a menu's one-word items), paragraphs or
    items of a list beside it in the same element, inside the article-body or ``<main>``
    element, and their link text far outweighs the paragraph, that element is the
    article and the entries are its text.  (A list of teasers sits in a box of its own,
    not in the flow of the text.)  Returns the container and the entries.
    """
    parents, labels, tags = page.parents, page.labels, page.tags
    if best < 0 or parents[best] < 0 or "article" in labels[best] or "body" in labels[best]:
        # A container marked as the article is the story: what follows it is not.
        return best, set()
    text = _running_text(page, page.first[best], page.last[best])
    if text >= _POST_TEXT:
        return best, set()
    flow = parents[best]
    a = flow
    while a >= 0 and "body" not in labels[a] and "main" not in labels[a]:
        a = parents[a]
    e = a
    while e >= 0:
        if negative[e]:
            return best, set()
        e = parents[e]
    if a < 0:
        return best, set()
    entries: set[int] = set()
    links = 0
    for k in range(page.first[flow], page.last[flow]):
        b, owner = page.blocks[k], page.owners[k]
        if (
            owner < 0
            or b.tag not in _ENTRY_TAGS
            or page.link_chars[k] < _ENTRY_LINKS * len(b.text)
            or word_count(b.text) < _POST_WORDS
        ):
            continue
        # Up to the element holding the paragraph through the entry's own list, if any.
        e, steps = owner, 0
        while e != flow and steps < _ENTRY_DEPTH and tags[e] in _ENTRY_PARTS and not negative[e]:
            e = parents[e]
            steps += 1
        if e == flow:
            entries.add(k)
            links += page.link_chars[k]
    if len(entries) >= _POST_ENTRIES and links >= _POST_LINKS * text:
        return a, entries
    return best, set()


_SHINGLE = 6  # words per shingle when matching blocks against the page's articleBody
_RESCUE_SHARE = 0.8  # share of a block's shingles found in the articleBody to take it in
_RESCUE_MIN = 400  # characters of articleBody needed to trust it


def _shingles(text: str) -> list[str]:
    words = _key(text).split()
    if len(words) < _SHINGLE:
        return []
    return [" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)]


def _in_article_body(blocks: tuple[Block, ...], candidates: list[int], body: str) -> set[int]:
    """Which of the candidate blocks the page's JSON-LD ``articleBody`` also holds."""
    known = set(_shingles(body))
    found: set[int] = set()
    for k in candidates:
        parts = _shingles(blocks[k].text)
        if parts and sum(part in known for part in parts) >= _RESCUE_SHARE * len(parts):
            found.add(k)
    return found


_RUNNING_TEXT = 150  # characters of a paragraph of running text
_TEXT_LINKS = 0.3  # link density below which a block reads as running text
_TEASERS_MIN = 3  # linked headings in a row that make a list of teasers
_TEASER_TEXT = 300  # characters: a teaser's blurb is shorter
_LINKED_TITLE = 0.6  # link density of a teaser's linked title


_AUTHOR_SECTION = regex.compile(
    r"""(?:about|meet)\s+the\s+(?:authors?|writers?|reviewers?)|the\s+authors?|author\s+bio(?:graphy)?
      |über\s+(?:den\s+autor|die\s+autorin|die\s+autor(?:inn)?en)|zum\s+autor|zur\s+autorin
      |à\s+propos\s+de\s+l['’]auteur(?:e|rice)?|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)
      |sull['’]autore|l['’]autore""",
    regex.IGNORECASE | regex.VERBOSE,
)
_AUTHOR_SECTION_MAX = 40  # characters of such a heading


def _author_sections(blocks: tuple[Block, ...], inside: list[bool]) -> set[int]:
    """An "About the author" section in the container: the heading and the blocks under it,
    up to the next heading of the same or a higher level."""
    found: set[int] = set()
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if (
            not inside[k]
            or b.tag not in _HEADINGS
            or len(b.text) > _AUTHOR_SECTION_MAX
            or not _AUTHOR_SECTION.fullmatch(b.text.rstrip(" :.…"))
        ):
            k += 1
            continue
        found.add(k)
        level = b.tag or ""  # "h1" < "h2" < … < "h6"
        j = k + 1
        while j < len(blocks) and inside[j]:
            tag = blocks[j].tag or ""
            if tag in _HEADINGS and tag <= level:
                break
            found.add(j)
            j += 1
        k = j
    return found


def _teaser_run(blocks: tuple[Block, ...], inside: list[bool]) -> set[int]:
    """A list of teasers closing the container: linked headings after the text's own headings.

    The article's sections have plain headings; after the last one, three or more
    headings that are links, with at most short blurbs between them, are other stories.
    """
    content = [k for k in range(len(blocks)) if inside[k] and blocks[k].tag not in _TEXT_TAGS]
    plain = -1
    linked: list[int] = []
    for k in content:
        b = blocks[k]
        if b.tag in _HEADINGS:
            if b.link_density >= 0.6:
                linked.append(k)
            else:
                plain = k
                linked = []
    if len(linked) < _TEASERS_MIN or plain < 0:
        return set()
    start = linked[0]
    heads = set(linked)
    others = [k for k in content if k > start and k not in heads]
    if len(others) > 2 * len(linked) or any(len(blocks[k].text) > _TEASER_TEXT for k in others):
        return set()
    return {k for k in content if k >= start}


# Headings over a feed of other stories that the related-links rule does not know by
# name: a blogroll ("Recent posts on blogs I like:"), "More on the budget:", "New articles".
_FEED_HEADING = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        (?:recent|latest|new|newest|more|other|similar|featured|popular)\s+(?:blog\s+)?
            (?:posts|articles|stories|reads|entries|guides|episodes)
            (?:\s+(?:on|from|in|at|by|about|of)\s+[^\n]{1,40})?
      | more\s+(?:on|about|in)\s+[^\n]{1,40}
      | (?:posts\s+)?from\s+(?:the|our|other)\s+blogs?
      | blogs?\s+(?:i|we)\s+(?:like|love|read|follow)
      | blogroll | (?:from\s+)?around\s+the\s+web | elsewhere\s+on\s+[^\n]{1,30}
    )[\s:.…]*""",
    regex.IGNORECASE | regex.VERBOSE,
)
_FEED_HEADING_MAX = 60  # characters of such a heading
# A reading list closing a guide is the author's own choice of sources: part of the text.
_READING_LIST = ("further reading",)
_FEED_MIN = 3  # teasers under such a heading that make a feed
_FEED_TITLE = 200  # characters of a teaser's linked title
_FEED_TITLE_WORDS = 3  # words of it: fewer is a button ("Learn more") or a category
_FEED_LINE = 400  # characters of each other line of a teaser (its blurb, date, source)
_FEED_LINES = 4  # such lines of one teaser


def _feed_heading(block: Block) -> bool:
    """Whether the block reads as the heading of a feed of other stories."""
    text = block.text
    if len(text) > _FEED_HEADING_MAX:
        return False
    if block.tag not in _HEADINGS and not text.rstrip().endswith(":"):
        return False
    if block.lower.lstrip().startswith(_READING_LIST):
        return False
    return related_heading(text) or _FEED_HEADING.fullmatch(text) is not None


def _feed_title(block: Block) -> bool:
    """Whether the block reads as a teaser's linked title."""
    return (
        block.link_density >= _LINKED_TITLE
        and len(block.text) <= _FEED_TITLE
        and word_count(block.text) >= _FEED_TITLE_WORDS
    )


def _feed_under(
    blocks: tuple[Block, ...], inside: list[bool], k: int, stop: int
) -> tuple[list[int], int]:
    """The teasers right under the heading ``blocks[k]``, and where they end.

    A teaser is a linked title with a few short lines of its own (a blurb, a date, the
    blog or author it comes from); it takes three or more in a row to make a feed.
    The search ends at the block ``stop``; the run is empty when there is no feed.
    """
    run: list[int] = []
    lines: list[int] = []  # lines of each teaser so far
    lead = 0
    j = k + 1
    while j < stop:
        b = blocks[j]
        if not inside[j] or b.tag in _TEXT_TAGS:
            j += 1
            continue
        if _feed_title(b):
            lines.append(0)
        elif len(b.text) <= _FEED_LINE and (lines[-1] if lines else lead) < _FEED_LINES:
            if lines:
                lines[-1] += 1
            else:
                lead += 1  # a line over the first title: a category, a picture's credit
        else:
            break
        run.append(j)
        j += 1
    if len(lines) < _FEED_MIN:
        return [], j
    # The last teaser has no more lines than the others: what follows is the text's.
    extra = lines[-1] - max(lines[:-1])
    return (run[:-extra] if extra > 0 else run), j


def _related_sections(page: Page, inside: list[bool]) -> set[int]:
    """Blocks of the container under a heading of related content.

    A heading the page marks as related and a feed of teasers (``<article>`` elements)
    after it: the section runs from the heading to the end of the element holding the
    heading and what follows it ("You may also like" over the feed).  A heading that
    says so in its words ("Read next", "Recent posts on blogs I like:") over such a
    feed, or a marked or named heading over linked titles with short lines (see
    :func:`_feed_under`) that close the article's text, is taken out with the teasers.
    """
    found: set[int] = set()
    runs: list[list[int]] = []
    blocks = page.blocks
    stop = max((k + 1 for k, flag in enumerate(inside) if flag), default=0)
    covered = 0  # blocks before this one were searched for teasers already
    k = 0
    while k < stop:
        b = blocks[k]
        if not inside[k] or b.tag in _TEXT_TAGS:
            k += 1
            continue
        named = _feed_heading(b)
        if b.tag not in _HEADINGS and not named:
            k += 1
            continue
        e = page.owners[k]
        marked = False
        # The heading, or wrappers holding nothing but the heading.
        while e >= 0 and page.last[e] - page.first[e] == 1:
            if "related" in page.labels[e]:
                marked = True
            e = page.parents[e]
        if not (marked or named) or e < 0:
            k += 1
            continue
        end = page.last[e]
        # A feed of teasers: <article> elements after the heading.  (Headings are often
        # marked by ids made from their own words, "most-popular-apps": not enough.)
        feed = 0
        x = e + 1
        while x < len(page.tags) and page.first[x] < end:
            if page.tags[x] == "article" and page.first[x] > k:
                feed += 1
            x += 1
        if feed >= 2:
            found.update(j for j in range(k + 1, end) if inside[j])
            if named:
                found.add(k)
            k = max(end, k + 1)
            continue
        if k >= covered:
            # A heading inside a run searched already starts no run of its own (it would
            # be a piece of that run); it may still stand over <article> cards.
            run, covered = _feed_under(blocks, inside, k, stop)
            if run:
                runs.append([k, *run] if named else run)
                k += 1
                continue
        k = max(end, k + 1) if marked else k + 1
    _closing(blocks, inside, stop, runs, found)
    return found


def _closing(
    blocks: tuple[Block, ...], inside: list[bool], stop: int, runs: list[list[int]], found: set[int]
) -> None:
    """Add to ``found`` the feeds of ``runs`` that close the article's text: no running
    text follows them but other feeds' (or blocks in ``found`` already)."""
    texts = [
        x
        for x in range(stop)
        if inside[x]
        and len(blocks[x].text) >= _RUNNING_TEXT
        and blocks[x].link_density < _TEXT_LINKS
        and blocks[x].tag not in _HEADINGS
        and blocks[x].tag not in _TEXT_TAGS
    ]
    for run in reversed(runs):
        later = texts[bisect.bisect_right(texts, run[-1]) :]
        if all(x in found for x in later):
            found.update(run)


_FEED_DATED = 0.5  # share of a feed's teasers with a date line, when no heading names it
_FEED_DATE_LINE = 90  # characters of such a line
_FEED_HEAD_LINES = 2  # short lines over such a feed taken as its heading


def _dated_feeds(page: Page, inside: list[bool], found: set[int]) -> set[int]:
    """Feeds of dated teasers closing the text, under a heading that does not name them.

    Three or more linked titles, each with a few short lines of its own, most of which
    hold a line that is only a date ("April 26, 2014 -- Updated 1358 GMT"): other stories,
    whatever the heading over them says ("Part of complete coverage on").  Up to two short
    lines right over the first title, no sentences, are the feed's heading.  A feed counts
    only when no running text of the article follows it.
    """
    blocks = page.blocks
    stop = max((k + 1 for k, flag in enumerate(inside) if flag), default=0)
    runs: list[list[int]] = []
    covered = 0
    prev = -1  # the last block inside the container before ``k``
    for k in range(stop):
        if not inside[k] or blocks[k].tag in _TEXT_TAGS:
            continue
        before, prev = prev, k
        if k < covered or before < 0 or not _feed_title(blocks[k]) or _feed_title(blocks[before]):
            continue
        run, covered = _feed_under(blocks, inside, before, stop)
        if not run:
            continue
        titles = 0
        dated = 0
        seen = True  # the current teaser has a date line
        for j in run:
            text = blocks[j].text
            if _feed_title(blocks[j]):
                titles += 1
                seen = False
            elif not seen and len(text) <= _FEED_DATE_LINE and META_LINE.fullmatch(text):
                dated += 1
                seen = True
        if dated < _FEED_MIN or dated < _FEED_DATED * titles:
            continue
        heads: list[int] = []
        j = before
        skipped = 0
        while j >= 0 and len(heads) < _FEED_HEAD_LINES and skipped <= _PASS_MAX:
            text = blocks[j].text
            if not inside[j] or blocks[j].tag in _TEXT_TAGS:
                j -= 1
                skipped += 1
                continue
            if len(text) > _FEED_HEADING_MAX or _is_sentence(text) or _feed_title(blocks[j]):
                break
            heads.append(j)
            j -= 1
        runs.append([*reversed(heads), *run])
    dated_found = set(found)
    _closing(blocks, inside, stop, runs, dated_found)
    return dated_found - found


def _take_streamed(page: Page, inside: list[bool], best: int) -> None:
    """Mark inside the segments React streams into the container ``best``, nested ones too.

    A server-rendered React page sends the late parts of the article at the end of the
    page, in hidden ``<div id="S:1">`` elements that a script moves to the placeholder
    ``<template id="B:1">`` left in the text.
    """
    if best < 0 or not page.streamed:
        return
    hosts = {eid: host for eid, _at, host in page.streamed}
    for eid in hosts:
        e = eid
        while e > best:  # parents and hosts come before the element: ids only decrease
            e = hosts.get(e, page.parents[e])
        if e == best:
            for k in range(page.first[eid], page.last[eid]):
                inside[k] = True


_FOLDED = frozenset({"button", "hidden"})
_QUESTION_MIN = 20  # characters of a question that opens a folded answer
_ANSWER_MAX = 6  # blocks of one folded answer


def _accordion(
    blocks: tuple[Block, ...],
    eff: list[tuple[str, ...]],
    owners: tuple[int, ...],
    inside: list[bool],
) -> set[int]:
    """Questions and answers of a folded FAQ in the text: a question on a button, its hidden answer.

    The page folds the answer away until the reader opens it; both are the article's text.
    """
    found: set[int] = set()
    for k, b in enumerate(blocks):
        owner = owners[k]
        if (
            not inside[k]
            or owner < 0
            or "button" not in eff[owner]
            or len(b.text) < _QUESTION_MIN
            or not b.text.endswith(("?", "？"))
        ):
            continue
        answer = [
            j
            for j in range(k + 1, min(k + 1 + _ANSWER_MAX, len(blocks)))
            if inside[j] and owners[j] >= 0 and "hidden" in eff[owners[j]]
        ]
        # The answer is the run of hidden blocks right under the question.
        run = [j for n, j in enumerate(answer) if j == k + 1 + n]
        if run:
            found.add(k)
            found.update(run)
    return found


# The words of a button that asks the reader to act: sign up, get in touch, try, learn
# more, buy now ("Buy on Amazon" alone is a shop link of a product review, no pitch).
_CTA_BUTTON = regex.compile(
    r"\W*(?:get\s+started|get\s+in\s+touch|contact|talk|speak|book|schedule|request|sign\s*up"
    r"|join|subscribe|register|download|try|start|apply|enrol|learn\s+more|find\s+out\s+more"
    r"|explore|discover|(?:shop|order|buy)\b[^.!?]{0,40}?\b(?:now|today)"
    r"|get\s+(?:a|your|my)\s+(?:free\s+)?(?:quote|demo|consultation|estimate|trial)"
    r"|get\s+free|free\s+(?:trial|demo|consultation|quote))\b",
    regex.IGNORECASE,
)
_CTA_BUTTON_WORDS = 6  # words of such a button
_CTA_BOX_TEXT = 400  # characters of a box that ends in one
_CTA_BOXES = 2  # boxes with one button: more are the cards of a listing ("Book now" under each)


def _button_boxes(
    page: Page, upto: list[int], chain: set[int], inside: list[bool], eff: list[tuple[str, ...]]
) -> set[int]:
    """Blocks of short boxes in the text that end in a call-to-action button.

    "Centralize your training with Easy LMS! [Book a demo]": a heading or a line or two
    and a linked button that asks the reader to sign up, get in touch or try, closing
    an element of its own inside the article's container.  Three or more boxes ending in
    the same button ("Book now" under each restaurant) are the cards of a listing and
    stay; a box the text quotes (a ``<blockquote>``) is the author's own, and a box with
    the page's ``<h1>`` is its header.  A button may be a link or a ``<button>``.
    """
    blocks, owners, parents, first, last = (
        page.blocks,
        page.owners,
        page.parents,
        page.first,
        page.last,
    )
    boxes: list[tuple[str, int]] = []
    for k, b in enumerate(blocks):
        if (
            not inside[k]
            or b.tag in _ITEM_TAGS
            or owners[k] < 0
            or (b.link_density < _LINKED_BUTTON and "button" not in eff[owners[k]])
            or "item" in eff[owners[k]]
            or b.text.count(" ") >= _CTA_BUTTON_WORDS
            or not _CTA_BUTTON.match(b.text)
        ):
            continue
        top = -1
        e = owners[k]
        while (
            e >= 0
            and e not in chain
            and last[e] == k + 1
            and upto[last[e]] - upto[first[e]] <= _CTA_BOX_TEXT
        ):
            top = e
            e = parents[e]
        if (
            top >= 0
            and first[top] < k
            and "quote" not in eff[top]
            and not any(blocks[j].tag == "h1" for j in range(first[top], k))
        ):
            boxes.append((b.lower, top))
    repeats = Counter(button for button, _ in boxes)
    return {
        k
        for button, e in boxes
        if repeats[button] <= _CTA_BOXES
        for k in range(first[e], last[e])
        if inside[k]
    }


_FILLER = ("lorem ipsum",)  # how placeholder text opens, in lower case
_FILLER_SHARE = 0.5  # share of an element's text that is filler to make it a placeholder
# A slot the template labels and a script fills: "Placeholder image-1", "placeholder ad".
_SLOT_LABEL = regex.compile(r"placeholder(?:[\s_:-]+[^\W_]+){0,6}-*", regex.IGNORECASE)
_SLOT_LABEL_MAX = 40  # characters of such a label


def _placeholders(
    page: Page, upto: list[int], chain: set[int], eff: list[tuple[str, ...]]
) -> set[int]:
    """Blocks of template components left with their placeholder text ("Lorem ipsum dolor…",
    a slot's own label such as "Placeholder image-1").

    A block that opens with filler text, and the element around it as long as filler is
    at least half its text: the card or section the template never filled ("Speaker
    Name", "Heading Line", a "Learn More" button).  Filler quoted in the text (a
    ``<blockquote>`` or ``<pre>`` sample of it) is the text's own.
    """
    blocks, owners, parents, first, last = (
        page.blocks,
        page.owners,
        page.parents,
        page.first,
        page.last,
    )
    filler: dict[int, int] = {}
    seeds: list[int] = []
    for k, b in enumerate(blocks):
        owner = owners[k]
        if (
            (
                b.lower.startswith(_FILLER)
                or (len(b.text) <= _SLOT_LABEL_MAX and _SLOT_LABEL.fullmatch(b.text))
            )
            and owner >= 0
            and b.tag not in _TEXT_TAGS
            and b.tag != "pre"
            and "quote" not in eff[owner]
        ):
            seeds.append(k)
            e = owner
            while e >= 0 and e not in chain:
                filler[e] = filler.get(e, 0) + len(b.text)
                e = parents[e]
    found: set[int] = set()
    for k in seeds:
        top = -1
        e = owners[k]
        while e >= 0 and e not in chain:
            if filler[e] < _FILLER_SHARE * (upto[last[e]] - upto[first[e]]):
                break
            top = e
            e = parents[e]
        if top >= 0:
            found.update(range(first[top], last[top]))
        else:
            found.add(k)
    return found


# The cells of a shop's price box and of a stock-quote panel: a label on a line of its
# own, perhaps with its value ("Best prices today:", "Retailer", "View deal", "Starting at
# $20.00"; "Today's change", "Day's range", "52-week range", "NYSE: ACME").  The standard
# library's engine, as for class words: it runs on many short lines.
_PRICE_LABEL = r"""best\s+prices?(?:\s+today)?|(?:today'?s\s+)?best\s+deals?|lowest\s+prices?|retailers?|prices?
  |(?:view|see|get|check)\s+(?:the\s+)?(?:deals?|prices?)|active\s+deals?|deals?|start(?:ing|s)\s+at
  |price\s+comparison(?:\s+from\s+[^\n]{1,40})?|msrp|list\s+price|our\s+price|sale\s+price|in\s+stock|out\s+of\s+stock
  |buy\s+now|shop\s+now|add\s+to\s+(?:cart|basket)|products?|stores?|merchants?|sellers?"""
_QUOTE_LABEL = r"""today'?s\s+change|(?:current|last|share|stock)\s+price|day'?s\s+(?:range|high|low)
  |52[-\s]?(?:wk|week)\s+(?:range|high|low)|(?:avg\.?|average)\s+vol(?:ume|\.)?|volume|market\s+cap(?:italization)?
  |gross\s+margin|dividend(?:\s+yield)?|p\s*/\s*e(?:\s+ratio)?|prev(?:ious|\.)?\s+close|open|key\s+data(?:\s+points)?
  |eps|beta|shares\s+outstanding|change|bid|ask|yield|(?:nyse|nasdaq|amex|otc|lse|tsx|asx)\s*:\s*[a-z.]{1,6}"""
# A number as a widget shows it: "$259.06", "(0.47%) $1.21", "$255.52 - $262.03", "8.6M", "USD 22.97".
_BOX_NUMBER = r"[\s()+\-−–/|:,~]*+(?:(?:[$€£¥]|usd|eur|gbp)\s?)?\d[\d,.]*+\s?(?:%|[kmbt]\b|bn\b)?"
_BOX_LABEL = re.compile(
    rf"(?:(?P<quote>{_QUOTE_LABEL})|{_PRICE_LABEL})\s*:?(?:{_BOX_NUMBER}){{0,3}}[\s()%]*",
    re.IGNORECASE | re.VERBOSE,
)
_BOX_VALUE = re.compile(rf"(?:{_BOX_NUMBER}){{1,4}}[\s()%]*", re.IGNORECASE)
_BOX_LINE = 60  # characters: the cells of a box are shorter, and no sentence
_BOX_MAX = 80  # blocks of one box
_BOX_TABLE = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_BOX_LIST = frozenset({"ul", "ol", "li"})


def _data_boxes(page: Page, inside: list[bool], chain: set[int]) -> dict[int, str]:
    """The label and value cells of price boxes and stock-quote panels in the text.

    A box is the widest element around a label cell that holds short cells only, no
    sentence; it counts when it holds two different labels and its labels and numbers
    make half its cells.  Tables and lists are left alone: their labels and figures are
    the article's data ("Price", "Volume", "Weight" as the points a buyer weighs).  Each cell found maps to ``"price_box"`` or ``"quote_box"``.
    """
    blocks = page.blocks
    labels: dict[int, re.Match[str]] = {}
    for k, b in enumerate(blocks):
        if inside[k] and len(b.text) <= _BOX_LINE and b.tag not in _TEXT_TAGS:
            m = _BOX_LABEL.fullmatch(b.text)
            if m:
                labels[k] = m
    found: dict[int, str] = {}
    if len(labels) < 2:
        return found
    # Prefix counts of the blocks that cannot be a box's cells.
    long_upto = [0]
    for b in blocks:
        long_ = b.tag not in _TEXT_TAGS and (len(b.text) > _BOX_LINE or _is_sentence(b.text))
        long_upto.append(long_upto[-1] + long_)
    parents, first, last, tags = page.parents, page.first, page.last, page.tags
    seen: set[int] = set()
    for k in labels:
        e = page.owners[k]
        if e < 0 or e in chain or tags[e] in _BOX_TABLE:
            continue
        while True:
            p = parents[e]
            if (
                p < 0
                or p in chain
                or tags[p] in _BOX_TABLE
                or last[p] - first[p] > _BOX_MAX
                or long_upto[last[p]] - long_upto[first[p]]
            ):
                break
            e = p
        if e in seen:
            continue
        seen.add(e)
        x = parents[e]
        while x >= 0 and x not in chain:
            if tags[x] in _BOX_TABLE:
                break
            x = parents[x]
        if x >= 0 and x not in chain:
            continue  # inside a table
        cells = [
            j for j in range(first[e], last[e]) if inside[j] and blocks[j].tag not in _TEXT_TAGS
        ]
        named = [j for j in cells if j in labels]
        values = [j for j in cells if j not in labels and _BOX_VALUE.fullmatch(blocks[j].text)]
        distinct = {" ".join(labels[j].group().lower().split()).strip(" :") for j in named}
        if (
            len(distinct) < 2
            or 2 * (len(named) + len(values)) < len(cells)
            or tags[e] in _BOX_LIST
            or any(blocks[j].tag in _BOX_LIST for j in cells)
        ):
            continue
        quotes = sum(1 for j in named if labels[j].group("quote"))
        kind = "quote_box" if 2 * quotes > len(named) else "price_box"
        for j in (*named, *values):
            found[j] = kind
    return found


def _related_feeds(page: Page, best: int) -> set[int]:
    """Blocks of elements inside the container that the page marks as related and that
    hold a feed of teasers (two or more ``<article>`` elements).

    The scoring lets a related region with much running text pass as article text
    (teaser blurbs read like sentences); a feed of ``<article>`` cards says otherwise.
    """
    found: set[int] = set()
    if best < 0:
        return found
    n_el = len(page.tags)
    tags, labels, first, last = page.tags, page.labels, page.first, page.last
    hi = last[best]
    e = best + 1
    while e < n_el and first[e] < hi:
        own = labels[e]
        if own and "related" in own and not any(label in _POSITIVE for label in own):
            # Elements come in document order: those inside e start before it ends.
            end = last[e]
            x = e + 1
            feed = 0
            while x < n_el and first[x] < end:
                feed += tags[x] == "article"
                x += 1
            if feed >= 2:
                found.update(range(first[e], end))
            # Regions inside hold no more cards than this one: each element is seen once.
            e = x
            continue
        e += 1
    return found


_READ_MORE_LINES = 6  # blocks of a read-more box under its heading (kicker, title, blurb, date)
_READ_MORE_LINE = 300  # characters of each of them: a teaser's blurb is shorter


def _lines_under(blocks: tuple[Block, ...], k: int, end: int) -> int:
    """The short lines after the heading ``blocks[k]`` up to ``end``; -1 for more than
    ``_READ_MORE_LINES`` of them or a longer one."""
    lines = 0
    for j in range(k + 1, end):
        if blocks[j].tag in _TEXT_TAGS:
            continue
        lines += 1
        if lines > _READ_MORE_LINES or len(blocks[j].text) > _READ_MORE_LINE:
            return -1
    return lines


def _read_more_boxes(page: Page, inside: list[bool], chain: set[int]) -> set[int]:
    """Read-more boxes in the text: a small element that opens with a related-links
    heading ("Keep reading", "Read more") over a teaser of another story.

    The box is the widest element around the heading that starts with it, lies inside
    the container and holds no more than a few short lines after it, one of them with a
    link (the story's title).  Its blocks map to the heading's box, the heading included.
    A "Further reading" box is the author's list of sources and stays.
    """
    blocks, owners, parents = page.blocks, page.owners, page.parents
    first, last = page.first, page.last
    found: set[int] = set()
    for k, b in enumerate(blocks):
        if (
            not inside[k]
            or k in found
            or b.tag in _TEXT_TAGS
            or owners[k] < 0
            or b.lower.lstrip().startswith(_READING_LIST)
            or not related_heading(b.text)
        ):
            continue
        box = -1
        e = owners[k]
        while e >= 0 and e not in chain:
            if any(blocks[j].tag not in _TEXT_TAGS for j in range(first[e], k)):
                break  # the element holds text before the heading
            lines = _lines_under(blocks, k, last[e])
            if lines < 0:
                break  # too much under the heading: the box, if any, is the last element
            if lines:
                box = e
            e = parents[e]
        if box < 0:
            continue
        under = range(k + 1, last[box])
        if not any(page.link_chars[j] for j in under) or not all(inside[j] for j in under):
            continue
        found.update(range(k, last[box]))
    return found


_CAPTION_LABELS = frozenset({"caption", "figure"})
_GALLERY_SHARE = 0.6  # share of the container's running text in captions: a picture story
_GALLERY_CAPTIONS = 5  # captions of running text at least
_GALLERY_LINE = 80  # characters: a shorter caption line is a credit or a label


def _set_aside(page: Page, e: int, chain: set[int]) -> bool:
    """Whether element ``e`` or one around it below the container is named a hidden or
    aside region by the page (a slide show in a lightbox beside the text)."""
    while e >= 0 and e not in chain:
        own = page.labels[e]
        if "hidden" in own or "aside" in own:
            return True
        e = page.parents[e]
    return False


def _gallery_captions(
    page: Page, inside: list[bool], eff: list[tuple[str, ...]], chain: set[int]
) -> set[int]:
    """Blocks of captions that tell the story when the article is a series of pictures.

    A gallery or a picture list ("30 costumes to make at home") writes its text under
    each picture: when captions of running text hold most of the article's text, those
    captions are the article, not credits beside it.  Short lines stay captions, and so
    do captions of a slide show the page hides or sets aside (a lightbox).
    """
    blocks, owners = page.blocks, page.owners
    total = 0
    captions: list[int] = []
    caption_text = 0
    for k, b in enumerate(blocks):
        if not inside[k] or b.tag in _TEXT_TAGS or owners[k] < 0:
            continue
        size = len(b.text)
        total += size
        if (
            size >= _GALLERY_LINE
            and b.link_density < _TEXT_LINKS
            and any(label in _CAPTION_LABELS for label in eff[owners[k]])
            and not _set_aside(page, owners[k], chain)
        ):
            captions.append(k)
            caption_text += size
    if len(captions) >= _GALLERY_CAPTIONS and caption_text >= _GALLERY_SHARE * total:
        return set(captions)
    return set()


def analyse(
    page: Page,
    title: str | None,
    article_body: str | None = None,
    description: str | None = None,
) -> tuple[Block, ...]:
    """Blocks with hints: element labels, ``content``/``outside`` and why, ``title``.

    ``article_body`` (the page's JSON-LD ``articleBody``) brings back blocks of the
    article that the container choice left out; ``description`` (the page's own
    summary) tells its dek from a teaser box under the headline.
    """
    n_el = len(page.tags)
    blocks = page.blocks
    negative = [False] * n_el
    best = _choose_container(page, negative)
    best, entries = _link_post(page, best, negative)
    parents = page.parents
    labels = page.labels
    chain: set[int] = set()
    e = best
    while e >= 0:
        chain.add(e)
        e = parents[e]
    # Prefix sums of block lengths: the text length of any element in constant time.
    upto = [0]
    for b in blocks:
        upto.append(upto[-1] + len(b.text))
    if best >= 0:
        lo, hi = page.first[best], page.last[best]
    else:
        lo = hi = 0
    # The last paragraph of running text in the container: boxes before it are mid-text.
    last_long = max(
        (
            k
            for k in range(lo, hi)
            if len(blocks[k].text) >= _RUNNING_TEXT
            and page.link_chars[k] < _TEXT_LINKS * len(blocks[k].text)
        ),
        default=-1,
    )
    eff: list[tuple[str, ...]] = [()] * n_el
    for e in range(n_el):
        if e in chain:
            continue
        p = parents[e]
        base = eff[p] if p >= 0 else ()
        own = labels[e]
        if own and not negative[e]:
            # Negative words the scoring overruled (a "sidebar-content" body) are not passed on.
            own = tuple(label for label in own if label not in _NEGATIVE)
        if own and ("figure" in own or any(label in _HEADER_LABELS for label in own)):
            size = upto[page.last[e]] - upto[page.first[e]]
            if "figure" in own and size > _FIGURE_MAX:
                # A <figure> left open around the rest of the article holds no caption.
                own = tuple(label for label in own if label != "figure")
            if size > _LINE_MAX:
                # Bylines, dates and deks are short: a wrapper named after them is not one.
                own = tuple(label for label in own if label not in _HEADER_LABELS)
        if own and "aside" in own and lo <= page.first[e] and page.last[e] <= last_long:
            first, last = page.first[e], page.last[e]
            size = upto[last] - upto[first]
            if (
                _CALLOUT_MIN <= size <= _CALLOUT_MAX
                and last - first <= _CALLOUT_BLOCKS
                and all(
                    blocks[k].tag not in _HEADINGS and blocks[k].link_density < _CALLOUT_LINKS
                    for k in range(first, last)
                )
                and not any(label in _NEGATIVE for label in own if label != "aside")
            ):
                # A box of running text set aside in the article (a note, a definition).
                own = tuple(label for label in own if label != "aside")
        if p >= 0 and page.tags[p] == "li" and page.tags[e] in _BLOCK_TAGS:
            # Text in a list item cut into blocks of its own (<li><p>…</p></li>): an entry
            # of a list all the same.  (A block of the <li> itself says so by its tag.)
            own = (*own, "item")
        if own:
            new = tuple(label for label in own if label not in base)
            eff[e] = base + new if new else base
        else:
            eff[e] = base
    inside = [lo <= i < hi for i in range(len(blocks))]
    _take_streamed(page, inside, best)

    def good(i: int) -> bool:
        b = blocks[i]
        owner = page.owners[i]
        if b.tag in _TEXT_TAGS or owner < 0:
            return False
        if any(label in _NEGATIVE for label in eff[owner]):
            return False
        return len(b.text) >= 80 and b.link_density < 0.2

    def passed(i: int, step: int) -> bool:
        b = blocks[i]
        owner = page.owners[i]
        if b.tag in _TEXT_TAGS or owner < 0:
            return True
        return any(label in (_PASSED_OVER if step < 0 else _WIDGETS) for label in eff[owner])

    # Second pass: take in article-like blocks right next to the container.
    # Widgets between them are passed over, within the element holding the container.
    host = parents[best] if best >= 0 else -1
    near_lo, near_hi = (page.first[host], page.last[host]) if host >= 0 else (lo, hi)
    for step, stop in ((-1, -1), (1, len(blocks))):
        i = lo - 1 if step < 0 else hi
        skipped = 0
        while i != stop and skipped <= _PASS_MAX:
            if good(i) and (skipped == 0 or near_lo <= i < near_hi):
                inside[i] = True
                skipped = 0
            elif passed(i, step):
                skipped += 1
            else:
                break
            i += step
    related = _related_sections(page, inside)
    related |= {k for k in _related_feeds(page, best) if inside[k]}
    related |= _teaser_run(blocks, inside)
    dated = _dated_feeds(page, inside, related)
    related |= dated
    authored = _author_sections(blocks, inside) - related
    related |= authored
    for k in related:
        inside[k] = False
    # Short lines after the last paragraph of running text: calls to action, "related"
    # headings, labels of widgets that share the container.
    tail: set[int] = set()
    last_text = -1
    for k in range(len(blocks)):
        b = blocks[k]
        if (
            inside[k]
            and len(b.text.encode("utf-8")) >= _TAIL_LINE
            and b.link_density < 0.3
            and b.tag not in _HEADINGS
        ):
            last_text = k
    if last_text >= 0:
        after = [k for k in range(last_text + 1, len(blocks)) if inside[k]]
        if len(after) <= _TAIL_MAX:  # more is a table or a list the text goes on with
            for k in after:
                b = blocks[k]
                if (
                    len(b.text.encode("utf-8")) < _TAIL_LINE
                    and b.tag not in _ITEM_TAGS
                    and not _is_sentence(b.text)
                ):
                    tail.add(k)
        # Calls to action closing the text: "Get a free quote…", "Download our guide…".
        steps = 0
        for k in range(len(blocks) - 1, -1, -1):
            if not inside[k] or k in tail:
                continue
            text = blocks[k].text
            if steps >= _CTA_MAX or len(text) > _CTA_LEN or not _CTA.match(text):
                break
            tail.add(k)
            steps += 1
    # Blocks the page's own articleBody vouches for are article text wherever they sit
    # (unless hidden or in the comments).
    rescued: set[int] = set()
    if article_body and len(article_body) >= _RESCUE_MIN:
        candidates = [
            k
            for k, b in enumerate(blocks)
            if not inside[k]
            and b.tag not in _TEXT_TAGS
            and page.owners[k] >= 0
            and not any(
                label in _STRONG or label in ("hidden", "comment") for label in eff[page.owners[k]]
            )
        ]
        rescued = _in_article_body(blocks, candidates, article_body)
        for k in rescued:
            inside[k] = True
    # The title: the headline block that matches the page's title, nearest before the text.
    title_at = -1
    title_key = _key(title) if title else ""
    first_in = next((k for k, flag in enumerate(inside) if flag), len(blocks))
    for k, b in enumerate(blocks):
        if b.tag in _TEXT_TAGS:
            continue
        is_head = b.tag in _HEADINGS or "headline" in labels[page.owners[k]]
        if is_head and title_key and _same_title(b.text, title_key):
            if title_at < 0 or k <= first_in:
                title_at = k
            if k >= first_in:
                break
    if title_at < 0:
        for k in range(first_in, min(first_in + 3, len(blocks))):
            if blocks[k].tag == "h1":
                title_at = k
                break
    header: set[int] = set()
    deks: set[int] = set()
    description_key = _key(description) if description else ""
    if 0 <= title_at < first_in:
        for k in range(title_at + 1, first_in):
            own = eff[page.owners[k]] if page.owners[k] >= 0 else ()
            if any(label in _HEADER_LABELS for label in own) and len(blocks[k].text) <= 300:
                header.add(k)
            elif not any(label in _NEGATIVE for label in own) and looks_like_byline(blocks[k].text):
                header.add(k)  # "Par Claire Martin 12 septembre 2024" in a plain meta box
            elif (
                k == title_at + 1
                and description_key
                and _key(blocks[k].text) == description_key
                and all(label == "related" for label in own if label in _NEGATIVE)
            ):
                # The page's own summary right under its headline, outside the text's
                # container in a box of its own, unnamed or named like a list of teasers
                # ("article-teaser"): the dek, not a teaser for another page.
                deks.add(k)

    # Section headings whose own names sound like boilerplate: ids made from their words
    # ("why-is-it-so-popular") mark them 'related'; running text right under them says otherwise.
    def plain(e: int) -> bool:
        return e < 0 or not any(label in _NEGATIVE for label in eff[e])

    section_heads: set[int] = set()
    for k in range(len(blocks) - 1):
        owner, nxt = page.owners[k], blocks[k + 1]
        if (
            inside[k]
            and inside[k + 1]
            and blocks[k].tag in _HEADINGS
            and owner >= 0
            and not plain(owner)
            and plain(page.parents[owner])
            and len(nxt.text) >= _RUNNING_TEXT
            and nxt.link_density < _TEXT_LINKS
            and page.owners[k + 1] >= 0
            and plain(page.owners[k + 1])
        ):
            section_heads.add(k)
    boxes = _button_boxes(page, upto, chain, inside, eff)
    faq = _accordion(blocks, eff, page.owners, inside)
    filler = _placeholders(page, upto, chain, eff)
    cells = _data_boxes(page, inside, chain)
    gallery = _gallery_captions(page, inside, eff, chain)
    read_more = _read_more_boxes(page, inside, chain)
    out: list[Block] = []
    for k, b in enumerate(blocks):
        owner = page.owners[k]
        hints = eff[owner] if owner >= 0 else ()
        if k in filler and b.tag not in _TEXT_TAGS:
            hints = (*hints, "placeholder")
        elif k == title_at:
            hints = ("content", "title")
        elif k in deks:
            hints = ("dek", "content")
        elif k in header:
            hints = (*(label for label in hints if label in _HEADER_LABELS), "content")
        elif k in rescued:
            hints = (*(label for label in hints if label not in _NEGATIVE), "content")
        elif k in authored:
            hints = (*hints, "outside", "why:under an 'About the author' heading")
        elif k in dated:
            hints = (
                *hints,
                "teaser_feed",
                "outside",
                "why:a feed of dated teasers of other stories",
            )
        elif k in related:
            hints = (*hints, "outside", "why:under a heading of related or recommended content")
        elif k in tail:
            hints = (*hints, "outside", "why:a short line after the end of the text")
        elif k in boxes:
            hints = (*hints, "button_box")
        elif inside[k]:
            if k in cells:
                hints = (*hints, cells[k])
            elif k in read_more:
                hints = (*hints, "read_more")
            if k in section_heads:
                hints = tuple(label for label in hints if label not in _NEGATIVE)
            elif k in faq:
                hints = tuple(label for label in hints if label not in _FOLDED)
            elif k in gallery:
                hints = tuple(label for label in hints if label not in _CAPTION_LABELS)
            if k in entries:
                hints = (*hints, "linked_entry")
            hints = (*hints, "content")
        else:
            hints = (*hints, "outside", "why:not in the article's text container")
        out.append(b.with_hints(hints))
    return tuple(out)


# ----------------------------------------------------------------- assembly


def _header_removed(block: Block, rule: str, reason: str) -> Removed:
    return Removed(
        start=block.start,
        end=block.end,
        text=block.text,
        rule=rule,
        category=Category.METADATA,
        reason=reason,
    )


_BIO_TAIL = 4  # paragraphs at the end of the text searched for the author's biography
_BIO_MAX = 800  # characters
_BIO_VERBS = frozenset({"is", "was", "has", "writes", "covers", "lives", "joined", "holds"})


def _author_bios(
    paragraphs: list[Paragraph], authors: tuple[Author, ...]
) -> tuple[list[Paragraph], list[Removed]]:
    """Take out the author's biography ("Jane Doe is a reporter who…") from the end of the text."""
    if not authors or len(paragraphs) <= _BIO_TAIL:
        return paragraphs, []
    starts: list[str] = []
    firsts: list[str] = []
    for author in authors:
        name = author.name.strip()
        if " " in name:
            starts.extend((name, f"About {name}"))
            first = name.split()[0]
            if len(first) >= 3:
                firsts.append(first + " ")
    kept: list[Paragraph] = []
    removed: list[Removed] = []
    tail = len(paragraphs) - _BIO_TAIL
    for k, p in enumerate(paragraphs):
        text = p.text
        bio = False
        if k >= tail and len(text) <= _BIO_MAX:
            if text.startswith(tuple(starts)):
                bio = True
            else:
                for first in firsts:
                    if text.startswith(first):
                        word = text[len(first) :].split(" ", 1)[0]
                        bio = word in _BIO_VERBS
                        break
        if bio:
            removed.append(
                Removed(
                    start=p.start,
                    end=p.end,
                    text=text,
                    rule="structure.author_bio",
                    category=Category.CREDIT,
                    reason="the author's biography below the text",
                )
            )
        else:
            kept.append(p)
    return kept, removed


_CAPTION_MAX = 160  # characters of a caption line before its credit
_CAPTION_ENDS = (".", "!", "?", "…", ":", ";")


def _credited_captions(
    kept: tuple[Block, ...], removed: tuple[Removed, ...], source: str
) -> tuple[tuple[Block, ...], list[Removed]]:
    """Short lines that ended in a photo credit ("Protesters in Hong Kong (Image: Getty)").

    On a page such a line is an image caption, unless it reads as a sentence.
    """
    credited = {r.start for r in removed if r.rule == "credits.caption_suffix"}
    if not credited:
        return kept, []
    out: list[Block] = []
    found: list[Removed] = []
    for block in kept:
        text = block.text
        after = block.end
        while after < len(source) and source[after] in " \t":
            after += 1
        if (
            after in credited
            and len(text) <= _CAPTION_MAX
            and "title" not in block.hints
            and not text.endswith(_CAPTION_ENDS)
        ):
            found.append(
                Removed(
                    start=block.start,
                    end=block.end,
                    text=text,
                    rule="page.caption",
                    category=Category.CREDIT,
                    reason="an image caption: the line ended in a photo credit",
                )
            )
        else:
            out.append(block)
    return tuple(out), found


def parse_page(text: str, rules: RuleSet, *, quotes: bool) -> Article:
    """The whole HTML pipeline: scan, metadata, analysis, rules, structure, quotes.

    A page whose article is all in ``<noscript>`` (a blog that renders its posts with
    a script) is read again with that text shown when the first reading finds little.
    """
    page = scan_page(text)
    article = _parse_page(page, rules, quotes=quotes)
    found = _text_size(article)
    hidden = page.noscript_chars
    if found < _SHORT_ARTICLE and hidden > found and hidden + found >= _SHORT_ARTICLE:
        shown = _parse_page(scan_page(text, noscript=True), rules, quotes=quotes)
        if _text_size(shown) >= _SHORT_ARTICLE and _text_size(shown) > 2 * found:
            return shown
    return article


_SHORT_ARTICLE = 400  # characters of text: less, and the page may hide it in <noscript>


def _header_date(text: str) -> bool:
    """A line of the header that only dates the article ("Jun 24, 2024 - 17 min read").

    Words beyond those of a date make a sentence ("Published in 1998, the novel sold
    five million copies."), the opening of the text, not a date line.
    """
    if META_LINE.fullmatch(text) is None or not any(ch.isdigit() for ch in text):
        return False
    stray = [w for w in _WORD.findall(text.lower()) if not _DATE_WORD.fullmatch(w)]
    return len(stray) <= _DATE_STRAY


_WORD = regex.compile(r"[^\W\d_]{3,}", regex.VERSION1)
_DATE_WORD = regex.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*"
    r"|updated?|published|posted|last|first|modified|on|at|and|the|ago|mins?|minutes?"
    r"|hours?|hrs?|days?|read|reading|time|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest|ist",
    regex.VERSION1,
)
_DATE_STRAY = 2  # other words of a date line: an author's handle, a place ("by admin")


def _in_header(body: list[Block]) -> bool:
    """Whether the article's header may go on: no body yet, or only a kicker line or two."""
    return len(body) <= _KICKERS and all(len(b.text) <= _KICKER for b in body)


_KICKERS = 2  # short lines ("Review", "Analysis") the header may hold before its byline
_KICKER = 40  # characters


def _text_size(article: Article) -> int:
    return sum(len(p.text) for p in article.paragraphs)


def _parse_page(page: Page, rules: RuleSet, *, quotes: bool) -> Article:
    meta = read_metadata(page.meta)
    blocks = analyse(page, meta.title or meta.headline, meta.article_body, meta.description)
    source = page.source
    page_rules = with_page_rules(rules)
    kept, removed = run_rules(page_rules, blocks, source, kind="html")
    extra: list[Removed] = []
    if "page.caption" in page_rules.names and page_rules.is_enabled("page.caption"):
        kept, captions = _credited_captions(kept, removed, source)
        extra.extend(captions)
    title: Span | None = None
    dek: Span | None = None
    bylines: list[Byline] = []
    body: list[Block] = []
    description_key = _key(meta.description) if meta.description else ""
    running = False  # a paragraph of running text is in the body
    for block in kept:
        hints = block.hints
        if "title" in hints and title is None:
            title = Span(text=block.text, start=block.start, end=block.end)
            continue
        if _in_header(body) and len(block.text) <= 300:
            if len(block.text) <= 120 and ("date" in hints or _header_date(block.text)):
                extra.append(
                    _header_removed(
                        block, "structure.header_date", "date or time in the article header"
                    )
                )
                continue
            if ("byline" in hints or "author" in hints or looks_like_byline(block.text)) and len(
                block.text
            ) <= 200:
                byline = parse_byline(block.text, block.start)
                if byline.authors:
                    bylines.append(byline)
                else:
                    extra.append(
                        _header_removed(
                            block, "structure.header_byline", "author line in the article header"
                        )
                    )
                continue
            if (
                dek is None
                and not body
                and (
                    "dek" in hints
                    or (
                        block.tag != "p" and description_key and _key(block.text) == description_key
                    )
                )
            ):
                dek = Span(text=block.text, start=block.start, end=block.end)
                continue
        if not running and is_by_line(block.text):
            # "By Jane Doe and John Roe" under a short standfirst, before the text.
            byline = parse_byline(block.text, block.start)
            if byline.authors:
                bylines.append(byline)
                continue
        body.append(block)
        running = running or len(block.text) >= _RUNNING_TEXT  # the text has begun
    dateline, found_paragraphs = body_paragraphs(body)
    paragraphs = list(found_paragraphs)
    title_text = title.text if title is not None else meta.title
    authors = page_authors(
        tuple(
            attrs.evolve(
                c, in_article=0 <= c.block < len(blocks) and "content" in blocks[c.block].hints
            )
            for c in meta.author_candidates
        )
        + header_lines(blocks),
        bylines=tuple(bylines),
        site_name=meta.site_name,
    )
    paragraphs, bios = _author_bios(paragraphs, authors)
    extra.extend(bios)
    quote_spans, other = (
        extract_quotes(source, tuple(paragraphs), title, dek) if quotes else ((), ())
    )
    return Article(
        source=source,
        kind="html",
        title=title_text,
        title_span=title,
        dek=dek.text if dek is not None else None,
        dek_span=dek,
        bylines=tuple(bylines),
        authors=authors,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        quotes=quote_spans,
        other_quoted=other,
        removed=tuple(sorted((*removed, *extra), key=lambda r: (r.start, r.end))),
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        language=meta.language,
        canonical_url=meta.canonical_url,
    )
