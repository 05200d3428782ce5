"""Invariants of parse() on any text."""

from __future__ import annotations

import contextlib
import itertools
import json
import textwrap

from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import article_text, noisy_text, sentence

import newsparse
from newsparse import Article
from newsparse._audit import pieces
from newsparse._serialize import render_text

any_text = st.one_of(st.text(max_size=300), noisy_text, article_text())


@given(any_text)
@example("")
@example("\x00\r\n\u200b")
def test_never_raises_and_offsets_slice(text: str) -> None:
    a = newsparse.parse(text, kind="text")
    for piece, start, end in pieces(a):
        assert 0 <= start <= end <= len(a.source)
        assert a.source[start:end] == piece
    for q in a.quotes:
        assert a.source[q.start : q.end].find(q.text) >= 0
    assert a.title == (a.title_span.text if a.title_span else None)
    assert a.dek == (a.dek_span.text if a.dek_span else None)


@given(any_text)
def test_nothing_is_lost(text: str) -> None:
    """Body, removed items and header fields cover every non-space character of source."""
    a = newsparse.parse(text, kind="text")
    covered = bytearray(len(a.source))
    for _, start, end in pieces(a):
        covered[start:end] = b"\x01" * (end - start)
    lost = [ch for ch, c in zip(a.source, covered, strict=True) if not c and not ch.isspace()]
    assert lost == []


@given(any_text)
def test_pieces_do_not_overlap(text: str) -> None:
    a = newsparse.parse(text, kind="text")
    spans = sorted((s, e) for _, s, e in pieces(a) if e > s)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2


@given(any_text)
def test_deterministic(text: str) -> None:
    assert newsparse.parse(text, kind="text") == newsparse.parse(text, kind="text")


@given(any_text)
def test_json_round_trip(text: str) -> None:
    a = newsparse.parse(text, kind="text")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


@given(article_text())
def test_reparsing_the_body_keeps_the_paragraphs(text: str) -> None:
    a = newsparse.parse(text, kind="text")
    b = newsparse.parse(a.body, kind="text")
    assert [p.text for p in b.paragraphs] == [p.text for p in a.paragraphs]


@given(article_text())
def test_reparsing_the_rendering_keeps_the_header(text: str) -> None:
    a = newsparse.parse(text, kind="text")
    b = newsparse.parse(render_text(a), kind="text")
    assert b.title == a.title
    assert [x.name for x in b.authors] == [x.name for x in a.authors]


@given(st.binary(max_size=300))
def test_bytes_parse_or_raise_our_error(data: bytes) -> None:
    with contextlib.suppress(newsparse.NewsparseError):
        newsparse.parse(data, kind="text")


@given(
    st.lists(
        st.lists(sentence, min_size=3, max_size=8).map(" ".join),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    st.integers(min_value=45, max_value=100),
)
def test_hard_wrapped_paragraphs_come_back_whole(paragraphs: list[str], width: int) -> None:
    wrapped = "\n\n".join(textwrap.fill(p, width=width) for p in paragraphs)
    # With few broken lines the text carries too little evidence of wrapping.
    assume(wrapped.count("\n") - 2 * (len(paragraphs) - 1) >= 5)
    a = newsparse.parse("A Headline For The Story\n\n" + wrapped, kind="text")
    assert [p.text for p in a.paragraphs] == paragraphs
