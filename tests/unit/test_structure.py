from __future__ import annotations

import pytest

import newsparse
from newsparse._structure import split_dateline

BODY = (
    "The city council voted on Tuesday to close three branch libraries, a decision that "
    "drew protests from residents who packed the chamber for more than four hours.\n\n"
    "Officials said the closures would save about $2 million a year and that services "
    "would move to a new central building scheduled to open next spring.\n\n"
    "Residents said they would challenge the decision in court, arguing that the council "
    "had failed to consult the neighbourhoods most affected by the cuts."
)


def test_title_and_paragraphs() -> None:
    a = newsparse.parse("Council votes to close libraries\n\n" + BODY)
    assert a.title == "Council votes to close libraries"
    assert a.title_span is not None
    assert a.source[a.title_span.start : a.title_span.end] == a.title
    assert a.dek is None
    assert len(a.paragraphs) == 3


def test_dek_before_byline() -> None:
    a = newsparse.parse(
        "Council votes to close libraries\n\nResidents vow to fight the cuts in court.\n\n"
        "By Jane Doe and John Smith\n\n" + BODY
    )
    assert a.dek == "Residents vow to fight the cuts in court."
    assert [au.name for au in a.authors] == ["Jane Doe", "John Smith"]
    assert a.bylines[0].text == "By Jane Doe and John Smith"


def test_short_dek_without_byline() -> None:
    a = newsparse.parse(
        "Council votes to close libraries\n\nThree branches will shut by June.\n\n" + BODY
    )
    assert a.dek == "Three branches will shut by June."
    assert len(a.paragraphs) == 3


def test_no_title_for_a_lone_paragraph() -> None:
    a = newsparse.parse("Just one sentence of text.")
    assert a.title is None
    assert [p.text for p in a.paragraphs] == ["Just one sentence of text."]


def test_long_first_paragraph_is_not_a_title() -> None:
    a = newsparse.parse(BODY)
    assert a.title is None
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By JANE DOE, Associated Press", [("Jane Doe", None, "Associated Press")]),
        ("Jane Doe | Reuters", [("Jane Doe", None, "Reuters")]),
        ("Written by Jane Doe", [("Jane Doe", None, None)]),
        ("Jane Doe, Staff Writer", [("Jane Doe", "Staff Writer", None)]),
    ],
)
def test_byline_lines(line: str, authors: list[tuple[str, str | None, str | None]]) -> None:
    a = newsparse.parse(f"Council votes to close libraries\n\n{line}\n\n{BODY}")
    assert [(x.name, x.role, x.affiliation) for x in a.authors] == authors
    assert len(a.paragraphs) == 3


def test_header_date_is_reported() -> None:
    a = newsparse.parse(
        "Council votes to close libraries\n\nBy Jane Doe\n\nUpdated March 3, 2019 5:04 p.m. ET\n\n"
        + BODY
    )
    assert [au.name for au in a.authors] == ["Jane Doe"]
    (r,) = a.removed
    assert r.category == newsparse.Category.METADATA
    assert r.text.startswith("Updated March 3")


@pytest.mark.parametrize(
    ("text", "place", "agency", "rest"),
    [
        ("HANOI, Vietnam (AP) — The summit ended.", "HANOI, Vietnam", "AP", "The summit ended."),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", None, "The Senate voted."),
        ("LONDON (Reuters) - Shares fell.", "LONDON", "Reuters", "Shares fell."),
        ("NEW YORK, March 3 (Reuters) - Stocks rose.", "NEW YORK", "Reuters", "Stocks rose."),
    ],
)
def test_dateline(text: str, place: str, agency: str | None, rest: str) -> None:
    a = newsparse.parse(f"A headline for the story\n\n{text}\n\nSecond paragraph is here.")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency) == (place, agency)
    assert a.paragraphs[0].text == rest
    assert a.source[a.dateline.start : a.dateline.end] == a.dateline.text


@pytest.mark.parametrize(
    "text",
    [
        "Washington — the capital — was quiet.",
        "A — B",
        "NATO said on Monday it would act.",
        "I — me.",
        "TLDR: We are postponing the change to take time to re-evaluate it.",
        "UPDATE: The council answered on Wednesday.",
        "EDITOR'S NOTE: This story was corrected.",
        "WHY IT MATTERS: Grocery prices rose again in March.",
        "FACT CHECK: The claim about the budget is false.",
        "BREAKING NEWS: The council has resigned.",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert split_dateline(text, 0) is None
