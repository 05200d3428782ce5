from __future__ import annotations

import attrs
import pytest

import newsparse
from newsparse import Article, Options, Parser


def test_empty_text_gives_empty_article() -> None:
    for doc in ("", "   \n\n \t", b"", "\x00\x00"):
        a = newsparse.parse(doc)
        assert a.paragraphs == ()
        assert a.title is None
        assert a.removed == ()
        assert a.body == ""


def test_html_is_recognised() -> None:
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"
    # Markup is never parsed as text: it is either parsed as HTML or refused clearly.
    try:
        a = newsparse.parse(page)
    except newsparse.UnsupportedInputError as exc:
        message = str(exc)
        assert "HTML" in message
    else:
        assert a.kind == "html"
        assert "<p>" not in a.source


def test_kind_text_parses_markup_as_text() -> None:
    a = newsparse.parse("<p>Hello there.</p>", kind="text")
    assert a.kind == "text"
    assert a.paragraphs[0].text == "<p>Hello there.</p>"


def test_parse_text_function() -> None:
    assert newsparse.parse_text("A title\n\nBody text here.").title == "A title"


def test_parser_reuse() -> None:
    parser = Parser(rules=newsparse.default_rules().disable("ads"), options=Options(quotes=False))
    a = parser.parse("A title\n\nBody “quoted words here,” she said.\n\nAdvertisement")
    assert a.quotes == ()
    assert a.paragraphs[-1].text == "Advertisement"


def test_article_is_frozen_and_slotted() -> None:
    a = newsparse.parse("A title\n\nBody.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "x"  # type: ignore[misc]
    assert not hasattr(a, "__dict__")


def test_authors_default_from_bylines() -> None:
    byline = newsparse.parse_byline("By Jane Doe and John Smith")
    a = Article(source="", bylines=(byline,))
    assert [x.name for x in a.authors] == ["Jane Doe", "John Smith"]


def test_errors_hierarchy() -> None:
    for cls in (
        newsparse.InputError,
        newsparse.InputTypeError,
        newsparse.DecodeError,
        newsparse.InputTooLargeError,
        newsparse.UnsupportedInputError,
        newsparse.UnknownRuleError,
        newsparse.RuleError,
    ):
        assert issubclass(cls, newsparse.NewsparseError)
    assert issubclass(newsparse.UnknownRuleError, KeyError)
    assert issubclass(newsparse.InputTypeError, TypeError)


def test_public_names() -> None:
    for name in newsparse.__all__:
        assert hasattr(newsparse, name)
    assert newsparse.__version__ == "0.1.0"


def test_rule_error_pickles() -> None:
    import pickle

    err = newsparse.RuleError("ads.label", ZeroDivisionError("boom"))
    back = pickle.loads(pickle.dumps(err))  # noqa: S301 (our own object)
    assert isinstance(back, newsparse.RuleError)
    assert (back.rule, str(back)) == (
        "ads.label",
        "rule 'ads.label' failed: ZeroDivisionError: boom",
    )


def test_an_internal_failure_is_a_newsparse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse._api as api

    def broken(*_args: object, **_kwargs: object) -> newsparse.Article:
        raise IndexError("list index out of range")

    monkeypatch.setattr(api, "_parse_text", broken)
    with pytest.raises(newsparse.InternalError, match="IndexError") as info:
        newsparse.parse("A title\n\nBody.")
    assert isinstance(info.value.__cause__, IndexError)
