"""Page metadata: title, description, authors, dates, site name, language, canonical URL.

Read from what the page states about itself, strongest source first: JSON-LD
(``NewsArticle`` and kin), then Open Graph and ``article:*`` properties, then
plain ``<meta>`` names, ``<link rel=canonical>``, ``<html lang>`` and
``<time datetime>``.  Nothing here looks at the visible text except the
``<title>`` element.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import attrs
import regex

from newsparse._page_authors import AuthorCandidate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsparse._html import RawMeta

__all__ = ["PageMeta", "parse_datetime", "read_metadata", "strip_site_suffix"]

_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "Review",
        "WebPage",
        "ItemPage",
        "MedicalWebPage",
        "Recipe",
        "HowTo",
    ]
)
_TITLE_SEP = regex.compile(r"\s+[|–—·•»-]\s+|\s*\|\s*")
_ISO = regex.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class PageMeta:
    title: str | None = None
    headline: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    article_body: str | None = None
    #: Every author statement of the page's metadata, strongest kind first.
    author_candidates: tuple[AuthorCandidate, ...] = ()


def parse_datetime(text: str) -> dt.datetime | None:
    """An ISO 8601 date or date-time; timezone-aware when the text gives a zone."""
    m = _ISO.search(text.strip()[:64])
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
    tz: dt.tzinfo | None = None
    zone = m[7]
    if zone:
        if zone.upper() == "Z":
            tz = dt.UTC
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
            if offset >= dt.timedelta(hours=24):
                return None
            tz = dt.timezone(sign * offset)
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def _walk_jsonld(value: object) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document (``@graph`` and nesting included), iteratively."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower()}
    if isinstance(kind, list):
        return {k.lower() for k in kind if isinstance(k, str)}
    return set()


def _text(value: object) -> str | None:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        name = _text(value)
        return [name] if name and not name.startswith(("http://", "https://")) else []
    if isinstance(value, dict):
        name = _text(value.get("name"))
        return [name] if name else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _article_objects(raw: RawMeta) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for doc in raw.jsonld:
        try:
            data = json.loads(doc, strict=False)
        except ValueError:
            continue
        found.extend(obj for obj in _walk_jsonld(data) if _types(obj) & _ARTICLE_TYPES)
    # Articles before pages, richer objects first.
    found.sort(key=lambda o: ("webpage" in _types(o) or "itempage" in _types(o), -len(o)))
    return found


_AUTHOR_META = (
    "author",
    "article:author",
    "og:author",
    "book:author",
    "dc.creator",
    "dcterms.creator",
    "dc:creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "cxenseparse:author",
    "analytics-author",
)
# Labels of an author value in card metadata ("Written by", "Verfasst von").
_WRITTEN_BY = regex.compile(
    r"(?:written|posted|authored|published)\s+by|verfasst\s+von|geschrieben\s+von|escrito\s+por"
    r"|[ée]crit\s+par|scritto\s+da|geschreven\s+door|auth?or(?:in|e)?",
    regex.IGNORECASE,
)
# A description that opens with its byline or says who wrote it: "By Jane Doe  The…",
# "Posted by Jane Doe - Team", "This post was written by Jane Doe, MD."
_DESCRIPTION_CUE = regex.compile(
    r"^\s*by\s|\b(?:posted|written|verfasst|geschrieben)\s+(?:by|von)\s", regex.IGNORECASE
)
_DESCRIPTION_END = regex.compile(r"\s{2,}|\n|\s[-–—|]\s|(?<=\p{Ll}{2})\.(?:\s|$)")
_DESCRIPTION_SPAN = 160  # characters after the cue read as the byline


def _description_byline(raw: RawMeta) -> list[AuthorCandidate]:
    """The byline a page description opens with or states, as a ``description`` candidate."""
    for key in ("description", "og:description", "twitter:description"):
        for value in raw.meta.get(key, ())[:1]:
            cue = _DESCRIPTION_CUE.search(value)
            if cue is None:
                continue
            rest = value[cue.start() : cue.end() + _DESCRIPTION_SPAN]
            end = _DESCRIPTION_END.search(rest, cue.end() - cue.start())
            return [AuthorCandidate(text=rest[: end.start() if end else None], kind="description")]
    return []


_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "organisation"})


def _ld_people(value: object, ids: dict[str, dict[str, Any]]) -> list[AuthorCandidate]:
    """``author``/``creator`` values as candidates: strings, objects, lists, ``@id`` references."""
    found: list[AuthorCandidate] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        obj = item
        if isinstance(item, str) and item in ids:
            obj = ids[item]
        if isinstance(obj, dict) and "name" not in obj and isinstance(obj.get("@id"), str):
            obj = ids.get(obj["@id"], obj)
        if isinstance(obj, str):
            name = _text(obj)
            if name:
                found.append(AuthorCandidate(text=name, kind="jsonld"))
        elif isinstance(obj, dict):
            name = obj.get("name")
            if isinstance(name, list):
                name = ", ".join(n for n in name if isinstance(n, str))
            if not isinstance(name, str) or not name.strip():
                given, family = obj.get("givenName"), obj.get("familyName")
                name = " ".join(n for n in (given, family) if isinstance(n, str))
            name = " ".join(name.split())
            if name:
                types = _types(obj)
                kind = "jsonld_org" if types & _ORG_TYPES and "person" not in types else "jsonld"
                found.append(AuthorCandidate(text=name, kind=kind))
    return found


def _author_candidates(raw: RawMeta) -> tuple[AuthorCandidate, ...]:
    """What the page's metadata says about its authors, each statement with its source kind."""
    ids: dict[str, dict[str, Any]] = {}
    articles: list[dict[str, Any]] = []
    for doc in raw.jsonld:
        try:
            data = json.loads(doc, strict=False)
        except ValueError:
            continue
        for obj in _walk_jsonld(data):
            key = obj.get("@id")
            if isinstance(key, str) and len(obj) > 1:
                ids.setdefault(key, obj)
            if _types(obj) & _ARTICLE_TYPES:
                articles.append(obj)
    articles.sort(key=lambda o: ("webpage" in _types(o) or "itempage" in _types(o), -len(o)))
    found: list[AuthorCandidate] = []
    for obj in articles:
        people = _ld_people(obj.get("author"), ids) or _ld_people(obj.get("creator"), ids)
        if people:
            found.extend(people)
            break
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and "name" not in publisher:
            publisher = ids.get(str(publisher.get("@id")), publisher)
        name = _text(publisher) if isinstance(publisher, dict | str) else None
        if isinstance(publisher, dict) and "person" in _types(publisher):
            break  # a personal site: its owner is no organisation to tell apart from authors
        if name:
            found.append(AuthorCandidate(text=name, kind="publisher"))
            break
    for key in _AUTHOR_META:
        found.extend(
            AuthorCandidate(text=" ".join(v.split()), kind="meta", key=key)
            for v in raw.meta.get(key, ())
        )
    found.extend(
        AuthorCandidate(text=v, kind="twitter") for v in raw.meta.get("twitter:creator", ())
    )
    # Card label/value pairs: ``twitter:label1`` "Written by", ``twitter:data1`` the name.
    for n in range(1, 5):
        labels = raw.meta.get(f"twitter:label{n}", ())
        if labels and _WRITTEN_BY.fullmatch(labels[0].strip()):
            found.extend(
                AuthorCandidate(text=v, kind="meta", key="twitter:data")
                for v in raw.meta.get(f"twitter:data{n}", ())[:1]
            )
    found.extend(_description_byline(raw))
    found.extend(AuthorCandidate(text=a, kind="rel") for a in raw.author_links)
    found.extend(raw.author_marks)
    return tuple(found)


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """``"Story headline | Site"`` → ``"Story headline"``: drop a trailing (or leading) site name."""
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title
    head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
    lead, rest = title[: seps[0].start()], title[seps[0].end() :]
    if site_name:
        key = site_name.casefold()
        if tail and (key in tail.casefold() or tail.casefold() in key):
            return head
        if lead and (key in lead.casefold() or lead.casefold() in key):
            return rest
        return title
    # No known site name: drop the last part when it is short and the rest is long.
    if len(tail.split()) <= 4 and len(head) > 2 * len(tail):
        return head
    return title


