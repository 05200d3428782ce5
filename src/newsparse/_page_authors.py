"""The authors of a page, from everything the page says about them.

A page credits its authors in several places at once: JSON-LD (``author`` and
``creator``), ``<meta>`` tags, ``rel=author`` links, ``itemprop=author``
elements, byline elements (class or id ``byline``/``author``/``writer``) and
the visible "By …" line under the title.  Each place yields
:class:`AuthorCandidate` values; :func:`page_authors` reads each one with
:func:`~newsparse._bylines.parse_byline`, drops what is not a name (URLs,
handles, e-mail addresses, "Staff"), and picks the most trustworthy source
that credits a person, keeping every author it names.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse import _byline_lexicon as lex
from newsparse._bylines import looks_like_byline, parse_byline
from newsparse._model import Author, Byline

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse._blocks import Block

__all__ = ["AuthorCandidate", "header_lines", "page_authors"]


@attrs.frozen(kw_only=True)
class AuthorCandidate:
    """One statement of a page about its author(s), as found.

    ``kind`` names the source: ``"jsonld"`` (a JSON-LD person or name),
    ``"jsonld_org"`` (a JSON-LD organisation), ``"meta"`` (an author-like
    ``<meta>``; ``key`` is its name), ``"twitter"`` (``twitter:creator``),
    ``"rel"`` (a ``rel=author`` link's text), ``"itemprop"`` (an
    ``itemprop=author`` element's text), ``"itemprop_name"`` (its nested
    ``itemprop=name``), ``"element"`` (a byline/author class or id) or
    ``"byline"`` (a byline line of the article header).  ``context`` holds the
    page-structure labels of a visible element and its ancestors, and
    ``block`` is the index of the block its text starts in (``-1``: not
    visible) and ``in_article`` whether that block is part of the article.
    """

    text: str
    kind: str
    key: str = ""
    context: tuple[str, ...] = ()
    block: int = -1
    in_article: bool = False


# Sources from most to least trustworthy; each entry is one source, read as a whole.
_STRUCTURED = frozenset({"jsonld", "jsonld_org", "meta", "rel", "itemprop_name", "twitter", "link"})
_MAX_ELEMENT_CHARS = 200  # longer author elements are bios and boxes, not bylines
_URL = regex.compile(r"(?:https?:|www\.)\S*|\S+\.(?:com|org|net|html?)/\S*", regex.IGNORECASE)
_NOT_NAME = regex.compile(r"[@<>{}\[\]=|/\\]|^\W*$|\d{3}")
_BARE_NAME = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}_'’.\-]*(?:\s+\p{L}[\p{L}\p{M}'’.\-]*){0,3}")
_HANDLE = regex.compile(r"\p{L}[\p{L}\p{N}_.\-]{1,29}")  # a user name: "jdoe", "r2d2"
_HANDLE_MARK = regex.compile(r"[\d_]")
# A user name between a cue and a date or separator: "von lupa am 26/10/13", "by r23 » …".
_HANDLE_LINE = regex.compile(
    r"(?:\w+\s*)?(?<!\w)(?:von|by|par|por|door)\s+(\p{L}[\p{L}\p{N}_.\-]{1,29})"
    r"\s*(?:\s(?:am|on|le|el|um|at|il)\s|[»·|•—–]|,?\s*\d)",
    regex.IGNORECASE,
)
_GENERIC = frozenset(
    {
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "author",
        "guest",
        "anonymous",
        "unknown author",
        "user",
        "webmaster",
        "none",
        "null",
        "undefined",
        "name",
        "reporter",
        "writer",
        "contributor",
        "correspondent",
        "autor",
        "here",
    }
)
# Words of link and button labels caught by author markup ("View my complete profile").
_JUNK = frozenset(
    {
        "profile",
        "profil",
        "login",
        "anmelden",
        "registrieren",
        "subscribe",
        "view",
        "afficher",
        "copyright",
        "password",
        "passwort",
        "settings",
        "einstellungen",
        "account",
        "konto",
        "kontakt",
        "contact",
        "mehr",
        "alles",
        "weiterlesen",
        "ログイン",  # log in
        "会員登録",  # sign up
        "新規登録",  # register
    }
)


_NON_WORD = regex.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A name for comparison: no case, accents, punctuation or middle initials.

    Pure; memoised: the choice of authors compares each name several times.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [w for w in _NON_WORD.split(text) if w]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


_JUNK_KEYS = frozenset(_key(word) for word in _JUNK)


# A label glued to the name by markup that put them in separate boxes: "AuthorJane Doe".
_GLUED_LABEL = regex.compile(r"^\s*(Author|Autor(?:in)?|Auteur|Autore)(?=\p{Lu}\p{Ll})")


def _names(candidate: AuthorCandidate) -> list[Author]:
    """The authors one candidate names; bare handles and one-word names only from metadata."""
    return list(_read_names(candidate))


@functools.lru_cache(maxsize=1024)
def _read_names(candidate: AuthorCandidate) -> tuple[Author, ...]:
    """:func:`_names`, read once per candidate (the choice asks about some several times)."""
    text = candidate.text.strip()
    if candidate.kind == "element":
        if len(text) > _MAX_ELEMENT_CHARS:
            return ()
        lines = text.split("\n")
        if len(lines) > 1:
            # One name a line ("Jane Doe\nJohn Smith"): each line is one author.
            each = [parse_byline(line).authors for line in lines]
            if all(
                len(a) == 1 and a[0].name == line.strip() and " " in a[0].name
                for a, line in zip(each, lines, strict=True)
            ):
                return tuple(a[0] for a in each if _key(a[0].name) not in _GENERIC)
        text = " ".join(text.split())
    if _URL.fullmatch(text) or ("@" in text and " " not in text.strip("@")):
        return ()
    if candidate.kind not in _STRUCTURED:
        text = _GLUED_LABEL.sub(r"\1: ", text, count=1)  # "AuthorJane Doe" → "Author: Jane Doe"
    found = list(parse_byline(text).authors)
    if not found and candidate.kind in ("element", "line_far", "itemprop"):
        handle = _HANDLE_LINE.match(text)
        if handle and not _NOT_NAME.search(handle[1]):
            found = [Author(name=handle[1])]
    if (
        not found
        and candidate.kind in ("element", "itemprop")
        and "byline" in candidate.context
        and _HANDLE.fullmatch(text)
        and (text.islower() or _HANDLE_MARK.search(text) is not None)
    ):
        found = [Author(name=text)]
    if not found and candidate.kind in _STRUCTURED:
        bare = _URL.sub(" ", text).strip(" -,;:")
        if _BARE_NAME.fullmatch(bare) and not _NOT_NAME.search(bare):
            found = [Author(name=bare)]
    return tuple(
        a
        for a in found
        if _key(a.name)
        and _key(a.name) not in _GENERIC
        and "By " not in a.name
        and _JUNK_KEYS.isdisjoint(_key(a.name).split())
        and (candidate.kind in _STRUCTURED or not _is_role(a.name))
        and (candidate.kind in _STRUCTURED or len(a.name.split()) <= _MAX_NAME_WORDS)
    )


_MAX_NAME_WORDS = 6  # a longer "name" from a visible element is a list of tags or topics


# Job titles beyond the lexicon's, as author boxes print them under the name.
_ROLE_EXTRA = frozenset({"gardener", "controller", "astrologer", "bookkeeper", "accountant"})
_ROLE_EXTRA_SUFFIXES = ("leiter", "leiterin")


def _is_role(name: str) -> bool:
    """A job title read as a name: "UCaaS Researcher", "Event Coordinator", "Gardener"."""
    words = name.casefold().split()
    if len(words) == 1 and name[:1].isupper():
        return words[0] not in lex.DESK_WORDS and (
            words[0] in lex.ROLE_HEADS or words[0] in _ROLE_EXTRA
        )
    if len(words) == 2 and words[0].endswith(_ROLE_EXTRA_SUFFIXES) and words[1] in _FUNCTION:
        return True  # "Projektleiterin der …" cut short
    return len(words) >= 2 and (
        words[-1] in lex.ROLE_HEADS
        or words[-1] in _ROLE_EXTRA
        or words[-1].endswith(lex.ROLE_HEAD_SUFFIXES + _ROLE_EXTRA_SUFFIXES)
    )


_FUNCTION = frozenset({"der", "des", "die", "of", "the", "du", "de", "la"})


_DOMAIN = regex.compile(r"\w\.(?:[a-z]{2,6})$")


# Last words of organisations beyond the lexicon's outlet words ("MIT News Office").
_ORG_LAST = frozenset({"office", "department", "ministry", "verband", "verlag", "stiftung"})


def _is_org(name: str, orgs: set[str], *, desks: bool = True) -> bool:
    """The site or another organisation: its name, a domain, a desk, an outlet word at the end.

    With ``desks=False`` a desk ("Ars Staff", "Gear Team") that is not the site
    itself is a credited author, as metadata that names one means it.
    """
    key = _key(name)
    padded = f" {key} "
    if key in orgs or any(f" {o} " in padded or padded in f" {o} " for o in orgs):
        return True
    words = name.casefold().split()
    return bool(
        _DOMAIN.search(name)
        or (words[-1] in lex.ORG_WORDS and (desks or words[-1] not in lex.DESK_WORDS))
        or (len(words) > 1 and words[-1] in _ORG_LAST)
        or ((desks or len(words) == 1) and any(w in lex.DESK_WORDS for w in words))
    )


def _case_score(name: str) -> int:
    """Mixed case beats all capitals beats all lower case."""
    if name.isupper():
        return 1
    if name.islower():
        return 0
    return 2


_NEGATIVE = frozenset(
    {"comment", "related", "aside", "nav", "footer", "hidden", "dialog", "ad", "newsletter"}
)


def _source_of(candidate: AuthorCandidate) -> str:
    kind = candidate.kind
    if kind in ("line", "line_far"):
        return kind
    if kind in ("element", "itemprop", "link"):
        if any(label in _NEGATIVE for label in candidate.context):
            return kind + "_aside"
        return kind if candidate.in_article else kind + "_out"
    return kind


def _element_names(found: list[tuple[AuthorCandidate, list[Author]]]) -> list[Author]:
    """The first element that names someone, and the short elements on its line and the next.

    Author lists are often one element per author, on one line or one line each.
    """
    start = next((k for k, (_, names) in enumerate(found) if names), -1)
    if start < 0:
        return []
    lead, lead_names = found[start]
    out = list(lead_names)
    last = lead.block
    listed = lead.kind == "element" and _bare(lead, lead_names)
    for c, names in found[start + 1 :]:
        if c.block < 0 or len(c.text) > _LINE_ELEMENT or not names:
            continue
        if c.block == lead.block or (
            listed and lead.block < c.block <= last + 1 and _bare(c, names)
        ):
            out.extend(names)
            last = max(last, c.block)
    return out


def _bare(candidate: AuthorCandidate, names: list[Author]) -> bool:
    """An element that holds one name and little else ("Jane Doe", "Jane Doe1 ;")."""
    return len(names) == 1 and len(candidate.text) <= len(names[0].name) + 4


_ORDER = (
    "description",
    "jsonld",
    "meta",
    "itemprop_name",
    "byline",
    "line",
    "itemprop",
    "rel",
    "element",
    "link",
    "itemprop_out",
    "element_out",
    "link_out",
    "itemprop_aside",
    "element_aside",
    "line_far",
    "line_dated",
    "signature",
    "mono",
    "twitter",
    "link_aside",
)
_OWNER = frozenset({"my", "your", "our", "mein", "meine", "dein", "deine", "unser", "unsere"})
_FULL_LISTS = ("byline", "element", "line", "link", "itemprop")
_ELEMENTS = frozenset(
    f"{kind}{place}" for kind in ("element", "itemprop", "link") for place in ("", "_out", "_aside")
) | {"line"}


_LINE_ELEMENT = 80  # characters: an element this short can be one author of a list
_HEADER_SPAN = 12  # blocks after the title searched for a "By …" line
_MARKUP = "#markup"


# A line that labels its names as the writers: "Autor: Jane Doe", "Posted by jdoe".
_LABEL_LINE = regex.compile(
    r"(?:(?:posted|written|published|geschrieben|verfasst|erstellt|eingestellt|gespeichert"
    r"|veröffentlicht|publié|publicado|escrito)\s+(?:by|von|par|por)"
    r"|(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|authors?|auteur|autore|verfasser(?:in)?|text|von)"
    r"\s*:)\s*\S"
    r"|(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|author|auteur|autore)\s+(?-i:(?=\p{Lu}\p{Ll}+\s+\p{Lu}))",
    regex.IGNORECASE,
)
# A date before the byline on its line: "03/01/2017 by Jane Doe", "May 5, 2024 | By …".
_DATE_LEAD = regex.compile(
    r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},?\s\d{4})"
    r"\s*[|·•,–—-]?\s*(?=(?:by|von|par|por)\s)",
    regex.IGNORECASE,
)
_CUE_ALONE = regex.compile(
    r"\s*(?:by|von|par|por|door|autor|author|written by)\s*:?\s*", regex.IGNORECASE
)
# A phrase that introduces the writer of the piece: "Eine Kolumne von", "This is a guest post by".
_INTRO_BY = regex.compile(
    r"(?:this\s+(?:is\s+a\s+)?|ein(?:e)?\s+|a\s+)?(?:guest\s+)?(?:blog\s*)?"
    r"(?:kolumne|interview|gastbeitrag|beitrag|kommentar|essay|post|article|column|story)\s+"
    r"(?=(?:by|von)\s)|(?:researched|reported|compiled)\s+(?=by\s)",
    regex.IGNORECASE,
)
_OPENS_WITH_CUE = regex.compile(
    r"\s*(?:(?:written|posted)\s+)?(?:by|von|par|por|door)\s", regex.IGNORECASE
)
# A picture credit under the title: "Jane Doe, The Times/Redux", "(Photo: Jane Doe)".
_PHOTO_LINE = regex.compile(
    r"/\s*(?:redux|getty|shutterstock|istock|alamy|picture[- ]alliance|imago)\b"
    r"|\b(?:photo|foto|bild|image|picture)\s*:|\b(?:getty\s+images|shutterstock)\b",
    regex.IGNORECASE,
)
_BAR = regex.compile(r"\s*\|\s*")
_LABEL_MAX = 120  # characters of a labelled author line


def header_lines(blocks: Sequence[Block]) -> tuple[AuthorCandidate, ...]:
    """Lines that read as bylines: "By Jane Doe" just below the title, "Autor: Jane Doe" anywhere.

    A labelled line further down (kind ``"line_far"``) is read only when no
    stronger source names anyone; lines of comments, asides and navigation do not count.
    """
    title_at = next((k for k, b in enumerate(blocks) if "title" in b.hints), -1)
    if title_at < 0:
        # No title found in the article: the page's first top-level heading.
        title_at = next((k for k, b in enumerate(blocks) if b.tag == "h1"), -1)
    if title_at < 0:
        return tuple(_signature(blocks, -1))
    near = []
    for k in range(title_at + 1, min(title_at + _HEADER_SPAN, len(blocks))):
        b = blocks[k]
        if b.tag == _MARKUP or len(b.text) > _MAX_ELEMENT_CHARS:
            continue
        if _PHOTO_LINE.search(b.text):
            continue
        text = _DATE_LEAD.sub("", b.text, count=1)
        if _CUE_ALONE.fullmatch(text) and k + 1 < len(blocks):
            text = f"{text} {blocks[k + 1].text}"  # "By" and the name in blocks of their own
        byline = looks_like_byline(text)
        if not byline and "|" in text:
            # "Trending | By Jane Doe | April 13, 2020": the piece that is the byline.
            piece = next((p for p in _BAR.split(text) if _OPENS_WITH_CUE.match(p)), None)
            if piece is not None and looks_like_byline(piece):
                text, byline = piece, True
        if byline:
            near.append(
                AuthorCandidate(text=text, kind="line", block=k, in_article="content" in b.hints)
            )
    seen = {c.block for c in near}
    if not near:
        near.extend(_dated_names(blocks, title_at))
    far = []
    for k, b in enumerate(blocks[title_at + 1 :], start=title_at + 1):
        if (
            k in seen
            or b.tag == _MARKUP
            or len(b.text) > _LABEL_MAX
            or any(label in _NEGATIVE for label in b.hints)
        ):
            continue
        text = b.text
        intro = _INTRO_BY.match(text)
        if intro:
            text = text[intro.end() :]  # "Eine Kolumne von Jane Doe" → "von Jane Doe"
        elif not _LABEL_LINE.match(text):
            text = _DATE_LEAD.sub("", text, count=1)
            if not (_OPENS_WITH_CUE.match(text) and looks_like_byline(text)):
                continue
        far.append(
            AuthorCandidate(text=text, kind="line_far", block=k, in_article="content" in b.hints)
        )
    return (*near, *far[:3], *_signature(blocks, title_at))


# Pieces of a header line: "25.10.2022 - Jane Doe", "Jane Doe | 05.04.2025", "Dec 17, 2025Jane Doe".
_PIECE_SEP = regex.compile(r"\s+[-–—|·•/]\s+|\s*[|·•]\s*|(?<=\d)(?=\p{Lu}\p{Ll})")
_NUMERIC_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}")
_WORD = regex.compile(r"[\p{L}.]+")
_DATED_SPAN = 3  # blocks after the title (and one before it) read for "date - name"


def _is_date_piece(text: str) -> bool:
    """A date or time, alone or with a label: "25.10.2022", "Dec 17, 2025", "Update: 5.4.2025"."""
    if not any(ch.isdigit() for ch in text):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    return any(w.casefold().rstrip(".") in lex.DATE_WORDS for w in _WORD.findall(text))


def _only_date(text: str) -> bool:
    pieces = [p for p in _PIECE_SEP.split(text) if p.strip()]
    return len(text) < _SHORT_DATE and bool(pieces) and all(_is_date_piece(p) for p in pieces)


_SHORT_DATE = 40


def _lone_name(text: str) -> Author | None:
    """The one person a short text is the full name of ("Jane Doe", "Julian K. Arni")."""
    text = text.strip(" ,;:")
    if not text or len(text) > _LINE_ELEMENT or len(text.split()) > _LONE_WORDS:
        return None
    if not _person_like(text, set()) or any(
        w.casefold() in _NOT_IN_NAMES for w in text.split() if w[:1].isupper()
    ):
        return None
    found = parse_byline(text).authors
    if len(found) != 1 or found[0].name != text or found[0].role is not None:
        return None
    return found[0]


_LONE_WORDS = 4
# Capitalised words that start a heading or a label, never a name: "Zur Anmeldung", "Read More".
_NOT_IN_NAMES = (
    lex.FUNCTION_WORDS
    | lex.NOISE_WORDS
    | lex.UI_LABELS
    | frozenset({"zur", "zum", "der", "die", "das", "für", "mit", "und", "im", "am", "vom"})
    | frozenset({"la", "le", "les", "el", "los", "las", "del", "au", "aux", "il"})
)


def _dated_names(blocks: Sequence[Block], title_at: int) -> list[AuthorCandidate]:
    """A name beside the date under (or over) the title, without any "By": "25.10.2022 - Jane Doe".

    The name and the date share a line, or the name has a line of its own next
    to a line that is only a date.
    """
    around = [
        k
        for k in range(max(0, title_at - 1), min(title_at + 1 + _DATED_SPAN, len(blocks)))
        if k != title_at and blocks[k].tag != _MARKUP
    ]
    for k in around:
        b = blocks[k]
        if len(b.text) > _LABEL_MAX or any(label in _NEGATIVE for label in b.hints):
            continue
        pieces = [p for p in _PIECE_SEP.split(b.text) if p.strip()]
        names = [_lone_name(p) for p in pieces]
        people = [a for a in names if a is not None]
        if len(people) != 1:
            continue
        rest = [p for p, a in zip(pieces, names, strict=True) if a is None]
        dated = bool(rest) and all(_is_date_piece(p) for p in rest)
        if not rest:
            dated = any(0 <= j < len(blocks) and _only_date(blocks[j].text) for j in (k - 1, k + 1))
        if dated:
            return [AuthorCandidate(text=people[0].name, kind="line_dated", block=k)]
    return []


_SIGNATURE_AFTER = 150  # characters of the paragraph a signature follows


def _signature(blocks: Sequence[Block], title_at: int) -> list[AuthorCandidate]:
    """A name signed under the text: a paragraph that is only a full name, after the body.

    Read only when the page has one such paragraph, and only when no other
    source names anyone.
    """
    shown = [(k, b) for k, b in enumerate(blocks) if k > title_at and b.tag != _MARKUP]
    found = []
    for n in range(1, len(shown)):
        k, b = shown[n]
        prev = shown[n - 1][1]
        after = shown[n + 1][1] if n + 1 < len(shown) else None
        if (
            b.tag in ("p", "div")
            and "content" in prev.hints
            and len(prev.text) >= _SIGNATURE_AFTER
            and not any(label in _NEGATIVE for label in b.hints)
            and not _opens_section(after)
        ):
            name = _lone_name(b.text.strip(" —–-."))
            if name is not None:
                found.append(AuthorCandidate(text=name.name, kind="signature", block=k))
    return found if len(found) == 1 else []


def _opens_section(after: Block | None) -> bool:
    """More of the text follows: the short line was a subheading or a caption, not a signature.

    Footnotes ("(1) …", "* …") may follow a signature.
    """
    return (
        after is not None
        and "content" in after.hints
        and after.text[:1].isalpha()
        and after.tag not in _HEADINGS
    )


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# One name alone in an author element, after a cue or none: "Lars", "vom Krimiblogger".
_MONONYM = regex.compile(
    r"\s*(?:(?i:by|von|vom|par|por|door)\s+)?(\p{Lu}\p{Ll}{2,20})\s*", regex.VERSION1
)
# Cue words and button or link labels that author elements hold besides names.
_NOT_MONONYM = _GENERIC | _JUNK_KEYS | lex.DATE_WORDS | lex.UI_LABELS


def _by_source(
    candidates: tuple[AuthorCandidate, ...], bylines: tuple[Byline, ...]
) -> dict[str, list[Author]]:
    """Every source's authors; each kind of visible element read as :func:`_element_names`."""
    sources: dict[str, list[Author]] = {}
    elements: dict[str, list[tuple[AuthorCandidate, list[Author]]]] = {}
    for c in candidates:
        if c.kind == "publisher":
            continue
        source = _source_of(c)
        if source in _ELEMENTS:
            found = _names(c)
            elements.setdefault(source, []).append((c, found))
            if not found and "byline" in c.context and not source.endswith("_aside"):
                mono = _MONONYM.fullmatch(c.text)
                if mono and _key(mono[1]) not in _NOT_MONONYM and not _is_role(mono[1]):
                    sources.setdefault("mono", []).append(Author(name=mono[1]))
        else:
            sources.setdefault(source, []).extend(_names(c))
    for source, read in elements.items():
        sources[source] = _element_names(read)
    # A header line taken for a byline by its markup alone must say so itself, or name
    # someone another source names too.
    known = {_key(a.name) for found in sources.values() for a in found}
    credited = [
        b
        for b in bylines
        if (looks_like_byline(b.text) or any(_key(a.name) in known for a in b.authors))
        and not _PHOTO_LINE.search(b.text)
    ]
    # Header lines after the first credit editors and reviewers, unless another source
    # names them too.
    sources["byline"] = [
        a
        for k, b in enumerate(credited)
        for a in b.authors
        if not _is_role(a.name) and (k == 0 or _key(a.name) in known)
    ]
    return sources


