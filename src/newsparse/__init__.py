"""newsparse: turn a news document into a clean, structured article.

>>> import newsparse
>>> article = newsparse.parse("A title\\n\\nThe first paragraph. It has two sentences.")
>>> article.title
'A title'
"""

from newsparse._api import DEFAULT_MAX_CHARS, Options, Parser, parse, parse_html, parse_text
from newsparse._batch import ParseFailure, ParseResult, parse_many
from newsparse._bylines import parse_byline
from newsparse._errors import (
    DecodeError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    InternalError,
    NewsparseError,
    RuleError,
    UnknownRuleError,
    UnsupportedInputError,
)
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
from newsparse._version import __version__
from newsparse.rules import Rule, RuleSet, default_rules

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Article",
    "Author",
    "Byline",
    "Category",
    "Dateline",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "InternalError",
    "NewsparseError",
    "Options",
    "Paragraph",
    "ParseFailure",
    "ParseResult",
    "Parser",
    "Quote",
    "Removed",
    "Rule",
    "RuleError",
    "RuleSet",
    "Span",
    "UnknownRuleError",
    "UnsupportedInputError",
    "__version__",
    "default_rules",
    "parse",
    "parse_byline",
    "parse_html",
    "parse_many",
    "parse_text",
]
