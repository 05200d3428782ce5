"""Stage 1: take ``str`` or ``bytes``, decide text or HTML, decode, normalise.

The string this stage returns is ``Article.source``: every offset in the output
points into it.  Normalisation (all linear-time, done once):

* NFC; ``\\r\\n``, ``\\r``, vertical tab, form feed, NEL and the Unicode line and
  paragraph separators become ``\\n``;
* NUL and other control characters, zero-width spaces, word joiners, soft hyphens
  and stray byte-order marks are dropped; tabs, no-break and other Unicode
  spaces become a plain space;
* spaces at both ends of each line are trimmed;
* hard-wrapped paragraphs (lines broken near a fixed width) are joined back.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Literal

import regex

from newsparse._errors import DecodeError, InputError, InputTooLargeError, InputTypeError
from newsparse._mojibake import repair_mojibake

__all__ = ["Kind", "decode_bytes", "detect_kind", "normalize_text", "unwrap_hard_wrapped"]

Kind = Literal["text", "html"]

# One translation table for every character-level normalisation.
_DROP = dict.fromkeys(
    [
        *range(0x09),
        *range(0x0E, 0x20),
        0x7F,
        *range(0x80, 0x85),
        *range(0x86, 0xA0),
        0x00AD,
        0x200B,
        0x2060,
        0xFEFF,
        0xFFFE,
        0xFFFF,
    ],
)
_TO_NEWLINE = dict.fromkeys([0x0B, 0x0C, 0x85, 0x2028, 0x2029], "\n")
_TO_SPACE = dict.fromkeys([0x09, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
_TABLE: dict[int, str | None] = {**_DROP, **_TO_NEWLINE, **_TO_SPACE}

# Bytes that cp1252 leaves undefined decode to the same code points as in Latin-1.
_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


def _cp1252_lenient(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_HOLES.get(b, chr(b)) for b in bad), error.end


codecs.register_error("newsparse-cp1252", _cp1252_lenient)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 from NUL bytes falling on one side of each byte pair."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * pairs and even_nuls < 0.05 * pairs:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * pairs and odd_nuls < 0.05 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    return len(_CONTROLS.findall(sample)) / len(sample)


def decode_bytes(data: bytes) -> str:
    """Decode a document: BOM, then UTF-8, then BOM-less UTF-16, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"the input starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte {exc.start + len(bom)}: {exc.reason})"
                ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _utf16_without_bom(data) or data.decode("cp1252", errors="newsparse-cp1252")
    else:
        if "\x00" in text[:4096]:
            text = _utf16_without_bom(data) or text
    if _control_share(text) > 0.2:
        raise DecodeError(
            "the bytes do not look like text: over 20% of the decoded characters are "
            "control characters (binary data, or an encoding newsparse does not recognise)"
        )
    return text


_HTML_START = regex.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:(?!-->).){0,2000}-->\s*){0,5}<(?:!doctype\s*html|html|head|body|meta|title)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_HTML_TAG = regex.compile(
    r"<(?:/?(?:p|div|span|a|br|h[1-6]|article|section|main|header|footer|nav|ul|ol|li|table|tr|td|img|script|style|iframe|figure|blockquote|strong|em|b|i))\b[^<>]{0,500}>",
    regex.IGNORECASE,
)


def detect_kind(text: str) -> Kind:
    """``"html"`` for markup (a doctype or root tag, or many block tags early on), else ``"text"``."""
    head = text[:20000]
    if _HTML_START.match(head):
        return "html"
    for count, _ in enumerate(_HTML_TAG.finditer(head), start=1):
        if count >= 8:
            return "html"
    return "text"


# Plain character classes: the standard library's engine scans these several
# times faster than `regex` on non-ASCII text, and they cannot backtrack.
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]+")


