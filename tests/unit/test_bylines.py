"""Byline parsing and byline-line detection, one shape per case."""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse import Author, parse_byline
from newsparse._bylines import looks_like_byline


def names(text: str) -> list[str]:
    return [a.name for a in parse_byline(text).authors]


def triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.role, a.affiliation) for a in parse_byline(text).authors]


# --- the Byline value ---------------------------------------------------------


def test_byline_keeps_raw_text_and_offsets() -> None:
    raw = "  By Jane Doe \n"
    b = parse_byline(raw, 120)
    assert b.text == raw
    assert (b.start, b.end) == (120, 120 + len(raw))
    assert b.authors == (Author(name="Jane Doe"),)


def test_default_start_is_zero() -> None:
    b = parse_byline("By Jane Doe")
    assert (b.start, b.end) == (0, len("By Jane Doe"))


def test_public_api() -> None:
    assert newsparse.parse_byline is parse_byline


def test_non_str_raises_input_type_error() -> None:
    with pytest.raises(newsparse.InputTypeError):
        parse_byline(b"By Jane Doe")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "By", "by ", ",", "—", "123", "By 2030"])
def test_no_authors(text: str) -> None:
    assert parse_byline(text).authors == ()


# --- cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("by jane doe's editor Jane Doe", ["Jane Doe"]),
        ("BY: Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Posted by Jane Doe", ["Jane Doe"]),
        ("ByJane Doe", ["Jane Doe"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("Von Hans Müller", ["Hans Müller"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Por Juan Pérez", ["Juan Pérez"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
        ("Av Ola Nordmann", ["Ola Nordmann"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("Kolumne von Carla Beispiel", ["Carla Beispiel"]),
        ("Tuesday 10:44 am PST by Jane Doe", ["Jane Doe"]),
    ],
)
def test_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_von_inside_a_name_is_a_particle() -> None:
    assert names("Ludwig von Mises, Staff Writer") == ["Ludwig von Mises"]


# --- several names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Jane Doe & John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe, John Smith, Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("By Jane Doe, John Smith, and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("Jane Doe | John Smith", ["Jane Doe", "John Smith"]),
        ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Por Juan Pérez y Ana Gómez", ["Juan Pérez", "Ana Gómez"]),
        ("Jane Doe — Jane Doe", ["Jane Doe"]),
    ],
)
def test_several_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- roles and titles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe, Staff Writer", [("Jane Doe", "Staff Writer", None)]),
        ("By Jane Doe, Senior Correspondent", [("Jane Doe", "Senior Correspondent", None)]),
        ("Jane Doe Senior Staff Writer", [("Jane Doe", "Senior Staff Writer", None)]),
        ("Senior Correspondent Jane Doe", [("Jane Doe", "Senior Correspondent", None)]),
        ("By Dr. Jane Doe", [("Jane Doe", "Dr.", None)]),
        ("Jane Doe, MD, PhD", [("Jane Doe", "MD, PhD", None)]),
        ("Jane Doe, Ph.D.", [("Jane Doe", "Ph.D.", None)]),
        ("Jane Doe, Director of Operations", [("Jane Doe", "Director of Operations", None)]),
    ],
)
def test_roles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


def test_role_after_place_goes_to_the_last_name() -> None:
    assert triples("By Jane Doe in Beirut and John Smith, Middle East correspondent") == [
        ("Jane Doe", None, None),
        ("John Smith", "Middle East correspondent", None),
    ]


def test_plural_role_goes_to_every_name() -> None:
    assert triples("By Jane Doe and John Smith, Staff Writers") == [
        ("Jane Doe", "Staff Writers", None),
        ("John Smith", "Staff Writers", None),
    ]


def test_role_joined_by_and_is_not_a_name() -> None:
    assert names("Jane Doe Home and Garden Expert") == ["Jane Doe"]


