from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import newsparse
from newsparse import Category, RuleError, UnknownRuleError
from newsparse._blocks import text_blocks
from newsparse.rules import (
    DuplicateRuleError,
    Hit,
    Rule,
    RuleContext,
    RuleSet,
    default_rules,
    line_rule,
    rule,
)
from newsparse.rules._engine import run_rules

if TYPE_CHECKING:
    from collections.abc import Iterator

SOURCE = "Title line\n\nKeep this paragraph.\n\nDROP ME\n\nCaption text. Photo: Jane Doe"


@rule("test.drop", Category.ADVERTISEMENT)
def drop_upper(ctx: RuleContext) -> Iterator[Hit]:
    """Blocks written in capitals."""
    for b in ctx.blocks:
        if b.text.isupper():
            yield Hit(block=b, reason="shouting")


@rule("test.credit", "credit")
def credit_suffix(ctx: RuleContext) -> Iterator[Hit]:
    for b in ctx.blocks:
        at = b.text.find("Photo:")
        if at >= 0:
            yield Hit(block=b, start=b.start + at, end=b.end, reason="credit")


class TestEngine:
    def test_whole_block_removed_with_record(self) -> None:
        kept, removed = run_rules([drop_upper], text_blocks(SOURCE), SOURCE)
        assert [b.text for b in kept] == [
            "Title line",
            "Keep this paragraph.",
            "Caption text. Photo: Jane Doe",
        ]
        (r,) = removed
        assert (r.text, r.rule, r.category, r.reason) == (
            "DROP ME",
            "test.drop",
            Category.ADVERTISEMENT,
            "shouting",
        )
        assert SOURCE[r.start : r.end] == r.text

    def test_partial_hit_splits_block(self) -> None:
        kept, removed = run_rules([credit_suffix], text_blocks(SOURCE), SOURCE)
        assert kept[-1].text == "Caption text."
        assert SOURCE[kept[-1].start : kept[-1].end] == "Caption text."
        assert removed[0].text == "Photo: Jane Doe"

    def test_later_rules_see_only_kept_blocks(self) -> None:
        seen: list[str] = []

        def spy(ctx: RuleContext) -> Iterator[Hit]:
            seen.extend(b.text for b in ctx.blocks)
            return iter(())

        spy_rule = Rule(name="test.spy", category=Category.SHARE, func=spy)
        run_rules([drop_upper, spy_rule], text_blocks(SOURCE), SOURCE)
        assert "DROP ME" not in seen

    def test_failing_rule_is_named(self) -> None:
        def boom(_ctx: RuleContext) -> Iterator[Hit]:
            raise ZeroDivisionError("x")

        bad = Rule(name="test.boom", category=Category.SHARE, func=boom)
        with pytest.raises(RuleError, match=r"test\.boom") as info:
            run_rules([bad], text_blocks(SOURCE), SOURCE)
        assert isinstance(info.value.__cause__, ZeroDivisionError)
        assert info.value.rule == "test.boom"

    def test_hit_outside_block_is_a_rule_error(self) -> None:
        def wild(ctx: RuleContext) -> Iterator[Hit]:
            b = ctx.blocks[0]
            yield Hit(block=b, start=b.start, end=b.end + 50, reason="x")

        with pytest.raises(RuleError, match="not inside its block"):
            run_rules(
                [Rule(name="test.wild", category="share", func=wild)], text_blocks(SOURCE), SOURCE
            )


class TestRuleSet:
    def test_default_names_are_dotted_and_unique(self) -> None:
        names = default_rules().names
        assert len(names) == len(set(names))
        assert all("." in n and n == n.lower() for n in names)

    def test_disable_and_enable(self) -> None:
        rules = default_rules().disable("fundraising.dear_reader")
        assert "fundraising.dear_reader" not in rules.enabled_names
        assert "fundraising.dear_reader" in rules.names
        assert not rules.is_enabled("fundraising.dear_reader")
        assert rules.enable("fundraising.dear_reader").is_enabled("fundraising.dear_reader")

    def test_disable_family(self) -> None:
        rules = default_rules().disable("fundraising")
        assert not any(n.startswith("fundraising.") for n in rules.enabled_names)

    def test_sets_are_immutable(self) -> None:
        base = default_rules()
        base.disable("ads")
        assert base.is_enabled("ads.label")

    def test_unknown_name(self) -> None:
        with pytest.raises(UnknownRuleError, match="no rule or rule family named 'nope'"):
            default_rules().disable("nope")
        with pytest.raises(KeyError):
            default_rules().get("nope.rule")

    def test_insert_and_order(self) -> None:
        rules = default_rules().before("ads.label", drop_upper).after("ads.label", credit_suffix)
        names = rules.names
        i = names.index("ads.label")
        assert names[i - 1 : i + 2] == ("test.drop", "ads.label", "test.credit")
        assert (
            rules.append(
                line_rule("test.tail", Category.SHARE, __import__("regex").compile("x"), "x")
            ).names[-1]
            == "test.tail"
        )

    def test_replace_and_remove(self) -> None:
        rules = default_rules().replace("ads.label", drop_upper)
        assert "ads.label" not in rules
        assert "test.drop" in rules
        assert "test.drop" not in rules.remove("test.drop")

    def test_only(self) -> None:
        assert default_rules().only("ads").enabled_names == ("ads.label",)

    def test_duplicate_names_rejected(self) -> None:
        with pytest.raises(DuplicateRuleError):
            RuleSet.of([drop_upper, drop_upper])

    def test_bad_rule_name(self) -> None:
        with pytest.raises(ValueError, match="lowercase and dotted"):
            Rule(name="NoDots", category=Category.SHARE, func=drop_upper.func)

    def test_describe(self) -> None:
        info = {i.name: i for i in default_rules().disable("ads").describe()}
        assert info["ads.label"].enabled is False
        assert info["ads.label"].category == "advertisement"
        assert info["fundraising.dear_reader"].description

    def test_decorator_takes_docstring(self) -> None:
        assert drop_upper.description == "Blocks written in capitals."
        assert drop_upper.family == "test"


def test_parse_uses_given_rules() -> None:
    text = "A headline here\n\nBody paragraph one is long enough.\n\nAdvertisement\n\nBody two."
    assert any(r.rule == "ads.label" for r in newsparse.parse(text).removed)
    article = newsparse.parse(text, rules=default_rules().disable("ads.label"))
    assert "Advertisement" in article.body
    custom = newsparse.parse(text + "\n\nSHOUTED LINE", rules=default_rules().append(drop_upper))
    assert [r.text for r in custom.removed if r.rule == "test.drop"] == ["SHOUTED LINE"]


def test_parse_rejects_non_ruleset() -> None:
    with pytest.raises(newsparse.InputTypeError, match="RuleSet"):
        newsparse.parse("x", rules=["ads.label"])  # type: ignore[arg-type]


def test_every_default_rule_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent.parent / "docs" / "rules.md").read_text()
    missing = [n for n in default_rules().names if f"`{n}`" not in doc]
    assert missing == []


def test_rules_skip_other_kinds() -> None:
    seen: list[str] = []

    def spy(ctx: RuleContext) -> Iterator[Hit]:
        seen.append(ctx.kind)
        return iter(())

    html_only = Rule(name="test.html_only", category=Category.SHARE, func=spy, kinds=("html",))
    run_rules([html_only], text_blocks(SOURCE), SOURCE, kind="text")
    assert seen == []
    run_rules([html_only], text_blocks(SOURCE), SOURCE, kind="html")
    assert seen == ["html"]
    assert html_only.kinds == frozenset({"html"})
