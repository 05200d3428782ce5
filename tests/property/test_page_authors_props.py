"""Invariants of page_authors() on any candidates, and of page authors through Article JSON."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from newsparse._page_authors import AuthorCandidate, page_authors

KINDS = [
    "jsonld",
    "jsonld_org",
    "publisher",
    "meta",
    "twitter",
    "rel",
    "itemprop",
    "itemprop_name",
    "element",
    "link",
]
PIECES = [
    "Jane Doe",
    "JOHN SMITH",
    "María García",
    "By ",
    "by",
    "Von ",
    " and ",
    ", ",
    " | ",
    "\n",
    "Staff",
    "@jane_doe",
    "jane@example.com",
    "https://example.com/author/jane",
    "The Gazette",
    "Updated Jan. 5, 2024",
    "gnaddrig",
    "By ",
    " ",
]
text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join),
)
candidate = st.builds(
    AuthorCandidate,
    text=text,
    kind=st.sampled_from(KINDS),
    key=st.sampled_from(["", "author", "byl"]),
    context=st.lists(st.sampled_from(["aside", "article", "byline", "comment"]), max_size=3).map(
        tuple
    ),
    block=st.integers(min_value=-1, max_value=5),
    in_article=st.booleans(),
)
candidates = st.lists(candidate, max_size=8).map(tuple)


@given(candidates, st.one_of(st.none(), text))
def test_authors_are_clean_names(cands: tuple[AuthorCandidate, ...], site: str | None) -> None:
    authors = page_authors(cands, site_name=site)
    keys = set()
    for a in authors:
        assert a.name
        assert a.name == a.name.strip()
        assert "By " not in a.name
        keys.add(a.name.casefold())
    assert len(keys) == len(authors)
    assert page_authors(cands, site_name=site) == authors


@given(candidates)
def test_page_authors_round_trip_through_article_json(cands: tuple[AuthorCandidate, ...]) -> None:
    authors = page_authors(cands)
    article = Article(source="x", kind="html", authors=authors)
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back == article
    assert back.authors == authors


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join))
def test_pages_with_any_author_markup(value: str) -> None:
    escaped = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    html = (
        f'<html><head><meta name="author" content="{escaped}"></head><body>'
        f'<p class="byline">{escaped}</p><p>The council met on Tuesday.</p></body></html>'
    )
    article = newsparse.parse(html)
    for a in article.authors:
        assert a.name
        assert "By " not in a.name
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
