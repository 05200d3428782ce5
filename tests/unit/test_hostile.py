"""Hostile input: every document parses or raises a NewsparseError, quickly, and loses nothing.

Each case goes through :func:`outcome`, which parses within a time bound and,
when an article comes back, checks that its offsets slice ``source`` and that
every non-space character of ``source`` is in the title, dek, bylines,
dateline, paragraphs or a ``Removed`` item.
"""

from __future__ import annotations

import codecs
import random
import time
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, NewsparseError
from newsparse._audit import audit, lost_characters

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = (ROOT / "seeds" / "nation-trump-kim.txt").read_text(encoding="utf-8")


def check_article(article: Article) -> None:
    assert audit(article) == []


def outcome(doc: object, seconds: float, **kwargs: object) -> Article | NewsparseError:
    """Parse ``doc`` within ``seconds``: an article (checked) or the NewsparseError raised.

    The bounds are loose (a shared CI machine may be slow): they catch hangs and
    gross blow-ups; ``bench/scaling.py`` measures how time grows with size.

    Any other exception propagates and fails the test.
    """
    t0 = time.perf_counter()
    try:
        result: Article | NewsparseError = newsparse.parse(doc, **kwargs)  # type: ignore[arg-type]
    except NewsparseError as exc:
        result = exc
    elapsed = time.perf_counter() - t0
    if isinstance(result, NewsparseError):
        assert str(result), "an error needs a message"
    assert elapsed < seconds, f"took {elapsed:.1f}s, over the bound of {seconds}s"
    if isinstance(result, Article):
        check_article(result)
    return result


def parsed(doc: object, seconds: float = 30.0, **kwargs: object) -> Article:
    result = outcome(doc, seconds, **kwargs)
    assert isinstance(result, Article), f"expected an article, got {result!r}"
    return result


# ----------------------------------------------------------------- the helper itself


def test_lost_characters_sees_a_gap() -> None:
    article = newsparse.parse("Title\n\nBody text here.\n\nMore text.")
    p = article.paragraphs[0]
    gapped = Article(
        source=article.source,
        kind="text",
        paragraphs=(newsparse.Paragraph(text=p.text[:4], start=p.start, end=p.start + 4),),
    )
    assert lost_characters(gapped).startswith("Title")
    assert lost_characters(article) == ""


# ----------------------------------------------------------------- text and bytes


@pytest.mark.parametrize("doc", ["", " ", "\n\n\t \r\n", "\u00a0\u200b\u3000", b"", b" \r\n "])
def test_empty_and_whitespace(doc: str | bytes) -> None:
    article = parsed(doc, 10.0)
    assert article.paragraphs == ()
    assert article.title is None
    assert article.removed == ()


@pytest.mark.parametrize("seed", range(5))
def test_random_binary(seed: int) -> None:
    data = random.Random(seed).randbytes(200_000)  # noqa: S311 (reproducible noise)
    result = outcome(data, 30.0)
    assert isinstance(result, Article | newsparse.DecodeError)


def test_binary_with_many_control_bytes_is_a_decode_error() -> None:
    data = bytes(range(32)) * 1000
    with pytest.raises(newsparse.DecodeError, match="do not look like text"):
        newsparse.parse(data)


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    article = parsed(b"Title\n\nA caf\xe9 \xff\xfe broken \xc3 bytes \x80 here.")
    assert article.paragraphs[0].text == "A café ÿþ broken Ã bytes € here."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_utf16_and_other_unicode_encodings(encoding: str) -> None:
    text = "Council votes\n\nThe mayor said “no” to the plan. Straße, café, 東京."
    article = parsed(text.encode(encoding))
    assert article.source == text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_broken_utf16_with_bom_is_a_decode_error(bom: bytes, encoding: str) -> None:
    data = bom + "Title".encode(encoding) + b"\x00"  # odd length: a truncated code unit
    with pytest.raises(newsparse.DecodeError, match=encoding):
        newsparse.parse(data)


