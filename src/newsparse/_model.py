"""The values newsparse returns: frozen, slotted attrs classes with tuple collections.

Every object that holds text from the document also holds ``start`` and ``end``,
offsets into :attr:`Article.source`, so that ``source[start:end] == text``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

__all__ = [
    "Article",
    "Author",
    "Byline",
    "Category",
    "Dateline",
    "Paragraph",
    "Quote",
    "Removed",
    "Span",
]


class Category(enum.StrEnum):
    """Why a piece of the document is not part of the article."""

    FUNDRAISING = "fundraising"
    ADVERTISEMENT = "advertisement"
    NEWSLETTER = "newsletter"
    PAYWALL = "paywall"
    SHARE = "share"
    RELATED = "related"
    COOKIE = "cookie"
    COPYRIGHT = "copyright"
    CREDIT = "credit"
    DISCLOSURE = "disclosure"
    DUPLICATE = "duplicate"
    NAVIGATION = "navigation"
    MARKUP = "markup"
    COMMENTS = "comments"
    METADATA = "metadata"


@attrs.frozen(kw_only=True)
class Span:
    """A piece of :attr:`Article.source`: ``source[start:end] == text``."""

    text: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Paragraph:
    """One body paragraph (or subheading, or list item) of the article."""

    text: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Author:
    """One credited author: a person, or an organisation or desk when that is the credit."""

    name: str
    role: str | None = None
    affiliation: str | None = None


@attrs.frozen(kw_only=True)
class Byline:
    """A byline as written (``text``) and the authors parsed from it."""

    text: str
    authors: tuple[Author, ...]
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Dateline:
    """The place (and wire agency) that opens a news story: ``HANOI, Vietnam (AP) —``."""

    place: str
    agency: str | None
    text: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation and who said it.

    ``text`` is the words inside the marks, without the spaces French typography
    puts inside guillemets ("« Oui »" gives "Oui"); ``start``/``end`` span the marks.
    ``speaker`` is the resolved name ("Mike Pompeo" where the text says "he"),
    ``speaker_mention`` the words in the text that name the speaker. ``speaker``
    is ``None`` when newsparse cannot tell, never a guess. ``paragraph`` is the
    index into :attr:`Article.paragraphs`, or ``None`` for a quote in the title
    or dek.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: str | None = None
    paragraph: int | None = None


@attrs.frozen(kw_only=True)
class Removed:
    """A piece of the input that is not in the article, with the rule that took it out and why."""

    start: int
    end: int
    text: str
    rule: str
    category: Category
    reason: str


def _authors_of(article: Article) -> tuple[Author, ...]:
    return tuple(author for byline in article.bylines for author in byline.authors)


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news document.

    ``source`` is the normalised text that every offset points into.  Whatever
    is in ``source`` and not in the title, dek, bylines, dateline or paragraphs
    is listed in ``removed`` (only whitespace goes unreported).

    Pages (HTML) also carry what they state about themselves: ``published`` and
    ``modified`` (timezone-aware when the page gives a zone), ``site_name``,
    ``language`` and ``canonical_url``; ``None`` where absent, and always for text.
    """

    source: str
    kind: str = "text"
    title: str | None = None
    title_span: Span | None = None
    dek: str | None = None
    dek_span: Span | None = None
    bylines: tuple[Byline, ...] = ()
    authors: tuple[Author, ...] = attrs.field(default=attrs.Factory(_authors_of, takes_self=True))
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    other_quoted: tuple[Span, ...] = ()
    removed: tuple[Removed, ...] = ()
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None

    @property
    def body(self) -> str:
        """The paragraph texts joined by one blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` turns it back into an equal Article."""
        from newsparse._serialize import article_to_dict  # noqa: PLC0415 (import cycle)

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output; raises ``InputError`` on bad data."""
        from newsparse._serialize import article_from_dict  # noqa: PLC0415 (import cycle)

        return article_from_dict(data)