def _replace_special(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def normalize_text(text: str) -> str:
    """Character-level normalisation (see the module docstring); no line joining."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", repair_mojibake(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most documents hold few characters to change: find them, don't map every character.
    # None of them is printable, so a printable text (the common case, tested
    # much faster than the pattern scans) has none.
    if not text.replace("\n", "").isprintable():
        text = _SPECIAL.sub(_replace_special, text)
    if " \n" in text or "\n " in text:  # else only the ends have spaces to trim
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return text.strip(" ")


_BULLET = regex.compile(r"[-*•·–—▪►>]\s|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s")


def _first_word_len(line: str) -> int:
    space = line.find(" ")
    return len(line) if space < 0 else space


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed width the text was wrapped at, or None when it was not hard-wrapped.

    A greedy wrapper breaks a line only when the next word does not fit, so in
    wrapped text nearly every line followed by another is within one word of
    the width.  Lines of pasted copy (one paragraph per line) vary far more.
    """
    pairs = [(lines[i], lines[i + 1]) for i in range(len(lines) - 1) if lines[i] and lines[i + 1]]
    if len(pairs) < 3:
        return None
    lengths = sorted(len(a) for a, _ in pairs)
    median = lengths[len(lengths) // 2]
    width = max(n for n in lengths if n <= 1.15 * median)  # ignore a stray long line
    if not 30 <= width <= 120:
        return None
    full = sum(1 for a, b in pairs if width >= len(a) > width - 2 - _first_word_len(b))
    if full >= 0.9 * len(pairs) and len(pairs) >= 5:
        return width
    # Fewer or looser lines: also ask that they do not all end a sentence, as
    # the lines of pasted copy (one paragraph per line) do.
    ends = sum(1 for a, _ in pairs if a[-1] in _ENDS)
    return width if full >= 0.6 * len(pairs) and ends < 0.75 * len(pairs) else None


_ENDS = frozenset(".!?:;\"”'’)»")


def unwrap_hard_wrapped(text: str) -> str:
    """Join lines that were broken at a fixed width back into paragraphs.

    Text counts as hard-wrapped when most lines followed by another line are
    within one word of a common width of at most 120 characters.  Then a line is joined to the next one exactly when the next
    line's first word would not have fitted on it, which is what a wrapping
    editor did; a short line ends its paragraph.  In any text, a line of 30 or
    more characters that ends inside a sentence is joined to a next line that
    starts in lower case: no paragraph starts that way.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    out: list[str] = []
    last = len(lines) - 1
    for i, line in enumerate(lines):
        out.append(line)
        if i == last:
            break
        nxt = lines[i + 1]
        joined = (
            bool(line and nxt)
            and (
                (width is not None and len(line) + 1 + _first_word_len(nxt) > width - 2)
                or (len(line) >= 30 and line[-1] not in _ENDS and nxt[0].islower())
            )
            and not _BULLET.match(nxt)  # last: the cheap tests rule out most lines
        )
        if not joined:
            out.append("\n")
        elif len(line) > 1 and line[-1] == "-" and line[-2].isalpha() and nxt[:1].islower():
            continue  # a word hyphenated at the break: keep the hyphen, no space
        else:
            out.append(" ")
    return "".join(out)


def prepare(doc: object, kind: str, max_chars: int) -> tuple[str, Kind]:
    """Decode and classify ``doc``; return the undecorated text and its kind.

    Raises :class:`InputTypeError`, :class:`DecodeError` or
    :class:`InputTooLargeError`; never anything else.
    """
    if kind not in ("auto", "text", "html"):
        raise InputError(f'kind must be "auto", "text" or "html", not {kind!r}')
    if isinstance(doc, bytes | bytearray | memoryview):
        raw = bytes(doc)
        if len(raw) > 4 * max_chars:
            raise InputTooLargeError(
                f"the input is {len(raw):,} bytes, over the limit of {max_chars:,} characters "
                "(raise Options.max_chars to parse it)"
            )
        text = decode_bytes(raw)
    elif isinstance(doc, str):
        text = doc
    else:
        raise InputTypeError(f"parse() takes str or bytes, not {type(doc).__name__}")
    if len(text) > max_chars:
        raise InputTooLargeError(
            f"the input is {len(text):,} characters, over the limit of {max_chars:,} "
            "(raise Options.max_chars to parse it)"
        )
    resolved: Kind = detect_kind(text) if kind == "auto" else ("html" if kind == "html" else "text")
    return text, resolved