def test_cp1252_smart_quotes() -> None:
    article = parsed(b"Title\r\n\r\nShe said \x93it\x92s over\x94 \x96 and left\x85")
    assert article.paragraphs[0].text == "She said “it’s over” – and left…"


def test_nul_filled_text() -> None:
    assert parsed("\x00" * 100_000).source == ""
    article = parsed("Ti\x00tle\n\nBody\x00 text\x00 here.\x00")
    assert article.source == "Title\n\nBody text here."
    with pytest.raises(newsparse.DecodeError):
        newsparse.parse(b"\x00" * 100_000)


def test_utf16_without_bom_is_not_mistaken_for_nul_noise() -> None:
    text = "A title\n\nSome body text in UTF-16 without a byte-order mark."
    assert parsed(text.encode("utf-16-le")).source == text


def test_lone_surrogates() -> None:
    article = parsed("Title\n\nBody \ud800 text \udfff.")
    assert article.paragraphs


def test_five_megabyte_line_without_spaces() -> None:
    article = parsed("x" * 5_000_000, 30.0)
    assert len(article.paragraphs) == 1
    assert len(article.paragraphs[0].text) == 5_000_000


def test_long_line_of_words() -> None:
    line = " ".join(SEED.split())
    article = parsed((line + " ") * 20, 60.0)
    assert article.paragraphs


def test_mixed_line_ends() -> None:
    doc = "Title\r\n\r\nFirst paragraph.\r\rSecond paragraph.\n\r\nThird.\r" * 2000
    article = parsed(doc, 30.0)
    assert "\r" not in article.source
    assert article.paragraphs[0].text == "First paragraph."


@pytest.mark.parametrize("mark", ["“", "”", '"', "„", "«", "»", "「", "'", "‘"])
def test_twenty_thousand_unmatched_quote_marks(mark: str) -> None:
    para = " ".join(f"{mark}word{i}" for i in range(20_000))
    article = parsed(f"A title\n\n{para}\n\nThe end.", 30.0)
    assert article.paragraphs


def test_quote_marks_with_nothing_between() -> None:
    parsed("Title\n\n" + "“" * 20_000, 30.0)
    parsed("Title\n\n" + '" ' * 20_000 + "said Jane Doe.", 30.0)


def test_many_short_lines() -> None:
    doc = "".join(f"Line {i}\n" for i in range(20_000))
    article = parsed(doc, 60.0)
    assert len(article.paragraphs) + len(article.removed) >= 19_000


def test_twenty_megabyte_article() -> None:
    copies = 20_000_000 // len(SEED) + 1
    doc = "\n\n".join([SEED] * copies)
    assert len(doc) > 20_000_000
    article = parsed(doc, 100.0)
    assert article.title is not None
    assert article.paragraphs


def test_over_the_size_limit() -> None:
    small = newsparse.Options(max_chars=1_000)
    with pytest.raises(newsparse.InputTooLargeError, match=r"raise Options\.max_chars"):
        newsparse.parse("x" * 1_001, options=small)
    with pytest.raises(newsparse.InputTooLargeError, match="bytes"):
        newsparse.parse(b"x" * 4_001, options=small)
    assert newsparse.parse("x" * 1_000, options=small).paragraphs


# ----------------------------------------------------------------- HTML


def test_hundred_thousand_nested_divs() -> None:
    doc = "<html><body>" + "<div>" * 100_000 + "<p>Deep text.</p>" + "</div>" * 100_000
    result = outcome(doc, 45.0)
    assert isinstance(result, Article | NewsparseError)


def test_hundred_thousand_unclosed_divs() -> None:
    outcome("<html><body>" + "<div>" * 100_000 + "text", 45.0)


def test_fifty_thousand_sibling_paragraphs() -> None:
    body = "".join(
        f"<p>Paragraph number {i} of the article, with some words.</p>" for i in range(50_000)
    )
    result = outcome(f"<html><body><article>{body}</article></body></html>", 90.0)
    if isinstance(result, Article):
        assert len(result.paragraphs) > 40_000