# --- affiliations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By JANE DOE, Associated Press", [("Jane Doe", None, "Associated Press")]),
        ("Jane Doe | Reuters", [("Jane Doe", None, "Reuters")]),
        ("Jane Doe (Reuters)", [("Jane Doe", None, "Reuters")]),
        ("Jane Doe, For The Washington Post", [("Jane Doe", None, "The Washington Post")]),
        ("Jane Doe for the Daily Mail", [("Jane Doe", None, "the Daily Mail")]),
        ("John Smith For Daily Mail Australia", [("John Smith", None, "Daily Mail Australia")]),
        ("Jane Doe/CNET", [("Jane Doe", None, "CNET")]),
        ("By Jane Doe New York Times", [("Jane Doe", None, "New York Times")]),
    ],
)
def test_affiliations(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


def test_affiliation_goes_to_every_name_before_it() -> None:
    assert triples("By JANE DOE and John Smith, Associated Press") == [
        ("Jane Doe", None, "Associated Press"),
        ("John Smith", None, "Associated Press"),
    ]


def test_role_then_affiliation() -> None:
    assert triples("Jane Doe, Senior Director, Acme Moving Company") == [
        ("Jane Doe", "Senior Director", "Acme Moving Company"),
    ]


# --- places, dates, furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe in Beirut",
        "Jane Doe, London",
        "By Jane Doe | Updated Jan. 5, 2024 10:00 a.m. ET",
        "By Jane Doe Published March 3, 2023",
        "Jane Doe 3 hours ago",
        "Jane Doe Hours ago",
        "Jane DoeJan 5, 2024",
        "Jane Doe 2024-01-05T10:00:00Z",
        "Von Jane Doe 19.10.19, 11:29 Uhr",
        "Jane Doe @janedoe",
        "By Jane Doe +Follow",
        "Jane Doe Twitter",
        "By Jane Doe jane.doe@example.com",
        "Jane Doe https://example.com/authors/jane-doe",
        "By Jane Doe Email the author",
        "<b>Jane Doe</b>",
        "Jane Doe says:",
        "Jane Doe ❤️",
    ],
)
def test_furniture_stays_out_of_the_name(text: str) -> None:
    assert names(text) == ["Jane Doe"]


def test_date_before_the_name() -> None:
    assert names("January 5, 2024 Jane Doe") == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe. Photographs by John Smith",
        "By Jane Doe, Photos by John Smith",
        "By Jane Doe; Illustration by Ann Lee",
        "By Jane Doe Video by John Smith",
        "By Jane Doe Photo: John Smith",
    ],
)
def test_picture_credits_are_not_writers(text: str) -> None:
    assert names(text) == ["Jane Doe"]


def test_editors_count_only_without_writers() -> None:
    assert names("By Jane Doe, edited by John Smith") == ["Jane Doe"]
    assert names("Edited by John Smith") == ["John Smith"]


# --- glued text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane DoeSenior Writer", ["Jane Doe"]),
        ("Jane DoeStaff Writer", ["Jane Doe"]),
        ("By JANE DOE and JOHN SMITHMAY 30, 2014", ["Jane Doe", "John Smith"]),
        ("Jane Doe0", ["Jane Doe"]),
        ("Jane DoeJohn Smith, Associated Press", ["Jane Doe", "John Smith"]),
        ("NewsJane Doe", ["Jane Doe"]),
    ],
)
def test_glued_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_inner_capitals_of_names_are_kept() -> None:
    assert names("By Jane McDonald and Joe DeSanto") == ["Jane McDonald", "Joe DeSanto"]


# --- recasing and name shapes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By ABBY GOODNOUGH", ["Abby Goodnough"]),
        ("By JOHN McDONALD", ["John McDonald"]),
        ("By JOHN O'BRIEN", ["John O'Brien"]),
        ("By JEAN-PAUL DE LA CROIX", ["Jean-Paul de la Croix"]),
        ("By Jane van der Berg", ["Jane van der Berg"]),
        ("By José de la Cruz", ["José de la Cruz"]),
        ("By Martin Luther King Jr.", ["Martin Luther King Jr."]),
        ("By J.R. Doe", ["J.R. Doe"]),
        ("By Jane Doe-Smith", ["Jane Doe-Smith"]),
        ("Kaufman, Jeff T.", ["Jeff T. Kaufman"]),
        ("Doe, Jane", ["Jane Doe"]),
        ("By 王小明", ["王小明"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("By Mohammed bin Salman", ["Mohammed bin Salman"]),
        ("André Oliver KLEIN", ["André Oliver KLEIN"]),
        ('Jenny "The Author" Smith', ["Jenny Smith"]),
        ("By Dwayne 'The Rock' Johnson", ["Dwayne Johnson"]),
        ("Daniel D. Von Hoff", ["Daniel D. Von Hoff"]),
    ],
)
def test_name_shapes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_mixed_case_names_are_not_recased() -> None:
    assert names("By Jane DOE-Smith and FlowCo Team") == ["Jane DOE-Smith", "FlowCo Team"]


