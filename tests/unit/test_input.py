from __future__ import annotations

import codecs

import pytest

from newsparse import DecodeError, InputError, InputTooLargeError, InputTypeError, Options, parse
from newsparse._input import (
    decode_bytes,
    detect_kind,
    normalize_text,
    prepare,
    unwrap_hard_wrapped,
)


class TestDecode:
    def test_utf8(self) -> None:
        assert decode_bytes("Caf\u00e9 “quoted”".encode()) == "Caf\u00e9 “quoted”"

    def test_utf8_bom(self) -> None:
        assert decode_bytes(codecs.BOM_UTF8 + b"Hello") == "Hello"

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
    def test_bom_declared_unicode(self, encoding: str) -> None:
        assert decode_bytes("Grüße “x”".encode(encoding)) == "Grüße “x”"

    @pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
    def test_utf16_without_bom(self, encoding: str) -> None:
        text = "The minister said the talks would continue on Friday."
        assert decode_bytes(text.encode(encoding)) == text

    def test_cp1252_smart_quotes(self) -> None:
        raw = "He said “yes” — it’s done".encode("cp1252")
        assert decode_bytes(raw) == "He said “yes” — it’s done"

    def test_cp1252_undefined_bytes_do_not_raise(self) -> None:
        assert decode_bytes(b"abc\x81\x8d def ghi jkl").startswith("abc")

    def test_bad_utf16_after_bom(self) -> None:
        with pytest.raises(DecodeError, match="byte-order mark"):
            decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")

    def test_binary_is_rejected(self) -> None:
        with pytest.raises(DecodeError, match="do not look like text"):
            decode_bytes(bytes(range(32)) * 50)

    def test_decode_error_is_value_error(self) -> None:
        assert issubclass(DecodeError, ValueError)


class TestNormalize:
    def test_newlines(self) -> None:
        assert normalize_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"

    def test_controls_and_zero_width_dropped(self) -> None:
        assert normalize_text("a\x00b\u200bc\ufeffd\x07e\u00adf") == "abcdef"

    def test_spaces(self) -> None:
        assert normalize_text("a\u00a0b\tc\u202fd") == "a b c d"

    def test_lines_trimmed(self) -> None:
        assert normalize_text("  Title  \n   \n  Body text.  ") == "Title\n\nBody text."

    def test_nfc(self) -> None:
        assert normalize_text("Cafe\u0301") == "Caf\u00e9"

    def test_twice_encoded_utf8_repaired(self) -> None:
        assert normalize_text("Itâ€™s the cafÃ© â€” again") == "It’s the café — again"
        # One look-alike is no evidence: the text is left as it is.
        assert normalize_text("Ã la carte, s'il vous plaît") == "Ã la carte, s'il vous plaît"

    def test_twice_encoded_article_offsets(self) -> None:
        doc = "Mayor’s plan — approved\n\nThe council’s vote was “unanimous”, she said."
        broken = doc.encode("utf-8").decode("latin-1")
        article = parse(broken, kind="text")
        assert article.source == doc
        assert article.title == "Mayor’s plan — approved"
        assert all(article.source[p.start : p.end] == p.text for p in article.paragraphs)


WRAPPED = """\
The committee met on Tuesday to discuss the proposal, which would
reshape how the city funds its public libraries over the next ten
years, according to documents seen by reporters.

Members were divided. Several argued that the plan moved too fast
and left small branches exposed to closures they could not resist,
while others said the current system was already failing readers.
"""


class TestUnwrap:
    def test_hard_wrapped_paragraphs_are_joined(self) -> None:
        out = unwrap_hard_wrapped(normalize_text(WRAPPED))
        paragraphs = out.split("\n\n")
        assert len(paragraphs) == 2
        assert "\n" not in paragraphs[0]
        assert paragraphs[0].startswith("The committee met")
        assert paragraphs[0].endswith("reporters.")

    def test_short_line_ends_a_paragraph(self) -> None:
        text = (
            "This first paragraph is wrapped at a fixed width so that its lines\n"
            "all come close to the same length, as an editor would leave it.\n"
            "Short ending.\n"
            "A new paragraph starts here and it is also wrapped at the width of\n"
            "the text so the lines run close to the right margin of the page.\n"
            "The end."
        )
        out = unwrap_hard_wrapped(text).split("\n")
        assert len(out) == 2

    def test_hyphen_at_break(self) -> None:
        text = (
            "The long-running dispute between the two neighbouring states over\n"
            "water rights has again flared up after a new dam project was self-\n"
            "financed by one of them without consulting the other side at all,\n"
            "officials said in a statement issued late on Monday night to press."
        )
        assert "self-financed" in unwrap_hard_wrapped(text)

    def test_one_line_per_paragraph_untouched(self) -> None:
        text = (
            "First paragraph ends with a full stop.\n"
            "Second paragraph also ends properly.\n"
            "Third one as well, of a different length entirely.\n"
            "Fourth."
        )
        assert unwrap_hard_wrapped(text) == text

    def test_long_lines_untouched(self) -> None:
        text = "\n".join([("Word " * 60).strip() + "."] * 5)
        assert unwrap_hard_wrapped(text) == text


class TestKind:
    @pytest.mark.parametrize(
        "doc",
        [
            "<!DOCTYPE html><html><body><p>x</p></body></html>",
            "  <html lang='en'><head><title>x</title></head></html>",
            "<?xml version='1.0'?><html></html>",
            "<!-- c --><html></html>",
            "<div><p>a</p><p>b</p><p>c</p><p>d</p></div>",
            "<!doctypehtml><html lang=en><title>x</title>",  # minified doctype
        ],
    )
    def test_html(self, doc: str) -> None:
        assert detect_kind(doc) == "html"

    @pytest.mark.parametrize(
        "doc",
        ["Plain text about <b> tags.", "A title\n\nBody with x < y and y > z.", ""],
    )
    def test_text(self, doc: str) -> None:
        assert detect_kind(doc) == "text"


class TestPrepare:
    def test_wrong_type(self) -> None:
        with pytest.raises(InputTypeError, match="str or bytes, not int"):
            prepare(42, "auto", 100)

    def test_wrong_type_is_type_error(self) -> None:
        with pytest.raises(TypeError):
            parse(["a list"])  # type: ignore[arg-type]

    def test_bad_kind(self) -> None:
        with pytest.raises(InputError, match="kind must be"):
            parse("x", kind="pdf")

    def test_too_large(self) -> None:
        with pytest.raises(InputTooLargeError, match=r"raise Options\.max_chars"):
            parse("x" * 101, options=Options(max_chars=100))

    def test_too_large_bytes(self) -> None:
        with pytest.raises(InputTooLargeError):
            parse(b"x" * 401, options=Options(max_chars=100))

    def test_limit_can_be_raised(self) -> None:
        assert parse("x" * 101, options=Options(max_chars=1000)).paragraphs

    def test_bytearray_accepted(self) -> None:
        doc = bytearray(b"Title\n\nSome body text here.")
        assert parse(doc).title == "Title"  # type: ignore[arg-type]  # accepted at run time too

    @pytest.mark.parametrize("bad", [0, -5, 1.5, True, "10"])
    def test_options_validated(self, bad: object) -> None:
        with pytest.raises(InputTypeError):
            Options(max_chars=bad)  # type: ignore[arg-type]


def test_line_ending_mid_sentence_joins_a_lowercase_line() -> None:
    text = "The minister said on Tuesday that the talks\nwould resume next week.\nA new paragraph."
    assert unwrap_hard_wrapped(text) == (
        "The minister said on Tuesday that the talks would resume next week.\nA new paragraph."
    )
