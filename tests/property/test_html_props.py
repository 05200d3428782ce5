"""Properties of HTML parsing on generated, page-like markup."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Byline, NewsparseError, Paragraph, Removed
from newsparse._html import _CLASS_HINTS, _clean, _hint_names
from newsparse._input import _TABLE
from newsparse._mojibake import _SIGNATURE, repair_mojibake

_WORDS = st.sampled_from(
    [
        "the",
        "council",
        "said",
        "on",
        "Tuesday",
        "that",
        "new",
        "bike",
        "lanes",
        "would",
        "open",
        "soon",
        "share",
        "comment",
        "subscribe",
        "Café",
        "東京",
        "—",
        "“quoted”",
        "&",
        "<",
        ">",
        "'",
        '"',
        "\xa0",
        "\u200b",
    ]
)
_TEXT = st.lists(_WORDS, min_size=0, max_size=30).map(" ".join)
_TAGS = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "a",
        "li",
        "ul",
        "h1",
        "h2",
        "nav",
        "aside",
        "footer",
        "article",
        "main",
        "section",
        "blockquote",
        "script",
        "style",
        "em",
        "br",
        "pre",
        "table",
        "td",
        "time",
    ]
)
_CLASSES = st.sampled_from(
    [
        "",
        "entry-content",
        "comments",
        "share",
        "related-posts",
        "sidebar",
        "byline",
        "ad-slot",
        "newsletter",
        "cookie-banner",
        "hidden",
        "article-body",
        "nav",
    ]
)


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(_TAGS)
    cls = draw(_CLASSES)
    attrs = f' class="{cls}"' if cls else ""
    if tag == "br":
        return "<br>"
    children = draw(
        st.lists(_TEXT if depth >= 3 else st.one_of(_TEXT, _element(depth + 1)), max_size=4)
    )
    closing = draw(st.booleans())  # pages forget closing tags
    return f"<{tag}{attrs}>" + "".join(children) + (f"</{tag}>" if closing else "")


@st.composite
def _page(draw: st.DrawFn) -> str:
    head = draw(
        st.sampled_from(
            ["", "<title>A title | Site</title>", '<meta property="og:title" content="T">']
        )
    )
    body = "".join(draw(st.lists(_element(), max_size=6)))
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


_DOCS = st.one_of(_page(), _page().map(lambda s: s.encode("utf-8")), st.text(max_size=200))


def _check(a: Article) -> None:
    src = a.source
    spans: list[Paragraph | Removed | Byline] = [*a.paragraphs, *a.removed, *a.bylines]
    for item in spans:
        assert src[item.start : item.end] == item.text
    mask = bytearray(len(src))
    for part in (*spans, a.title_span, a.dek_span, a.dateline):
        if part is not None:
            mask[part.start : part.end] = b"\x01" * (part.end - part.start)
    assert all(ch.isspace() or mask[i] for i, ch in enumerate(src))


@given(_DOCS)
def test_never_raises_and_nothing_lost(doc: str | bytes) -> None:
    try:
        a = newsparse.parse(doc, kind="html")
    except NewsparseError:
        return
    _check(a)


@given(_page())
def test_deterministic_and_round_trips(doc: str) -> None:
    a = newsparse.parse(doc, kind="html")
    assert newsparse.parse(doc, kind="html") == a
    assert Article.from_dict(a.to_dict()) == a


# Class and id words built from the hint pattern's own words and the joints around them.
_HINT_PIECES = sorted({*re.findall(r"[a-z]+", _CLASS_HINTS.pattern), "-", "_", "x", "1", ":"})


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=6).map("".join))
def test_flat_hint_pattern_finds_the_same_hints(word: str) -> None:
    expected = tuple(m.lastgroup or "" for m in _CLASS_HINTS.finditer(word))
    assert _hint_names(word) == expected


_CLEAN_CHARS = st.sampled_from(
    [*sorted(chr(c) for c in _TABLE), "a", "é", "e", "\u0301", " ", "\n", "\u200d", "\U0001f600"]
)


@given(st.text(st.one_of(_CLEAN_CHARS, st.characters())))
def test_clean_maps_the_input_table(text: str) -> None:
    expected = text
    if not expected.isascii():
        expected = unicodedata.normalize("NFC", expected).translate(_TABLE)
    assert _clean(text) == " ".join(expected.split())


_ACCENTED = st.text(
    st.characters(min_codepoint=0xA0, max_codepoint=0x1FFFF, exclude_categories=["Cs"]),
    min_size=1,
    max_size=3,
)


@given(st.lists(st.one_of(_ACCENTED, st.text("ab .,'")), max_size=12).map("".join))
def test_twice_encoded_text_repairs_to_itself(text: str) -> None:
    # Any text with at least two characters whose UTF-8 images are signatures comes
    # back whole from its Latin-1 misreading; everything else is left alone.
    broken = text.encode("utf-8").decode("latin-1")
    repaired = repair_mojibake(broken)
    assert repaired in (text, broken)
    if sum(1 for _ in zip(range(2), _SIGNATURE.finditer(broken), strict=False)) == 2:
        assert repaired == text
    assert repair_mojibake(text) == text or any(s in text for s in ("\u00c2", "\u00c3", "\u00e2"))