def _best_spelling(chosen: list[Author], sources: dict[str, list[Author]]) -> tuple[Author, ...]:
    """One author per name, spelt in the best case any source gives."""
    spelling: dict[str, str] = {}
    for found in sources.values():
        for a in found:
            k = _key(a.name)
            if k not in spelling or _case_score(a.name) > _case_score(spelling[k]):
                spelling[k] = a.name
    out: dict[str, Author] = {}
    for author in chosen:
        a = author
        k = _key(a.name)
        words = k.split()
        for n in range(2, len(words)):
            # "Ajay Goel Ajay": a name and a repeat of its own words, read across lines.
            head = " ".join(words[:n])
            if words[n:] == words[:n] or (head in spelling and set(words[n:]) <= set(words[:n])):
                k = head
                a = attrs.evolve(a, name=spelling.get(k, " ".join(a.name.split()[:n])))
                break
        if k not in out:
            name = spelling.get(k, a.name)
            out[k] = a if name == a.name else attrs.evolve(a, name=name)
    return tuple(out.values())


_GROUPED = frozenset({"meta", "rel"})


def _confirmed(
    best: list[Author],
    chosen: str,
    candidates: tuple[AuthorCandidate, ...],
    sources: dict[str, list[Author]],
) -> list[Author]:
    """Drop the meta keys that no other source confirms, when another key is confirmed.

    A page whose ``author`` meta names the publisher ("Condé Nast") and whose
    ``article:author`` names the writer credits the writer: only the writer
    appears anywhere else.
    """
    elsewhere = {_key(a.name) for s, found in sources.items() if s != chosen for a in found}
    keep = {_key(a.name) for a in best}
    by_key: dict[str, set[str]] = {}
    for c in candidates:
        if c.kind != "publisher" and _source_of(c) == chosen:
            by_key.setdefault(c.key if chosen == "meta" else c.text, set()).update(
                _key(a.name) for a in _names(c)
            )
    groups = [g & keep for g in by_key.values() if g & keep]
    if len(groups) < 2 or not any(g <= elsewhere for g in groups):
        return best
    dropped = set().union(*(g for g in groups if not g & elsewhere))
    dropped -= set().union(*(g for g in groups if g & elsewhere))
    return [a for a in best if _key(a.name) not in dropped]


