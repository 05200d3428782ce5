"""Hypothesis strategies for article-like documents (not only random characters)."""

from __future__ import annotations

from hypothesis import strategies as st

FIRST = ["Jane", "John", "Maria", "Kim", "Ahmed", "Chen", "Olga", "Pierre", "Ngozi", "Luis"]
LAST = [
    "Doe",
    "Smith",
    "García",
    "Nguyen",
    "O’Brien",
    "Müller",
    "Okafor",
    "Lee",
    "Kowalski",
    "Rossi",
]
WORDS = [
    "the",
    "council",
    "voted",
    "on",
    "budget",
    "plans",
    "city",
    "residents",
    "minister",
    "talks",
    "summit",
    "sanctions",
    "deal",
    "officials",
    "reported",
    "economy",
    "school",
    "water",
    "court",
    "police",
    "election",
    "market",
    "village",
    "river",
    "storm",
    "health",
    "workers",
    "union",
    "strike",
    "prices",
    "morning",
    "government",
    "agreement",
]
BOILERPLATE = [
    "Advertisement",
    "Ad Policy",
    "Story continues below advertisement",
    "Support independent journalism. Donate today.",
    "Skip advertisement",
    "Sponsored content",
]

names = st.builds(
    lambda first, last: f"{first} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)
)
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=18).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
quote_sentence = st.builds(
    lambda inner, who, verb, marks: f"{marks[0]}{inner.rstrip('.')},{marks[1]} {who} {verb}.",
    sentence,
    names,
    st.sampled_from(["said", "told reporters", "added", "wrote"]),
    st.sampled_from([("“", "”"), ('"', '"'), ("«", "»"), ("„", "“")]),
)
paragraph = st.lists(st.one_of(sentence, sentence, quote_sentence), min_size=1, max_size=5).map(
    " ".join
)
title = st.lists(st.sampled_from(WORDS), min_size=3, max_size=10).map(
    lambda ws: " ".join(ws).title()
)


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """A plain-text article: title (maybe repeated), dek, byline, body, boilerplate, odd line ends."""
    parts: list[str] = []
    head = draw(title)
    parts.append(head)
    parts.extend([head] * draw(st.integers(0, 2)))
    if draw(st.booleans()):
        parts.append(draw(sentence))
    if draw(st.booleans()):
        parts.append("By " + " and ".join(draw(st.lists(names, min_size=1, max_size=3))))
    body = draw(st.lists(paragraph, min_size=0, max_size=8))
    for i in range(draw(st.integers(0, 3))):
        body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(BOILERPLATE)) + " " * i)
    parts.extend(body)
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n", "\r\r"]))
    return sep.join(parts)


# Text that stresses the input stage: control characters, odd spaces, quote marks.
noisy_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\n\r\t\x00\u00a0\u200b\ufeff“”„«»「」\"'’—–-.,:;()|")),
    ),
    max_size=400,
)
