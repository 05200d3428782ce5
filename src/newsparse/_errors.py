"""The library's own exceptions.

Every failure that newsparse reports is a :class:`NewsparseError`.  Input
problems also subclass the builtin a caller would naturally catch
(``ValueError``, ``TypeError``, ``KeyError``), so existing handlers keep working.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "InternalError",
    "NewsparseError",
    "RuleError",
    "UnknownRuleError",
    "UnsupportedInputError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises."""


class InputError(NewsparseError, ValueError):
    """The document cannot be parsed as given."""


class InputTypeError(InputError, TypeError):
    """The document is neither ``str`` nor ``bytes`` (or an argument has the wrong type)."""


class DecodeError(InputError):
    """The bytes could not be decoded to text, or do not look like text at all."""


class InputTooLargeError(InputError):
    """The document is longer than ``Options.max_chars``."""


class UnsupportedInputError(InputError):
    """The document is of a kind this version cannot parse."""


class InternalError(NewsparseError):
    """newsparse itself failed on this document (a bug: please report it with the input).

    The original exception is chained as ``__cause__``.
    """


class UnknownRuleError(NewsparseError, KeyError):
    """A rule name that the rule set does not contain."""

    def __str__(self) -> str:
        # KeyError.__str__ would repr() the message; show it as written.
        return str(self.args[0]) if self.args else ""


class RuleError(NewsparseError):
    """A boilerplate rule raised an exception; ``rule`` names it, ``__cause__`` holds the cause."""

    def __init__(self, rule: str, cause: BaseException | str) -> None:
        detail = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        super().__init__(f"rule {rule!r} failed: {detail}")
        self.rule = rule
        self.detail = detail

    def __reduce__(self) -> tuple[type[RuleError], tuple[str, str]]:
        # Pickle by rule name and message (the cause may not pickle): workers send it back.
        return (type(self), (self.rule, self.detail))


# Show the public path (newsparse.InputError) in tracebacks and reprs.
for _cls in (
    NewsparseError,
    InputError,
    InputTypeError,
    DecodeError,
    InputTooLargeError,
    UnsupportedInputError,
    UnknownRuleError,
    RuleError,
    InternalError,
):
    _cls.__module__ = "newsparse"
