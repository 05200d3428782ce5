"""Properties of quote extraction on generated article-like text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newsparse._model import Paragraph, Quote, Span
from newsparse._quotes import extract_quotes

OPENING = '“„‟«「"'
CLOSING = '”“»」"'

NAMES = ["Jane Doe", "John Smith", "Mr. Lee", "Sen. Ana Ruiz", "Kim Jae-won", "O’Brien"]
PRONOUNS = ["he", "she", "they"]
VERBS = ["said", "told reporters", "wrote", "added", "argued", "tweeted", "asked", "noted"]
WORDS = [
    "the",
    "plan",
    "is",
    "a",
    "disaster",
    "we",
    "will",
    "win",
    "it’s",
    "workers’",
    "tax",
    "vote",
    "never",
    "again",
    "‘maybe’",
    "budget",
    "Monday",
    "and",
    "of",
    "talks",
]
PAIRS = [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("「", "」")]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)
speaker = st.one_of(st.sampled_from(NAMES), st.sampled_from(PRONOUNS), st.just("a senior official"))


@st.composite
def quoted_sentence(draw: st.DrawFn) -> str:
    opening, closing = draw(st.sampled_from(PAIRS))
    inner = draw(words)
    who = draw(speaker)
    verb = draw(st.sampled_from(VERBS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{opening}{inner.capitalize()},{closing} {who} {verb}."
    if shape == 1:
        return f"{who.capitalize()} {verb}: {opening}{inner.capitalize()}.{closing}"
    if shape == 2:
        return f"{who.capitalize()} called the plan {opening}{inner}{closing} on Monday."
    if shape == 3:
        return f"{opening}{inner.capitalize()},{closing} {verb} {who}."
    if shape == 4:
        return f"The plan is {opening}{inner}{closing} according to {who}."
    return f"{opening}{inner.capitalize()}.{closing}"


plain_sentence = words.map(lambda w: w.capitalize() + ".")
paragraph_text = st.lists(st.one_of(quoted_sentence(), plain_sentence), min_size=1, max_size=5).map(
    " ".join
)
article_text = st.lists(paragraph_text, min_size=1, max_size=6).map("\n\n".join)
noisy_text = st.text(
    alphabet=st.sampled_from(list("ab ,.:;—\n’'") + list(OPENING) + list(CLOSING)), max_size=400
)


def run(text: str) -> tuple[tuple[Quote, ...], tuple[Span, ...]]:
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        if block:
            paragraphs.append(Paragraph(text=block, start=start, end=start + len(block)))
        pos = start + len(block)
    return extract_quotes(text, tuple(paragraphs))


def check(text: str) -> None:
    quotes, other = run(text)
    for q in quotes:
        assert text[q.start] in OPENING + "”»"
        assert text[q.end - 1] in CLOSING
        assert q.text == text[q.start + 1 : q.end - 1].strip()
        assert q.speaker is None or q.speaker.strip()
        if q.speaker_mention is not None:
            mention = q.speaker_mention
            assert text[mention.start : mention.end] == mention.text
            assert mention.text.strip()
            # The attribution is outside the quotation.
            assert mention.end <= q.start or mention.start >= q.end
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)
    for span in other:
        assert text[span.start : span.end] == span.text
    spans = sorted([(q.start, q.end) for q in quotes] + [(s.start, s.end) for s in other])
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@given(article_text)
def test_article_like_text(text: str) -> None:
    check(text)


@given(noisy_text)
def test_never_raises_on_many_marks(text: str) -> None:
    check(text)


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    check(text)


@given(article_text)
def test_attributed_quotes_have_speakers(text: str) -> None:
    quotes, _ = run(text)
    for q in quotes:
        if q.cue is not None and q.speaker_mention is not None:
            assert q.speaker is None or q.speaker


cjk_text = st.text(
    alphabet=st.sampled_from(
        list("山田市長はがと述べた話しの、。「」『』“”라고고밝혔다김장관은는이가씨 \n")
    ),
    max_size=300,
)


@given(cjk_text)
def test_never_raises_on_japanese_and_korean_marks(text: str) -> None:
    check(text)