@pytest.mark.parametrize(
    "doc",
    [
        "<html><head><script>var x = 1;</script></head></html>",
        "<!doctype html><script>" + "x = '<p>not text</p>';" * 10_000 + "</script>",
        "<html><body><script>alert(1)</script><style>p{}</style><!-- c --></body></html>",
    ],
)
def test_page_with_only_script(doc: str) -> None:
    result = outcome(doc, 30.0)
    if isinstance(result, Article):
        assert result.paragraphs == ()


@pytest.mark.parametrize(
    "doc",
    [
        "<html><body>" + "<p><b><i><a href='" * 20_000,
        "<html><body>" + "<!--" * 50_000 + "x",
        "<html>" + "<" * 1_000_000,
        "<html><body><p>" + "<b>" * 100_000 + "text" + "</b>" * 100_000 + "</p></body></html>",
        "<html><body>" + "<table><tr><td>" * 30_000 + "x",
        "<html><body><p>Body \ud800 and \x00 text.</p></body></html>",
        "<!doctype html><html><body><p>" + "&amp;&#0;&#xD800;&nosuch;" * 10_000 + "</p>",
        "<html><body><p class='" + "navigation " * 100_000 + "'>text</p></body></html>",
        "<?xml version='1.0' encoding='nonsense'?><html><body><p>x</p></body></html>",
    ],
    ids=[
        "unclosed-attributes",
        "unclosed-comments",
        "lt-soup",
        "deep-inline",
        "nested-tables",
        "surrogate-and-nul",
        "bad-entities",
        "huge-class",
        "bad-xml-encoding",
    ],
)
def test_broken_markup(doc: str) -> None:
    outcome(doc, 45.0)


@pytest.mark.parametrize("seed", range(3))
def test_binary_after_a_doctype(seed: int) -> None:
    data = b"<!doctype html><html><meta charset='utf-8'>" + random.Random(seed).randbytes(100_000)  # noqa: S311
    outcome(data, 30.0)


@pytest.mark.parametrize("charset", ["utf-16", "x-unknown", "utf-7", "iso-2022-jp", ""])
def test_declared_charsets(charset: str) -> None:
    page = f"<html><head><meta charset='{charset}'></head><body><p>Café “quoted”.</p></body></html>"
    outcome(page.encode("utf-8"), 30.0)


def test_html_as_utf16() -> None:
    page = "<html><body><article><p>A paragraph of the article, long enough.</p></article></body></html>"
    outcome(page.encode("utf-16"), 30.0)


# ----------------------------------------------------------------- wrong arguments


@pytest.mark.parametrize("doc", [None, 42, 1.5, ["text"], {"text": "x"}, object(), Path("x.txt")])
def test_wrong_document_types(doc: object) -> None:
    with pytest.raises(newsparse.InputTypeError, match="takes str or bytes"):
        newsparse.parse(doc)  # type: ignore[arg-type]


def test_bytes_like_documents() -> None:
    assert parsed(bytearray(b"Title\n\nBody.")).paragraphs
    assert parsed(memoryview(b"Title\n\nBody.")).paragraphs


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"kind": "pdf"}, newsparse.InputError),
        ({"kind": None}, newsparse.InputError),
        ({"rules": "ads"}, newsparse.InputTypeError),
        ({"rules": ["ads.label"]}, newsparse.InputTypeError),
        ({"options": {"max_chars": 10}}, newsparse.InputTypeError),
    ],
)
def test_wrong_argument_types(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        newsparse.parse("Title\n\nBody.", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -1, 1.5, "10", None, True])
def test_bad_max_chars(value: object) -> None:
    with pytest.raises(newsparse.InputTypeError, match="max_chars"):
        newsparse.Options(max_chars=value)  # type: ignore[arg-type]
