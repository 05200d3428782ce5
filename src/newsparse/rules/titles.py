"""Repeated titles and repeated blocks [duplicate]."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse._model import Category
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

# A plain character class: the standard library's engine is the faster one here.
_NOT_WORD = re.compile(r"\W+")


def fingerprint(text: str) -> str:
    """Case-, space- and punctuation-insensitive form used to spot repeats."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def _repeated_title(ctx: RuleContext) -> Iterator[Hit]:
    """Copies of the first block (the title) near the top of the document."""
    if not ctx.blocks:
        return
    first = ctx.blocks[0]
    if len(first.text) > 300 or first.text.endswith("."):
        return  # a headline does not end with a full stop: this is body text
    key = fingerprint(first.text)
    if not key:
        return
    for block in ctx.blocks[1:8]:
        if fingerprint(block.text) == key:
            yield Hit(block=block, reason=f"repeats the title at offset {first.start}")


def _repeated_block(ctx: RuleContext) -> Iterator[Hit]:
    """A later block identical to an earlier one (pull quotes pasted twice, template repeats)."""
    seen: dict[str, int] = {}
    for block in ctx.blocks:
        key = block.text  # blocks are normalised and trimmed: exact repeats suffice
        if len(key) < 20 or key.count(" ") < 2:
            continue
        if key in seen:
            yield Hit(block=block, reason=f"repeats the block at offset {seen[key]}")
        else:
            seen[key] = block.start


RULES = (
    Rule(
        name="titles.repeated",
        category=Category.DUPLICATE,
        func=_repeated_title,
        description="Copies of the title repeated near the top of the document.",
    ),
    Rule(
        name="duplicates.repeated_block",
        category=Category.DUPLICATE,
        func=_repeated_block,
        description="A block of three or more words identical to an earlier block.",
    ),
)
