"""Invariants of parse() on generated text and HTML, broken or not, as str and as bytes.

Offsets slice ``source``; nothing is lost (every non-space character of ``source``
is in the header, a paragraph or a ``Removed`` item); parsing is deterministic;
articles round-trip through JSON and pickle; bytes parse or raise a NewsparseError;
``parse_many`` gives what ``parse`` gives.
"""

from __future__ import annotations

import json
import pickle

from html_strategies import any_html, article_html, noisy_html
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import article_text, noisy_text

import newsparse
from newsparse import Article, NewsparseError
from newsparse._audit import audit

any_text = st.one_of(noisy_text, article_text())
any_doc = st.one_of(any_text, any_html)


def _check(a: Article) -> None:
    assert audit(a) == []


def _parse(doc: str | bytes, kind: str = "auto") -> Article | None:
    """The article, or ``None`` for a NewsparseError; any other exception fails the test."""
    try:
        return newsparse.parse(doc, kind=kind)
    except NewsparseError:
        return None


@given(any_html)
@example("<html><body>" + "<div>" * 300 + "text")
@example("<html><body><p>\x00\ud800</p>")
@example("<!doctype html><script>")
def test_html_never_raises_and_loses_nothing(doc: str) -> None:
    a = newsparse.parse(doc, kind="html")
    _check(a)
    assert a.kind == "html"


@given(any_doc)
def test_auto_detection_never_raises_and_loses_nothing(doc: str) -> None:
    a = newsparse.parse(doc)
    _check(a)


@given(any_doc, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
def test_bytes_parse_or_raise_a_newsparse_error(doc: str, encoding: str) -> None:
    data = (
        doc.encode(encoding, errors="replace")
        if encoding != "utf-8"
        else doc.encode("utf-8", errors="surrogatepass")
    )
    a = _parse(data)
    if a is not None:
        _check(a)


@given(
    st.binary(max_size=2000),
    st.sampled_from([b"", b"<!doctype html>", b"\xff\xfe", b"\xef\xbb\xbf<html>"]),
)
def test_any_bytes_parse_or_raise_a_newsparse_error(data: bytes, prefix: bytes) -> None:
    a = _parse(prefix + data)
    if a is not None:
        _check(a)


@given(article_text())
def test_text_as_utf8_or_utf16_bytes_parses_like_the_string(text: str) -> None:
    expected = newsparse.parse(text, kind="text")
    for encoding in ("utf-8", "utf-16"):
        assert newsparse.parse(text.encode(encoding), kind="text") == expected


@given(any_doc)
def test_deterministic(doc: str) -> None:
    assert newsparse.parse(doc) == newsparse.parse(doc)


@given(st.one_of(article_html(), noisy_html))
def test_html_json_and_pickle_round_trip(doc: str) -> None:
    a = newsparse.parse(doc, kind="html")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    assert pickle.loads(pickle.dumps(a)) == a  # noqa: S301 (our own bytes)


@given(st.lists(st.one_of(any_doc, st.binary(max_size=200)), max_size=3))
def test_parse_many_in_process_matches_parse(docs: list[str | bytes]) -> None:
    results = list(newsparse.parse_many(docs, workers=1))
    assert [r.index for r in results] == list(range(len(docs)))
    for doc, result in zip(docs, results, strict=True):
        expected = _parse(doc)
        if expected is None:
            assert result.error is not None
            assert not result.error.internal
        else:
            assert result.article == expected
