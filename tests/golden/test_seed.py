"""The seed article (The Nation, plain text) parses exactly as a reader would split it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Category

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
TITLE = "The Trump-Kim Talks Ended Abruptly—but Negotiations Will Continue"


@pytest.fixture(scope="module")
def article() -> Article:
    return newsparse.parse((SEEDS / "nation-trump-kim.txt").read_bytes())


def test_header(article: Article) -> None:
    assert article.title == TITLE
    assert article.dek == (
        "There was no historic agreement, but even the hawk Mike Pompeo admitted "
        "the two sides made “real progress.”"
    )
    assert article.bylines == ()  # the appeal's signer is not the author
    assert article.authors == ()
    assert article.dateline is None


def test_body(article: Article) -> None:
    paragraphs = [p.text for p in article.paragraphs]
    assert len(paragraphs) == 22
    assert paragraphs[0].startswith("It was a bolt from the blue.")
    assert paragraphs[-1].startswith("“This is a moment when the international community")
    assert paragraphs[-1].endswith("has a responsibility to support it.”")
    for text in ("Dear reader", "donate today", "Katrina vanden Heuvel", "Ad Policy"):
        assert text not in article.body


def test_removed(article: Article) -> None:
    got = [(r.rule, r.category, r.text[:40]) for r in article.removed]
    assert got == [
        ("titles.repeated", Category.DUPLICATE, TITLE[:40]),
        ("titles.repeated", Category.DUPLICATE, TITLE[:40]),
        ("fundraising.dear_reader", Category.FUNDRAISING, "Dear reader,"),
        (
            "fundraising.dear_reader",
            Category.FUNDRAISING,
            "I hope you enjoyed the article you just ",
        ),
        (
            "fundraising.dear_reader",
            Category.FUNDRAISING,
            "As a Nation reader, you are likely an en",
        ),
        (
            "fundraising.dear_reader",
            Category.FUNDRAISING,
            "This month, we’re kicking off an ambitio",
        ),
        (
            "fundraising.dear_reader",
            Category.FUNDRAISING,
            "A better world is out there—and we need ",
        ),
        ("fundraising.dear_reader", Category.FUNDRAISING, "Katrina vanden Heuvel"),
        (
            "fundraising.dear_reader",
            Category.FUNDRAISING,
            "Editorial Director and Publisher, The Na",
        ),
        ("ads.label", Category.ADVERTISEMENT, "Ad Policy"),
    ]
    assert all(r.reason for r in article.removed)