# A statement that is an organisation's: a web address, a legal form, a publishing word.
_ORG_TEXT = regex.compile(
    r"(?:www\.|\w\.(?:com|net|org|de|at|ch|fr|it|es|nl|co\.uk|info)\b)"
    r"|\b(?:gmbh|ag|e\.\s?v\.|inc|ltd|llc|plc|s\.a\.|verlag|magazin|stiftung|verband|office)\b",
    regex.IGNORECASE,
)


def _org_statements(candidates: tuple[AuthorCandidate, ...]) -> set[str]:
    """Names that metadata states as one organisation ("Web Commerce GmbH", "X (www.x.com)")."""
    found: set[str] = set()
    for c in candidates:
        if c.kind in ("meta", "jsonld", "jsonld_org") and _ORG_TEXT.search(c.text):
            names = _names(c)
            if len(names) == 1:
                found.add(_key(names[0].name))
    return found


_METADATA = frozenset({"jsonld", "meta", "itemprop_name"})
_VISIBLE = ("byline", "line", "itemprop", "rel", "element", "link")
_HEADER = ("byline", "line")


def _visible_writer(
    best: list[Author], sources: dict[str, list[Author]], orgs: set[str]
) -> list[Author]:
    """The writer the header byline names, when metadata names someone the page never shows.

    Metadata often credits whoever posted the page (an editor, an account);
    the "By …" line under the title names the writer.
    """
    visible = [a for s in _VISIBLE for a in sources.get(s, [])]
    shown = " | ".join(f" {_key(a.name)} " for a in visible)
    short = {_first_last(a.name) for a in visible}
    if any(
        f" {_key(a.name)} " in shown
        or _first_last(a.name) in short
        or (" " not in a.name.strip() and not _account_like(a.name))
        for a in best
    ):
        return best
    for source in ("meta", "itemprop_name"):
        # Other metadata whose authors the page shows: a second statement of the writers.
        people = [a for a in sources.get(source, []) if not _is_org(a.name, orgs)]
        if people and all(f" {_key(a.name)} " in shown for a in people):
            return people
    for source in _HEADER:
        people = [a for a in sources.get(source, []) if not _is_org(a.name, orgs)]
        if people:
            return people
    if all(_account_like(a.name) for a in best):
        # An account ("jdoe", "LTO") credited by metadata: the full name a visible element shows.
        for source in _VISIBLE:
            people = [
                a
                for a in sources.get(source, [])
                if not _is_org(a.name, orgs) and _person_like(a.name, set())
            ]
            if people:
                return people
    return best


