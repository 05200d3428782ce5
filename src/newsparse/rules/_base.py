"""What a rule is and what it sees: :class:`Rule`, :class:`RuleContext`, :class:`Hit`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._model import Category

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from newsparse._blocks import Block

__all__ = ["Hit", "Rule", "RuleContext", "rule"]

_NAME = regex.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")


@attrs.frozen(kw_only=True)
class Hit:
    """What a rule found: the whole ``block``, or ``source[start:end]`` inside it."""

    block: Block
    reason: str
    start: int | None = None
    end: int | None = None


@attrs.frozen(kw_only=True)
class RuleContext:
    """What a rule reads: the blocks still kept (in document order) and the source."""

    source: str
    blocks: tuple[Block, ...]
    kind: str = "text"


def _check_name(_inst: object, _attr: object, value: str) -> None:
    if not _NAME.fullmatch(value):
        msg = f"rule names are lowercase and dotted like 'family.name', not {value!r}"
        raise ValueError(msg)


def _kinds(value: Iterable[str]) -> frozenset[str]:
    kinds = frozenset(value)
    if not kinds <= {"text", "html"}:
        msg = f"a rule runs on the kinds 'text' and 'html', not {sorted(kinds)!r}"
        raise ValueError(msg)
    return kinds


@attrs.frozen(kw_only=True)
class Rule:
    """A named boilerplate rule.

    ``func`` reads a :class:`RuleContext` and yields :class:`Hit` objects; the
    engine turns each hit into a :class:`~newsparse.Removed` record carrying
    ``name``, ``category`` and the hit's reason.
    """

    name: str = attrs.field(validator=_check_name)
    category: Category = attrs.field(converter=Category)
    func: Callable[[RuleContext], Iterable[Hit]] = attrs.field(eq=False)
    description: str = ""
    kinds: frozenset[str] = attrs.field(default=frozenset({"text", "html"}), converter=_kinds)
    """The document kinds the rule runs on ("text", "html"); the engine skips it on others."""

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


def rule(
    name: str,
    category: Category | str,
    description: str = "",
    *,
    kinds: Iterable[str] = ("text", "html"),
) -> Callable[[Callable[[RuleContext], Iterable[Hit]]], Rule]:
    """Decorator: turn a function ``(ctx) -> Iterable[Hit]`` into a :class:`Rule`."""

    def wrap(func: Callable[[RuleContext], Iterable[Hit]]) -> Rule:
        doc = description or (func.__doc__ or "").strip().split("\n", 1)[0]
        return Rule(
            name=name,
            category=Category(category),
            func=func,
            description=doc,
            kinds=kinds,
        )

    return wrap
