"""Invariants of parse_byline() on any string, and of Author/Byline through Article JSON."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Author, Byline, parse_byline
from newsparse._bylines import looks_like_byline

FIRST = ["Jane", "JOHN", "María", "Kim", "Ahmed", "Chen", "Olga", "Jean-Pierre", "Ngozi", "Ľuboš"]
LAST = [
    "Doe",
    "SMITH",
    "García",
    "Nguyen",
    "O’Brien",
    "McDONALD",
    "van der Berg",
    "Lee",
    "de la Cruz",
]
PIECES = [
    "By ",
    "by",
    "Von ",
    "Par ",
    "Written by ",
    "Photos by ",
    " and ",
    " & ",
    ", ",
    " | ",
    " / ",
    " — ",
    " - ",
    "(",
    ")",
    "Staff Writer",
    "Senior Correspondent",
    "Associated Press",
    "Reuters",
    " for the Daily Mail",
    " in Beirut",
    "Updated Jan. 5, 2024 10:00 a.m. ET",
    "3 hours ago",
    "@jane_doe",
    "jane@example.com",
    "Follow",
    "MD, PhD",
    "Dr. ",
    "Team",
    ":",
    ".",
    " ",
    "\n",
    "2024",
]

name = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))
byline_like = st.lists(
    st.one_of(name, st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=14
).map("".join)
any_text = st.one_of(st.text(max_size=200), byline_like)

FORBIDDEN_EDGES = " \t\n,;:|/&-–—("


@given(any_text)
@example("By , and")
@example("Jane Doe, ")
@example("By By Jane")
@example("(((((")
@example("\x00By Jane\u200bDoe")
def test_parse_byline_never_raises_and_names_are_clean(text: str) -> None:
    b = parse_byline(text)
    assert b.text == text
    assert (b.start, b.end) == (0, len(text))
    for a in b.authors:
        assert a.name
        assert a.name == a.name.strip()
        assert a.name[0] not in FORBIDDEN_EDGES
        assert a.name[-1] not in FORBIDDEN_EDGES
        assert "By " not in a.name
        assert "\n" not in a.name
        for part in (a.role, a.affiliation):
            assert part is None or (part and part == part.strip())


@given(any_text, st.integers(min_value=0, max_value=10**9))
def test_offsets_follow_start(text: str, start: int) -> None:
    b = parse_byline(text, start)
    assert (b.start, b.end) == (start, start + len(text))


@given(any_text)
def test_deterministic_and_looks_like_never_raises(text: str) -> None:
    assert parse_byline(text) == parse_byline(text)
    assert isinstance(looks_like_byline(text), bool)


@given(byline_like)
def test_byline_round_trips_through_article_json(text: str) -> None:
    source = text + "\n\nThe council met on Tuesday."
    b = parse_byline(text, 0)
    article = Article(source=source, bylines=(b,))
    data = json.loads(json.dumps(article.to_dict()))
    back = Article.from_dict(data)
    assert back == article
    assert back.bylines == (b,)
    assert back.authors == b.authors


@given(
    st.text(min_size=1, max_size=20),
    st.one_of(st.none(), st.text(max_size=20)),
    st.one_of(st.none(), st.text(max_size=20)),
)
def test_any_author_round_trips(name_text: str, role: str | None, affiliation: str | None) -> None:
    author = Author(name=name_text, role=role, affiliation=affiliation)
    b = Byline(text="x", authors=(author,), start=0, end=1)
    article = Article(source="x", bylines=(b,))
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert newsparse.Article.from_dict(article.to_dict()).authors == (author,)
