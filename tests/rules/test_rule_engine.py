"""Engine behaviour the boilerplate rules rely on: partial hits, order, long inputs."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from newsparse import Category
from newsparse._blocks import text_blocks
from newsparse._errors import RuleError
from newsparse.rules import Hit, Rule, RuleContext, default_rules
from newsparse.rules._engine import run_rules

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def _cut(*words: str) -> Rule:
    """A rule removing every occurrence of ``words`` as a partial hit."""

    def func(ctx: RuleContext) -> Iterator[Hit]:
        for block in ctx.blocks:
            for word in words:
                at = block.text.find(word)
                if at >= 0:
                    start = block.start + at
                    yield Hit(block=block, start=start, end=start + len(word), reason=word)

    return Rule(name="test.cut", category=Category.CREDIT, func=func)


def _run(rule: Rule, source: str) -> tuple[list[str], list[tuple[str, str]]]:
    kept, removed = run_rules([rule], text_blocks(source), source)
    for block in kept:
        assert source[block.start : block.end] == block.text
    return [b.text for b in kept], [(r.text, r.reason) for r in removed]


def test_a_partial_hit_at_the_end_keeps_the_caption() -> None:
    source = "Smoke rises over the city. (Photo: Jane Doe/AP)\nNext paragraph."
    kept, removed = _run(_cut(" (Photo: Jane Doe/AP)"), source)
    assert kept == ["Smoke rises over the city.", "Next paragraph."]
    assert removed == [("(Photo: Jane Doe/AP)", " (Photo: Jane Doe/AP)")]


def test_a_partial_hit_in_the_middle_splits_the_block() -> None:
    source = "First half. ___PAYWALL___ Second half."
    kept, removed = _run(_cut("___PAYWALL___"), source)
    assert kept == ["First half.", "Second half."]
    assert removed == [("___PAYWALL___", "___PAYWALL___")]


def test_overlapping_partial_hits_remove_each_character_once() -> None:
    source = "keep abcdef keep"
    kept, removed = _run(_cut("abcd", "cdef"), source)
    assert kept == ["keep", "keep"]
    assert "".join(text for text, _ in removed) == "abcdef"


def test_a_partial_hit_outside_its_block_is_a_rule_error() -> None:
    def func(ctx: RuleContext) -> Iterable[Hit]:
        block = ctx.blocks[0]
        return [Hit(block=block, start=block.start, end=block.end + 5, reason="bad")]

    rule = Rule(name="test.bad", category=Category.CREDIT, func=func)
    source = "one\ntwo"
    with pytest.raises(RuleError, match=r"test\.bad"):
        run_rules([rule], text_blocks(source), source)


def test_line_rules_run_before_neighbour_rules() -> None:
    names = default_rules().names
    neighbour = ["share.network_run", "related.list", "fundraising.dear_reader"]
    first_neighbour = min(names.index(n) for n in neighbour)
    for name in ["paywall.prompt", "newsletter.prompt", "share.label", "related.inline"]:
        assert names.index(name) < first_neighbour
    for name in ["cookie.banner", "copyright.notice", "credits.line", "disclosure.affiliate"]:
        assert names.index(name) < first_neighbour


def test_every_rule_has_a_description_and_a_known_category() -> None:
    for info in default_rules().describe():
        assert info.description
        assert Category(info.category)


@pytest.mark.parametrize(
    "source",
    [
        "x" * 5_000_000,
        "_" * 2_000_000 + "PAYWALL",
        "Photo: " + "Aa/" * 1_000_000,
        "Subscribe " * 500_000,
        "\n".join(["Facebook", "Related", "READ MORE: Headline here"] * 10_000),
        "We use cookies " + "a" * 3_000_000 + ". Photo: Jane Doe/AP",
    ],
    ids=["one-long-line", "underscores", "slashes", "repeated-call", "many-lines", "long-tail"],
)
def test_default_rules_are_fast_on_megabyte_inputs(source: str) -> None:
    start = time.perf_counter()
    run_rules(default_rules(), text_blocks(source), source)
    assert time.perf_counter() - start < 10
