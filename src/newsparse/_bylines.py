"""Byline detection and parsing: ``By JANE DOE and John Smith, Associated Press``."""

from __future__ import annotations

import regex

from newsparse._model import Author, Byline

__all__ = ["looks_like_byline", "parse_byline"]

_I = regex.IGNORECASE | regex.VERSION1

_PREFIX = regex.compile(
    r"(?:(?:written|reported|text|story|words|compiled)\s+by|by|von|par|por|door|av|di|de|autor(?:in)?:?|author:?)\s+",
    _I,
)
_DATEISH = regex.compile(
    r"""(?:(?:updated|published|posted|last\s+(?:updated|modified)|modified|am|on)\b.*
      | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*
      | \d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b.*
      | \d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*
      | \d{1,2}:\d{2}.*
      | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b.*
      | \d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago
      | \d+\s+min(?:ute)?s?\s+read
    )""",
    _I | regex.VERBOSE,
)
_AGENCIES = regex.compile(
    r"(?:the\s+)?(?:associated\s+press|ap|reuters|afp|agence\s+france-presse|bloomberg(?:\s+news)?|"
    r"upi|dpa|efe|ansa|kyodo(?:\s+news)?|xinhua|tass|pa(?:\s+media)?|press\s+association|cnn(?:\s+wire)?|"
    r"bbc(?:\s+news)?|npr|abc\s+news|cbs\s+news|nbc\s+news|fox\s+news|ians|pti|ani|sapa|aap|"
    r"new\s+york\s+times|washington\s+post|the\s+guardian|los\s+angeles\s+times|wall\s+street\s+journal|"
    r"financial\s+times|the\s+nation|politico|axios|the\s+hill|usa\s+today|cnbc|al\s+jazeera)",
    _I,
)
_ROLE = regex.compile(
    r"""(?:(?:senior|chief|deputy|associate|assistant|contributing|special|national|international|foreign|political|
           staff|freelance|managing|executive|investigative|economics|science|health|sports?|business|tech(?:nology)?|
           white\s+house|middle\s+east|europe|asia|africa|washington|london|bureau|digital|news|city|metro|
           [\p{L}-]+\s+)?){0,3}
        (?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer|
           chief|analyst|critic|intern|fellow|bureau\s+chief|anchor|host|commentator|blogger|staff)s?
        (?:\s+(?:at|for|of|in)\s+.+)?""",
    _I | regex.VERBOSE,
)
_FOR = regex.compile(r"(?:for|from|special\s+to|via)\s+(?P<org>.+)", _I)
_SPLIT = regex.compile(r"\s*(?:,|;|\s+(?:and|&|und|et|y|e|en|og|och)\s+|\s+[|/•·]\s+|\s+[-–—]\s+|\n)\s*", _I)
_NAME_TOKEN = regex.compile(r"[\p{Lu}][\p{L}'’.-]*|(?:van|von|der|den|de|la|le|da|di|del|du|dos|bin|al|el|ter|ten)")
_EMAIL_HANDLE = regex.compile(r"\S+@\S+\.\w+|@\w+|\bfollow\b.*|\bemail\b.*|\btwitter\b.*", _I)
_UPPER_NAME = regex.compile(r"[\p{Lu}\s.'’-]+")
_MC = regex.compile(r"\b(Mc|Mac|O['’])(\p{L})")


def _recase(name: str) -> str:
    """Recase an all-capitals name: ``ABBY GOODNOUGH`` → ``Abby Goodnough``, ``MCDONALD`` → ``McDonald``."""
    if not _UPPER_NAME.fullmatch(name) or not any(ch.isalpha() for ch in name):
        return name
    titled = regex.sub(r"\p{L}+", lambda m: m.group(0).capitalize(), name)
    return _MC.sub(lambda m: m.group(1) + m.group(2).upper(), titled)


def _is_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6:
        return False
    return all(_NAME_TOKEN.fullmatch(w) for w in words) and words[0][:1].isupper()


def parse_byline(text: str, start: int = 0) -> Byline:
    """Parse a byline string into authors, each with its role and affiliation kept apart.

    ``start`` is the byline's offset in the article source (0 for a bare string).
    """
    if not isinstance(text, str):
        from newsparse._errors import InputTypeError  # noqa: PLC0415

        raise InputTypeError(f"parse_byline() takes str, not {type(text).__name__}")
    raw = text
    body = _EMAIL_HANDLE.sub("", " ".join(text.split()))
    body = _PREFIX.sub("", body, count=1) if _PREFIX.match(body) else body
    authors: list[Author] = []
    pending: list[int] = []  # indices of authors still waiting for a role/affiliation
    for part in _SPLIT.split(body):
        part = part.strip(" .,:;()[]")
        if not part or _DATEISH.fullmatch(part):
            continue
        part = _PREFIX.sub("", part, count=1) if _PREFIX.match(part) else part
        org = _FOR.fullmatch(part)
        if org is not None and authors:
            for k in pending or [len(authors) - 1]:
                authors[k] = Author(name=authors[k].name, role=authors[k].role, affiliation=org["org"])
            continue
        if _AGENCIES.fullmatch(part):
            if authors:
                for k in pending or [len(authors) - 1]:
                    authors[k] = Author(name=authors[k].name, role=authors[k].role, affiliation=part)
            else:
                authors.append(Author(name=part))
            continue
        if _ROLE.fullmatch(part) and authors:
            for k in pending or [len(authors) - 1]:
                authors[k] = Author(name=authors[k].name, role=part, affiliation=authors[k].affiliation)
            pending = []
            continue
        if _is_name(_recase(part)):
            authors.append(Author(name=_recase(part)))
            pending.append(len(authors) - 1)
    return Byline(text=raw, authors=tuple(authors), start=start, end=start + len(raw))


_BYLINE_LINE = regex.compile(
    r"(?:(?:written|reported|text|story|words)\s+by|by|von|par|por|door)\s+\p{Lu}.{0,200}"
    r"|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:\||,|[-–—])\s*.{2,80}",
    _I,
)


def looks_like_byline(text: str) -> bool:
    """A line that credits authors: "By …", or "Name | Agency", "Name, Staff Writer"."""
    if len(text) > 250 or text.endswith(("?", "!")):
        return False
    prefixed = _PREFIX.match(text)
    if prefixed is not None and prefixed.group(0).strip().lower() in {"de", "di", "av", "autor", "author"}:
        prefixed = None
    if prefixed is not None:
        rest = text[prefixed.end() :]
        return bool(rest[:1].isupper()) and bool(parse_byline(text).authors)
    if not _BYLINE_LINE.fullmatch(text):
        return False
    byline = parse_byline(text)
    if not byline.authors:
        return False
    # "Name, Staff Writer" / "Name | Reuters": the part after the name must be a role,
    # an agency, or a date, never more words of a sentence.
    return any(a.role or a.affiliation for a in byline.authors) or _DATEISH.search(text) is not None
