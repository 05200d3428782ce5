from __future__ import annotations

import attrs

from newsparse._blocks import Block, text_blocks


def test_one_block_per_line_with_offsets() -> None:
    source = "Title\n\n\nFirst para.\nSecond para.\n\nThird."
    blocks = text_blocks(source)
    assert [b.text for b in blocks] == ["Title", "First para.", "Second para.", "Third."]
    assert [b.blank_before for b in blocks] == [0, 2, 0, 1]
    assert [b.index for b in blocks] == [0, 1, 2, 3]
    for b in blocks:
        assert source[b.start : b.end] == b.text


def test_empty_and_blank() -> None:
    assert text_blocks("") == ()
    assert text_blocks("\n\n\n") == ()


def test_trailing_newline() -> None:
    blocks = text_blocks("a\nb\n")
    assert [(b.start, b.end) for b in blocks] == [(0, 1), (2, 3)]


def test_block_lower_and_opening_follow_the_text() -> None:
    block = Block(text="Subscribe NOW", start=0, end=13, index=0)
    assert block.lower == "subscribe now"
    assert block.opening == ("subscribe", "")
    moved = attrs.evolve(block, text="“Quote”", end=7)
    assert moved.lower == "“quote”"
    assert moved.opening == ("", "“")
    assert "lower" not in repr(block)
    assert block == Block(text="Subscribe NOW", start=0, end=13, index=0)


def test_with_hints_copies_every_field_and_changes_only_the_hints() -> None:
    block = Block(text="By Jane Doe", start=4, end=15, index=2, blank_before=1, tag="p")
    block = attrs.evolve(block, link_density=0.5, hints=("byline",))
    new = block.with_hints(("content", "byline"))
    for field in attrs.fields(Block):
        expected = ("content", "byline") if field.name == "hints" else getattr(block, field.name)
        assert getattr(new, field.name) == expected, field.name
    assert new == attrs.evolve(block, hints=("content", "byline"))
