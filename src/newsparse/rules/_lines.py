"""Helpers for the commonest rule shape: a closed-vocabulary label on a line of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
) -> Rule:
    """A rule removing every block of at most ``max_chars`` that ``pattern`` matches in full."""

    def func(ctx: RuleContext) -> Iterator[Hit]:
        for block in ctx.blocks:
            if len(block.text) <= max_chars and pattern.fullmatch(block.text):
                yield Hit(block=block, reason=reason)

    func.__name__ = name.replace(".", "_")
    return Rule(name=name, category=category, func=func, description=description or reason)
