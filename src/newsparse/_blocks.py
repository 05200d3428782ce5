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
        ``lower`` and ``opening``, which do not depend on them.

        Field by field, written out: it runs for every block of every HTML page.
        """
        new = object.__new__(Block)
        _set(new, "text", self.text)
        _set(new, "start", self.start)
        _set(new, "end", self.end)
        _set(new, "index", self.index)
        _set(new, "blank_before", self.blank_before)
        _set(new, "tag", self.tag)
        _set(new, "link_density", self.link_density)
        _set(new, "hints", hints)
        _set(new, "lower", self.lower)
        _set(new, "opening", self.opening)
        return new


# Frozen: ``with_hints`` sets fields past attrs' guard (and a test checks it sets them all).
_set = object.__setattr__


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
