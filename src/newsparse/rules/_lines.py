"""Helpers for the commonest rule shape: a closed-vocabulary label on a line of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._text import Openers, has_any
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex

    from newsparse._model import Category

__all__ = ["line_rule"]


def line_rule(
    name: str,
    category: Category,
    pattern: regex.Pattern[str],
    reason: str,
    *,
    max_chars: int = 200,
    description: str = "",
    stems: tuple[str, ...] = (),
    openers: Openers | None = None,
) -> Rule:
    """A rule removing every block of at most ``max_chars`` that ``pattern`` matches in full.

    ``stems``, when given, are lower-case substrings one of which every match
    contains: a cheap test that spares the pattern most lines.  ``openers``,
    when given, screens lines by how every match opens (see :class:`Openers`).
    """

    def func(ctx: RuleContext) -> Iterator[Hit]:
        for block in ctx.blocks:
            if (
                len(block.text) <= max_chars
                and (openers is None or openers.allow(block))
                and (not stems or has_any(block.lower, stems))
                and pattern.fullmatch(block.text)
            ):
                yield Hit(block=block, reason=reason)

    func.__name__ = name.replace(".", "_")
    return Rule(name=name, category=category, func=func, description=description or reason)