def _first_last(name: str) -> str:
    """First and last word of a name's key: "André Oliver KLEIN" is shown as "André Klein"."""
    words = _key(name).split()
    return f"{words[0]} {words[-1]}" if len(words) > 1 else ""


# A label that credits the editor or a checker, not the writer: "Editor: Jane Doe".
_EDITOR_LABEL = regex.compile(
    r"\s*(?:(?:copy[- ]?|managing\s+|senior\s+)?editor|redaktur|penyunting"
    r"|(?:edited|fact[- ]checked|medically\s+reviewed|reviewed)\s+by|editado\s+por)"
    r"\s*[:：]?\s*(?=\p{Lu})",
    regex.IGNORECASE,
)


def _not_the_editor(
    best: list[Author],
    candidates: tuple[AuthorCandidate, ...],
    sources: dict[str, list[Author]],
    orgs: set[str],
) -> list[Author]:
    """The header byline's writer when metadata names only whom the page labels its editor."""
    edited: set[str] = set()
    for c in candidates:
        if c.block >= 0 and c.kind != "line_far":
            for line in c.text.split("\n"):
                label = _EDITOR_LABEL.match(line)
                if label:
                    rest = line[label.end() :]
                    found = [a.name for a in parse_byline(rest).authors]
                    edited.update(_key(n) for n in found or [rest])
    if not edited or not all(_key(a.name) in edited for a in best):
        return best
    for source in (*_HEADER, "element", "line_dated"):
        people = [
            a
            for a in sources.get(source, [])
            if not _is_org(a.name, orgs) and _key(a.name) not in edited
        ]
        if people:
            return people
    return best


