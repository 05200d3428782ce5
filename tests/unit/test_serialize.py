from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Article, InputError
from newsparse._serialize import render_markdown, render_text

DOC = (
    "Council votes to close libraries\n\nResidents vow to fight the cuts.\n\nBy Jane Doe, Staff Writer\n\n"
    "SPRINGFIELD (AP) — The council voted on Tuesday. “This is a sad day,” Mayor Ann Lee said.\n\n"
    "Advertisement\n\nResidents said they would go to court over the decision."
)


def test_round_trip_through_json() -> None:
    a = newsparse.parse(DOC)
    data = json.loads(json.dumps(a.to_dict()))
    assert Article.from_dict(data) == a
    assert data["body"] == a.body
    assert data["removed"][0]["category"] == "advertisement"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "missing key 'source'"),
        ({"source": 3}, "expected str"),
        ({"source": "", "paragraphs": {}}, "expected a list"),
        ({"source": "", "paragraphs": [{"text": "x", "start": "0", "end": 1}]}, "expected int"),
        (
            {
                "source": "",
                "removed": [
                    {
                        "start": 0,
                        "end": 1,
                        "text": "x",
                        "rule": "a.b",
                        "category": "x",
                        "reason": "r",
                    }
                ],
            },
            "unknown category",
        ),
        ([], "expected an object"),
    ],
)
def test_from_dict_rejects_bad_data(data: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Article.from_dict(data)  # type: ignore[arg-type]


def test_render_text_and_markdown() -> None:
    a = newsparse.parse(DOC)
    text = render_text(a)
    assert text.startswith(
        "Council votes to close libraries\n\nResidents vow to fight the cuts.\n\nBy Jane Doe"
    )
    assert "SPRINGFIELD (AP) — The council voted" in text
    assert "Advertisement" not in text
    md = render_markdown(a)
    assert md.startswith(
        "# Council votes to close libraries\n\n*Residents vow to fight the cuts.*\n\n**By Jane Doe**"
    )
