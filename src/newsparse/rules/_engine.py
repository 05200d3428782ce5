"""Run a :class:`RuleSet` over blocks; every hit becomes a :class:`Removed` record."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsparse._errors import RuleError
from newsparse._model import Removed
from newsparse.rules._base import Hit, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newsparse._blocks import Block
    from newsparse.rules._base import Rule

__all__ = ["run_rules"]


def _trimmed(block: Block, source: str, start: int, end: int) -> Block | None:
    """The part ``source[start:end]`` of ``block`` with surrounding spaces and punctuation glue trimmed."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return attrs.evolve(block, text=source[start:end], start=start, end=end)


def _apply(
    rule: Rule, hits: Sequence[Hit], blocks: tuple[Block, ...], source: str
) -> tuple[tuple[Block, ...], list[Removed]]:
    if not hits:
        return blocks, []  # most rules find nothing in most documents
    by_id = {id(b): i for i, b in enumerate(blocks)}
    whole: dict[int, Hit] = {}
    parts: dict[int, list[Hit]] = {}
    for hit in hits:
        if not isinstance(hit, Hit):
            raise TypeError(f"a rule must yield Hit objects, not {type(hit).__name__}")
        pos = by_id.get(id(hit.block))
        if pos is None:
            raise ValueError("a hit names a block that is not among the context's blocks")
        if hit.start is None and hit.end is None:
            whole.setdefault(pos, hit)
            continue
        start = hit.block.start if hit.start is None else hit.start
        end = hit.block.end if hit.end is None else hit.end
        if not hit.block.start <= start < end <= hit.block.end:
            raise ValueError(
                f"a hit's span {start}:{end} is not inside its block {hit.block.start}:{hit.block.end}"
            )
        parts.setdefault(pos, []).append(attrs.evolve(hit, start=start, end=end))

    removed: list[Removed] = []
    kept: list[Block] = []

    def record(start: int, end: int, reason: str) -> None:
        removed.append(
            Removed(
                start=start,
                end=end,
                text=source[start:end],
                rule=rule.name,
                category=rule.category,
                reason=reason,
            )
        )

    for pos, block in enumerate(blocks):
        if pos in whole:
            record(block.start, block.end, whole[pos].reason)
            continue
        if pos not in parts:
            kept.append(block)
            continue
        cursor = block.start
        for hit in sorted(parts[pos], key=lambda h: (h.start or 0, h.end or 0)):
            start, end = hit.start or 0, hit.end or 0
            if end <= cursor:
                continue
            start = max(start, cursor)
            piece = _trimmed(block, source, cursor, start)
            if piece is not None:
                kept.append(piece)
            trimmed = _trimmed(block, source, start, end)
            if trimmed is not None:
                record(trimmed.start, trimmed.end, hit.reason)
            cursor = end
        rest = _trimmed(block, source, cursor, block.end)
        if rest is not None:
            kept.append(rest)
    return tuple(kept), removed


def run_rules(
    rules: Iterable[Rule], blocks: tuple[Block, ...], source: str, kind: str = "text"
) -> tuple[tuple[Block, ...], tuple[Removed, ...]]:
    """Apply ``rules`` in order; each rule sees only the blocks the earlier ones kept."""
    removed: list[Removed] = []
    ctx: RuleContext | None = None
    for rule in rules:
        if not blocks:
            break
        if kind not in rule.kinds:
            continue
        if ctx is None or ctx.blocks is not blocks:  # most rules remove nothing: reuse it
            ctx = RuleContext(source=source, blocks=blocks, kind=kind)
        try:
            blocks, found = _apply(rule, list(rule.func(ctx)), blocks, source)
        except Exception as exc:
            raise RuleError(rule.name, exc) from exc
        removed.extend(found)
    removed.sort(key=lambda r: (r.start, r.end))
    return blocks, tuple(removed)
