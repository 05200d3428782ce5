"""Account for every character: the check behind "nothing is lost silently".

Used by the tests, the fuzz target and the hostile-input suite; callers can use
it to audit an article too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse._model import Article

__all__ = ["audit", "lost_characters", "pieces"]


def pieces(article: Article) -> list[tuple[str, int, int]]:
    """Every piece of the article that holds text from ``source``, as (text, start, end)."""
    found = [(p.text, p.start, p.end) for p in article.paragraphs]
    found += [(r.text, r.start, r.end) for r in article.removed]
    found += [(b.text, b.start, b.end) for b in article.bylines]
    for span in (article.title_span, article.dek_span, article.dateline):
        if span is not None:
            found.append((span.text, span.start, span.end))
    return found


def lost_characters(article: Article) -> str:
    """The non-space characters of ``source`` that no piece of the article covers."""
    covered = bytearray(len(article.source))
    for _, start, end in pieces(article):
        covered[start:end] = b"\x01" * (end - start)
    return "".join(
        ch for ch, c in zip(article.source, covered, strict=True) if not c and not ch.isspace()
    )


def audit(article: Article) -> list[str]:
    """What is wrong with ``article``: offsets that do not slice ``source``, lost characters."""
    problems = [
        f"{start}:{end} does not slice source to {text[:40]!r}"
        for text, start, end in pieces(article)
        if not 0 <= start <= end <= len(article.source) or article.source[start:end] != text
    ]
    lost = lost_characters(article)
    if lost:
        problems.append(f"{len(lost)} characters are in no piece of the article: {lost[:40]!r}")
    return problems