def _first(raw: RawMeta, *keys: str) -> str | None:
    for key in keys:
        values = raw.meta.get(key)
        if values:
            text = _text(values[0])
            if text:
                return text
    return None


def _language(raw: RawMeta, ld: list[dict[str, Any]]) -> str | None:
    for obj in ld:
        lang = _text(obj.get("inLanguage"))
        if lang:
            return lang.replace("_", "-")
    lang = raw.lang or _first(raw, "content-language", "og:locale", "language", "dc.language")
    if not lang:
        return None
    lang = lang.strip().split(",")[0].strip().replace("_", "-")
    return lang or None


def read_metadata(raw: RawMeta) -> PageMeta:
    """Interpret the raw metadata of a page."""
    ld = _article_objects(raw)
    site_name = _first(raw, "og:site_name", "application-name", "twitter:app:name:iphone")
    headline = None
    description = None
    authors: list[str] = []
    published = modified = None
    canonical = None
    body = None
    for obj in ld:
        headline = headline or _text(obj.get("headline")) or _text(obj.get("name"))
        description = description or _text(obj.get("description"))
        if not authors:
            authors = _names(obj.get("author")) or _names(obj.get("creator"))
        published = published or _text(obj.get("datePublished")) or _text(obj.get("dateCreated"))
        modified = modified or _text(obj.get("dateModified"))
        if site_name is None:
            site_name = (
                _text(obj.get("publisher")) if isinstance(obj.get("publisher"), dict) else None
            )
        if canonical is None:
            page = obj.get("mainEntityOfPage")
            canonical = _text(page.get("@id") if isinstance(page, dict) else page) or None
        if body is None and isinstance(obj.get("articleBody"), str):
            body = obj["articleBody"]
    if not authors:
        for key in (
            "author",
            "article:author",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
            "byl",
        ):
            for value in raw.meta.get(key, ()):
                if not value.startswith(("http://", "https://")):
                    authors.append(" ".join(value.split()))
            if authors:
                break
    if not authors:
        authors = [a for a in dict.fromkeys(raw.author_links) if a]
    published = published or _first(
        raw,
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
    )
    if published is None and raw.times:
        published = raw.times[0]
    modified = modified or _first(
        raw,
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "last-modified",
        "dcterms.modified",
    )
    if canonical is None or not canonical.startswith(("http://", "https://")):
        canonical = raw.canonical or _first(raw, "og:url") or canonical
    title = _first(raw, "og:title", "twitter:title") or headline
    if title is None and raw.head_title:
        title = strip_site_suffix(raw.head_title, site_name)
    if title and site_name:
        title = strip_site_suffix(title, site_name)
    return PageMeta(
        title=title,
        headline=headline,
        description=_first(raw, "og:description", "description", "twitter:description")
        or description,
        authors=tuple(dict.fromkeys(authors)),
        published=parse_datetime(published) if published else None,
        modified=parse_datetime(modified) if modified else None,
        site_name=site_name,
        language=_language(raw, ld),
        canonical_url=canonical,
        article_body=body,
        author_candidates=_author_candidates(raw),
    )
