"""Article ↔ JSON-safe dict, and the text and Markdown renderings the CLI prints."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsparse._errors import InputError
from newsparse._model import (
    Article,
    Author,
    Byline,
    Category,
    Dateline,
    Paragraph,
    Quote,
    Removed,
    Span,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["article_from_dict", "article_to_dict", "render_markdown", "render_text"]

_T = TypeVar("_T")


def _plain(_inst: object, _field: object, value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    data = attrs.asdict(article, recurse=True, value_serializer=_plain)
    data["body"] = article.body
    return data


def _need(data: Mapping[str, Any], key: str, kind: type[_T], where: str) -> _T:
    try:
        value = data[key]
    except KeyError:
        raise InputError(f"{where}: missing key {key!r}") from None
    if kind is int and isinstance(value, bool):
        raise InputError(f"{where}.{key}: expected int, got bool")
    if not isinstance(value, kind):
        raise InputError(f"{where}.{key}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _opt(data: Mapping[str, Any], key: str, kind: type[_T], where: str) -> _T | None:
    if data.get(key) is None:
        return None
    return _need(data, key, kind, where)


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _items(
    data: Mapping[str, Any], key: str, build: Callable[[Mapping[str, Any], str], _T], where: str
) -> tuple[_T, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list | tuple):
        raise InputError(f"{where}.{key}: expected a list, got {type(raw).__name__}")
    return tuple(
        build(_mapping(item, f"{where}.{key}[{i}]"), f"{where}.{key}[{i}]")
        for i, item in enumerate(raw)
    )


def _span(d: Mapping[str, Any], w: str) -> Span:
    return Span(
        text=_need(d, "text", str, w), start=_need(d, "start", int, w), end=_need(d, "end", int, w)
    )


def _opt_span(data: Mapping[str, Any], key: str, where: str) -> Span | None:
    value = data.get(key)
    return None if value is None else _span(_mapping(value, f"{where}.{key}"), f"{where}.{key}")


def _paragraph(d: Mapping[str, Any], w: str) -> Paragraph:
    return Paragraph(
        text=_need(d, "text", str, w), start=_need(d, "start", int, w), end=_need(d, "end", int, w)
    )


def _author(d: Mapping[str, Any], w: str) -> Author:
    return Author(
        name=_need(d, "name", str, w),
        role=_opt(d, "role", str, w),
        affiliation=_opt(d, "affiliation", str, w),
    )


def _byline(d: Mapping[str, Any], w: str) -> Byline:
    return Byline(
        text=_need(d, "text", str, w),
        authors=_items(d, "authors", _author, w),
        start=_need(d, "start", int, w),
        end=_need(d, "end", int, w),
    )


def _dateline(d: Mapping[str, Any], w: str) -> Dateline:
    return Dateline(
        place=_need(d, "place", str, w),
        agency=_opt(d, "agency", str, w),
        text=_need(d, "text", str, w),
        start=_need(d, "start", int, w),
        end=_need(d, "end", int, w),
    )


def _quote(d: Mapping[str, Any], w: str) -> Quote:
    return Quote(
        text=_need(d, "text", str, w),
        start=_need(d, "start", int, w),
        end=_need(d, "end", int, w),
        speaker=_opt(d, "speaker", str, w),
        speaker_mention=_opt_span(d, "speaker_mention", w),
        cue=_opt(d, "cue", str, w),
        paragraph=_opt(d, "paragraph", int, w),
    )


def _removed(d: Mapping[str, Any], w: str) -> Removed:
    category = _need(d, "category", str, w)
    try:
        cat = Category(category)
    except ValueError:
        raise InputError(f"{w}.category: unknown category {category!r}") from None
    return Removed(
        start=_need(d, "start", int, w),
        end=_need(d, "end", int, w),
        text=_need(d, "text", str, w),
        rule=_need(d, "rule", str, w),
        category=cat,
        reason=_need(d, "reason", str, w),
    )


def _opt_datetime(data: Mapping[str, Any], key: str, where: str) -> dt.datetime | None:
    value = _opt(data, key, str, where)
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{where}.{key}: not an ISO 8601 date-time: {value!r}") from None


def article_from_dict(data: Mapping[str, Any]) -> Article:
    w = "article"
    data = _mapping(data, w)
    dateline = data.get("dateline")
    return Article(
        source=_need(data, "source", str, w),
        kind=_opt(data, "kind", str, w) or "text",
        title=_opt(data, "title", str, w),
        title_span=_opt_span(data, "title_span", w),
        dek=_opt(data, "dek", str, w),
        dek_span=_opt_span(data, "dek_span", w),
        bylines=_items(data, "bylines", _byline, w),
        authors=_items(data, "authors", _author, w),
        dateline=None
        if dateline is None
        else _dateline(_mapping(dateline, f"{w}.dateline"), f"{w}.dateline"),
        paragraphs=_items(data, "paragraphs", _paragraph, w),
        quotes=_items(data, "quotes", _quote, w),
        other_quoted=_items(data, "other_quoted", _span, w),
        removed=_items(data, "removed", _removed, w),
        published=_opt_datetime(data, "published", w),
        modified=_opt_datetime(data, "modified", w),
        site_name=_opt(data, "site_name", str, w),
        language=_opt(data, "language", str, w),
        canonical_url=_opt(data, "canonical_url", str, w),
    )


def _author_line(article: Article) -> str | None:
    if not article.authors:
        return None
    return "By " + ", ".join(a.name for a in article.authors)


def render_text(article: Article) -> str:
    """Title, dek, authors and body as plain text, one blank line between parts."""
    parts = [p for p in (article.title, article.dek, _author_line(article)) if p]
    body = article.body
    if article.dateline is not None and article.paragraphs:
        body = f"{article.dateline.text} {body}"
    if body:
        parts.append(body)
    return "\n\n".join(parts) + ("\n" if parts else "")


def render_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, italic dek, bold byline, paragraphs."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}")
    if article.dek:
        parts.append(f"*{article.dek}*")
    author_line = _author_line(article)
    if author_line:
        parts.append(f"**{author_line}**")
    for i, para in enumerate(article.paragraphs):
        text = para.text
        if i == 0 and article.dateline is not None:
            text = f"{article.dateline.text} {text}"
        parts.append(text)
    return "\n\n".join(parts) + ("\n" if parts else "")
