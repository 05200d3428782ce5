"""An ordered, immutable set of named rules that can be switched on and off."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from newsparse._errors import UnknownRuleError
from newsparse.rules._base import Rule

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["DuplicateRuleError", "RuleInfo", "RuleSet"]


class DuplicateRuleError(ValueError):
    """Two rules of one set share a name."""


@attrs.frozen(kw_only=True)
class RuleInfo:
    """One row of :meth:`RuleSet.describe`."""

    name: str
    category: str
    enabled: bool
    description: str


@attrs.frozen
class RuleSet:
    """Rules in the order they run, each enabled or disabled.

    Every method returns a new set.  Names given to :meth:`enable` and
    :meth:`disable` may be a rule's full name (``fundraising.dear_reader``) or a
    family (``fundraising``, every rule whose name starts with ``fundraising.``).
    An unknown name raises :class:`~newsparse.UnknownRuleError`.
    """

    _rules: tuple[Rule, ...] = ()
    _disabled: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for r in self._rules:
            if not isinstance(r, Rule):
                raise TypeError(f"a RuleSet holds Rule objects, not {type(r).__name__}")
            if r.name in seen:
                raise DuplicateRuleError(f"two rules are named {r.name!r}")
            seen.add(r.name)

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> RuleSet:
        return cls(tuple(rules))

    # -- reading -----------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        """Every rule's name, in running order (enabled or not)."""
        return tuple(r.name for r in self._rules)

    @property
    def enabled_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self._rules if r.name not in self._disabled)

    def __iter__(self) -> Iterator[Rule]:
        """The enabled rules, in running order."""
        return iter(self._enabled)

    @functools.cached_property
    def _enabled(self) -> tuple[Rule, ...]:
        # Every parse iterates the set: filter once.
        return tuple(r for r in self._rules if r.name not in self._disabled)

    def __len__(self) -> int:
        return len(self._rules) - len(self._disabled)

    def __contains__(self, name: object) -> bool:
        return any(r.name == name for r in self._rules)

    def get(self, name: str) -> Rule:
        for r in self._rules:
            if r.name == name:
                return r
        raise UnknownRuleError(self._unknown(name))

    def is_enabled(self, name: str) -> bool:
        self.get(name)
        return name not in self._disabled

    def describe(self) -> tuple[RuleInfo, ...]:
        return tuple(
            RuleInfo(
                name=r.name,
                category=r.category.value,
                enabled=r.name not in self._disabled,
                description=r.description,
            )
            for r in self._rules
        )

    # -- changing (each returns a new set) ---------------------------------
    def enable(self, *names: str) -> RuleSet:
        selected = self._select(names)
        return attrs.evolve(self, disabled=self._disabled - selected)

    def disable(self, *names: str) -> RuleSet:
        selected = self._select(names)
        return attrs.evolve(self, disabled=self._disabled | selected)

    def only(self, *names: str) -> RuleSet:
        """Keep just the named rules (or families) enabled."""
        selected = self._select(names)
        return attrs.evolve(self, disabled=frozenset(self.names) - selected)

    def before(self, name: str, new: Rule) -> RuleSet:
        return self._insert(self._position(name), new)

    def after(self, name: str, new: Rule) -> RuleSet:
        return self._insert(self._position(name) + 1, new)

    def append(self, new: Rule) -> RuleSet:
        return self._insert(len(self._rules), new)

    def replace(self, name: str, new: Rule) -> RuleSet:
        pos = self._position(name)
        rules = (*self._rules[:pos], new, *self._rules[pos + 1 :])
        disabled = self._disabled - {name}
        return RuleSet(rules, disabled)

    def remove(self, name: str) -> RuleSet:
        pos = self._position(name)
        return RuleSet((*self._rules[:pos], *self._rules[pos + 1 :]), self._disabled - {name})

    # -- helpers -------------------------------------------------------------
    def _insert(self, pos: int, new: Rule) -> RuleSet:
        return RuleSet((*self._rules[:pos], new, *self._rules[pos:]), self._disabled)

    def _position(self, name: str) -> int:
        for i, r in enumerate(self._rules):
            if r.name == name:
                return i
        raise UnknownRuleError(self._unknown(name))

    def _select(self, names: Iterable[str]) -> frozenset[str]:
        selected: set[str] = set()
        for name in names:
            if not isinstance(name, str):
                raise TypeError(f"rule names are strings, not {type(name).__name__}")
            matched = [
                r.name for r in self._rules if r.name == name or r.name.startswith(name + ".")
            ]
            if not matched:
                raise UnknownRuleError(self._unknown(name))
            selected.update(matched)
        return frozenset(selected)

    def _unknown(self, name: str) -> str:
        return f"no rule or rule family named {name!r}; known rules: {', '.join(self.names)}"
