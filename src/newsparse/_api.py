"""The public entry points: :func:`parse`, :class:`Parser`, :class:`Options`."""

from __future__ import annotations

import attrs

from newsparse._blocks import text_blocks
from newsparse._errors import InputTypeError, InternalError, NewsparseError
from newsparse._html import decode_html_bytes, parse_page
from newsparse._input import normalize_text, prepare, unwrap_hard_wrapped
from newsparse._model import Article
from newsparse._quotes import extract_quotes
from newsparse._structure import build_structure
from newsparse.rules import RuleSet, default_rules
from newsparse.rules._engine import run_rules

__all__ = ["DEFAULT_MAX_CHARS", "Options", "Parser", "parse", "parse_html", "parse_text"]

DEFAULT_MAX_CHARS = 50_000_000


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InputTypeError(f"Options.{attribute.name} must be a positive int, not {value!r}")


@attrs.frozen(kw_only=True)
class Options:
    """Settings of a parse, in one frozen value.

    ``max_chars``: documents longer than this (in characters after decoding;
    bytes over four times this) raise :class:`InputTooLargeError`.
    ``quotes``: set to ``False`` to skip quote extraction.
    """

    max_chars: int = attrs.field(default=DEFAULT_MAX_CHARS, validator=_positive)
    quotes: bool = True


_DEFAULT_OPTIONS = Options()


def _check_rules(rules: object) -> RuleSet:
    if rules is None:
        return default_rules()
    if not isinstance(rules, RuleSet):
        raise InputTypeError(f"rules must be a newsparse.rules.RuleSet, not {type(rules).__name__}")
    return rules


def _check_options(options: object) -> Options:
    if options is None:
        return _DEFAULT_OPTIONS
    if not isinstance(options, Options):
        raise InputTypeError(f"options must be a newsparse.Options, not {type(options).__name__}")
    return options


def _parse_text(text: str, rules: RuleSet, options: Options) -> Article:
    source = unwrap_hard_wrapped(normalize_text(text))
    blocks = text_blocks(source)
    kept, removed = run_rules(rules, blocks, source, kind="text")
    structure = build_structure(kept)
    quotes, other = (
        extract_quotes(source, structure.paragraphs, structure.title, structure.dek)
        if options.quotes
        else ((), ())
    )
    all_removed = tuple(sorted((*removed, *structure.removed), key=lambda r: (r.start, r.end)))
    return Article(
        source=source,
        kind="text",
        title=structure.title.text if structure.title else None,
        title_span=structure.title,
        dek=structure.dek.text if structure.dek else None,
        dek_span=structure.dek,
        bylines=structure.bylines,
        dateline=structure.dateline,
        paragraphs=structure.paragraphs,
        quotes=quotes,
        other_quoted=other,
        removed=all_removed,
    )


@attrs.frozen
class Parser:
    """A reusable parser: rules and options fixed once, :meth:`parse` called many times."""

    rules: RuleSet = attrs.field(factory=default_rules, converter=_check_rules)
    options: Options = attrs.field(factory=Options, converter=_check_options)

    def parse(self, doc: str | bytes, *, kind: str = "auto") -> Article:
        text, resolved = prepare(doc, kind, self.options.max_chars)
        try:
            if resolved == "html":
                if isinstance(doc, bytes | bytearray | memoryview):
                    text = decode_html_bytes(bytes(doc), text)
                return parse_page(text, self.rules, quotes=self.options.quotes)
            return _parse_text(text, self.rules, self.options)
        except NewsparseError:
            raise
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:
            # A batch over millions of pages needs one exception type to catch.
            raise InternalError(
                f"newsparse failed on this document ({type(exc).__name__}: {exc}); "
                "this is a bug, please report it with the input"
            ) from exc


def parse(
    doc: str | bytes,
    *,
    kind: str = "auto",
    rules: RuleSet | None = None,
    options: Options | None = None,
) -> Article:
    """Parse a news document (``str`` or ``bytes``, plain text or HTML) into an :class:`Article`.

    ``kind`` is ``"auto"`` (the default: detect), ``"text"`` or ``"html"``.
    ``rules`` is a :class:`~newsparse.rules.RuleSet` (default: :func:`default_rules`).
    Raises a :class:`NewsparseError` subclass for input it cannot take; any text parses.
    """
    return Parser(rules=rules, options=options).parse(doc, kind=kind)


def parse_text(
    doc: str | bytes, *, rules: RuleSet | None = None, options: Options | None = None
) -> Article:
    """:func:`parse` with ``kind="text"``."""
    return parse(doc, kind="text", rules=rules, options=options)


def parse_html(
    doc: str | bytes, *, rules: RuleSet | None = None, options: Options | None = None
) -> Article:
    """:func:`parse` with ``kind="html"``."""
    return parse(doc, kind="html", rules=rules, options=options)