# --- organisations and desks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reuters", ["Reuters"]),
        ("By The Associated Press", ["The Associated Press"]),
        ("CNN Wire Staff", ["CNN Wire Staff"]),
        ("By Staff Writer", ["Staff Writer"]),
        ("By the Example Team", ["the Example Team"]),
        ("By Jane Doe, Garden Team", ["Jane Doe", "Garden Team"]),
    ],
)
def test_organisations_as_authors(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_role_alone_without_a_cue_is_no_author() -> None:
    assert names("Sports Reporter") == []


def test_a_team_after_a_dash_is_an_affiliation() -> None:
    assert triples("By Jane Doe and John Smith - Safe Browsing team") == [
        ("Jane Doe", None, "Safe Browsing team"),
        ("John Smith", None, "Safe Browsing team"),
    ]


# --- huge input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김민수 기자", [("김민수", "기자", None)]),
        ("김민수기자 minsu@example.kr", [("김민수", "기자", None)]),
        ("홍길동 선임기자", [("홍길동", "선임기자", None)]),
        ("김민수·이영희 기자", [("김민수", "기자", None), ("이영희", "기자", None)]),
        ("김민수 기자, 이영희 특파원", [("김민수", "기자", None), ("이영희", "특파원", None)]),
        ("山田太郎記者", [("山田太郎", "記者", None)]),
        ("経済部・山田太郎 記者", [("山田太郎", "記者", None)]),
        ("【ワシントン＝山田太郎】", [("山田太郎", None, None)]),
    ],
)
def test_korean_and_japanese_credits(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert triples(text) == expected


def test_korean_words_that_start_with_the_role_are_not_credits() -> None:
    # "기자회견" is a press conference: no reporter is credited.
    assert all(a.role is None for a in parse_byline("기자회견 열려").authors)


def test_huge_input_is_fast() -> None:
    text = "By Jane Doe and " + "John Smith, " * 500_000
    started = time.perf_counter()
    b = parse_byline(text)
    looks_like_byline(text)
    assert time.perf_counter() - started < 1.0
    assert b.end == len(text)
    assert b.authors[0].name == "Jane Doe"


# --- looks_like_byline ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe and John Smith",
        "By JANE DOE, Associated Press",
        "Jane Doe | Reuters",
        "Written by Jane Doe",
        "Jane Doe, Staff Writer",
        "Jane Doe Senior Staff Writer",
        "By Jane Doe, Updated 3 hours ago",
        "By Jane Doe | Updated Jan. 5, 2024 10:00 a.m. ET",
        "Jane Doe, Jan. 5, 2024",
        "Jane Doe for the Daily Mail",
        "By Dr. Jane Doe, MD, PhD",
        "Von Hans Müller",
        "Par Jean Dupont",
        "Jane Doe (Reuters)",
    ],
)
def test_looks_like_byline(text: str) -> None:
    assert looks_like_byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Council votes to close three libraries",
        "Trump and Kim meet in Singapore",
        "Kim Jong Un, Donald Trump sign agreement",
        "Residents vow to fight the cuts in court.",
        "The president said on Tuesday that talks would resume.",
        "By the way, the city council voted to close the library.",
        "By 2030 the city will have no cars.",
        "By Monday, officials expect a decision.",
        "By contrast, the rest of Europe grew.",
        "By Tuesday Night, Storm Hits Coast",
        "Best Travel Insurance for Seniors in 2025",
        "What To Look For in a Marketing Agency",
        "Donald Trump Chief Praises Rubio",
        "Jane Doe is a senior editor at the Example Post.",
        "Photo: Jane Doe/Reuters",
        "Jane Doe",
        "Who is Jane Doe?",
        "By Jane Doe " + "and more " * 40,
    ],
)
def test_does_not_look_like_byline(text: str) -> None:
    assert not looks_like_byline(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("By ABBY GOODNOUGH", "Abby Goodnough"), ("By JOHN McDONALD", "John McDonald")],
)
def test_capitals_are_recased(text: str, name: str) -> None:
    assert [a.name for a in parse_byline(text).authors] == [name]


def test_reading_a_byline_again_gives_the_same_authors_at_its_own_place() -> None:
    first = parse_byline("By Jane Doe and John Smith, Staff Writers")
    again = parse_byline("By Jane Doe and John Smith, Staff Writers", start=40)
    assert again.authors == first.authors
    assert [a.name for a in again.authors] == ["Jane Doe", "John Smith"]
    assert (again.start, again.end) == (40, 40 + len(again.text))
    assert looks_like_byline("By Jane Doe and John Smith, Staff Writers")


def test_korean_credit_pattern_is_linear() -> None:
    from newsparse._bylines import _CJK_CREDIT

    start = time.perf_counter()
    assert sum(1 for _ in _CJK_CREDIT.finditer("가나·" * 20_000)) == 0
    assert time.perf_counter() - start < 2.0
