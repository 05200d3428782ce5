"""Stage 5: direct quotations and their speakers (placeholder, being rewritten)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._model import Quote, Span

if TYPE_CHECKING:
    from newsparse._model import Paragraph

__all__ = ["extract_quotes"]


def extract_quotes(
    source: str,
    paragraphs: tuple[Paragraph, ...],
    title: Span | None = None,
    dek: Span | None = None,
) -> tuple[tuple[Quote, ...], tuple[Span, ...]]:
    """Return (speech quotes, other quoted spans) found in the title, dek and paragraphs."""
    del source, paragraphs, title, dek
    return (), ()
