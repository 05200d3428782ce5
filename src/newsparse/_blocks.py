"""Stage 2 for text: split ``source`` into blocks, one per non-blank line.

After normalisation (hard-wrapped paragraphs already joined), a non-blank line
is a paragraph, a heading, a byline or a piece of boilerplate: the unit every
rule decides on.  Invariant: ``source[b.start:b.end] == b.text``.
"""

from __future__ import annotations

import attrs

from newsparse._text import opening

__all__ = ["Block", "text_blocks"]


@attrs.frozen(kw_only=True)
class Block:
    """A unit of the document that rules keep or remove.

    ``index`` is the block's position among all blocks of the document (it does
    not change when other blocks are removed); ``blank_before`` counts the blank
    lines in front of it.  HTML blocks also carry their ``tag``, the share of
    their text inside links (``link_density``) and class/id ``hints``.

    ``lower`` (the text in lower case) and ``opening`` (how it opens, see
    :func:`newsparse._text.opening`) are computed with the block: nearly every
    rule's cheap pre-checks read them.  They take no part in comparisons.
    """

    text: str
    start: int
    end: int
    index: int
    blank_before: int = 0
    tag: str | None = None
    link_density: float = 0.0
    hints: tuple[str, ...] = ()
    lower: str = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: self.text.lower(), takes_self=True),
        eq=False,
        repr=False,
    )
    opening: tuple[str, str] = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: opening(self.text), takes_self=True),
        eq=False,
        repr=False,
    )

    def with_hints(self, hints: tuple[str, ...]) -> Block:
        """This block with other ``hints``: ``attrs.evolve`` without recomputing
        ``lower`` and ``opening``, which do not depend on them."""
        new = object.__new__(Block)
        for name in _SLOTS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "hints", hints)
        return new


_SLOTS = tuple(f.name for f in attrs.fields(Block) if f.name != "hints")


def text_blocks(source: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    pos = 0
    blank = 0
    for line in source.split("\n"):
        end = pos + len(line)
        if line:
            blocks.append(
                Block(text=line, start=pos, end=end, index=len(blocks), blank_before=blank)
            )
            blank = 0
        else:
            blank += 1
        pos = end + 1
    return tuple(blocks)