def _account_like(name: str) -> bool:
    """A user name or short code rather than a person's name: "jdoe", "jane.doe", "LTO"."""
    text = name.strip()
    return " " not in text and (text.islower() or (text.isupper() and len(text) <= 4))


def _person_like(name: str, known: set[str]) -> bool:
    """A further author of a list: two to four capitalised words, not a known name and more."""
    words = name.split()
    key = _key(name)
    return (
        2 <= len(words) <= 5
        and all(
            (w[0].isupper() and not (len(w) > 2 and w.isupper())) or w in lex.PARTICLES
            for w in words
        )
        and not any(key.startswith(k + " ") for k in known)
        and not _is_role(name)
    )


def page_authors(
    candidates: tuple[AuthorCandidate, ...],
    *,
    bylines: tuple[Byline, ...] = (),
    site_name: str | None = None,
) -> tuple[Author, ...]:
    """The page's authors: the strongest source that credits a person, every author it names.

    An author whose name is the site's (``og:site_name``, the JSON-LD publisher
    or organisation) is the organisation: it is kept only when no person is
    credited anywhere.
    """
    sources = _by_source(candidates, bylines)
    org_names = sources.pop("jsonld_org", [])
    orgs = {_key(a.name) for a in org_names}
    orgs.update(_key(c.text) for c in candidates if c.kind == "publisher")
    if site_name:
        orgs.add(_key(site_name))
    orgs.discard("")
    orgs.update(_org_statements(candidates))
    best: list[Author] = []
    chosen = ""
    fallback: list[Author] = list(org_names)
    for source in _ORDER:
        found = sources.get(source, [])
        if source == "link_aside":
            # A link beside the article ("YouTube", "My Settings") only as a full name.
            found = [
                a
                for a in found
                if _person_like(a.name, set()) and a.name.split()[0].casefold() not in _OWNER
            ]
        people = [a for a in found if not _is_org(a.name, orgs, desks=source not in _METADATA)]
        if people:
            best = people
            chosen = source
            break
        if not fallback:
            fallback = found
    if best and chosen in _GROUPED:
        best = _confirmed(best, chosen, candidates, sources)
    if best and chosen in _METADATA:
        best = _visible_writer(best, sources, orgs)
        best = _not_the_editor(best, candidates, sources, orgs)
    if len(best) == 1 and " " not in best[0].name.strip():
        # A first name alone ("Linda"): the full name a byline line gives.
        first = best[0].name.casefold()
        full = {
            _key(a.name): a
            for s in ("byline", "line", "line_far")
            for a in sources.get(s, [])
            if a.name.casefold().split()[0] == first and _person_like(a.name, set())
        }
        if len(full) == 1:
            best = list(full.values())
    if best:
        # Another full list that holds every chosen author and more: a multi-author page
        # whose strongest source keeps only the first name.
        keys = {_key(a.name) for a in best}
        # One meta tag that lists several authors counts as a list too.
        statements = [_names(c) for c in candidates if c.kind == "meta"]
        for found in [sources.get(source, []) for source in _FULL_LISTS] + statements:
            people = [a for a in found if not _is_org(a.name, orgs)]
            if (
                len(people) > len(best)
                and keys <= {_key(a.name) for a in people}
                and all(_person_like(a.name, keys) for a in people if _key(a.name) not in keys)
            ):
                best = people
                break
    return _best_spelling(best or fallback, sources)
