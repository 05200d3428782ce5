"""Boilerplate rules: named, ordered, individually switchable.

>>> from newsparse.rules import default_rules
>>> "fundraising.dear_reader" in default_rules().names
True

A rule is a small function that reads the blocks still kept (a
:class:`RuleContext`) and yields :class:`Hit` objects with a reason; the engine
records each hit as a :class:`~newsparse.Removed` item.  Line-level rules that
need no context run first, rules that look at neighbours after them.
"""

from __future__ import annotations

from newsparse._blocks import Block
from newsparse.rules import (
    ads,
    cookie,
    copyright,  # noqa: A004 (the family module is named after its category)
    credits,  # noqa: A004 (same)
    disclosure,
    fundraising,
    newsletter,
    page,
    paywall,
    related,
    share,
    titles,
)
from newsparse.rules._base import Hit, Rule, RuleContext, rule
from newsparse.rules._lines import line_rule
from newsparse.rules._registry import DuplicateRuleError, RuleInfo, RuleSet

__all__ = [
    "Block",
    "DuplicateRuleError",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleInfo",
    "RuleSet",
    "default_rules",
    "line_rule",
    "rule",
]

_DEFAULT = RuleSet.of(
    (
        # HTML only: markup, hidden text and page regions named by the markup.
        *page.RULES,
        # Line-level, context-free rules.
        *ads.RULES,
        fundraising.RULES[0],
        *disclosure.RULES,
        *paywall.RULES,
        *newsletter.RULES,
        share.RULES[0],  # share.label
        related.RULES[0],  # related.inline
        related.RULES[2],  # related.hub
        *cookie.RULES,
        *copyright.RULES,
        *credits.RULES,
        # Rules that look at neighbouring blocks.
        share.RULES[1],  # share.network_run
        related.RULES[1],  # related.list
        fundraising.RULES[1],
        *titles.RULES,
    )
)


def default_rules() -> RuleSet:
    """The rules newsparse runs when ``parse(..., rules=None)``."""
    return _DEFAULT
