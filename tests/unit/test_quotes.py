"""Quote extraction: one test (or parametrized group) per shape of reported speech."""

from __future__ import annotations

import time

import pytest

from newsparse._model import Paragraph, Quote, Span
from newsparse._quotes import extract_quotes


def run(text: str, *, title: str | None = None) -> tuple[tuple[Quote, ...], tuple[Span, ...]]:
    """Quotes of ``text`` (paragraphs split on blank lines), with an optional title line."""
    source = f"{title}\n\n{text}" if title is not None else text
    head = Span(text=title, start=0, end=len(title)) if title is not None else None
    offset = len(title) + 2 if title is not None else 0
    paragraphs = []
    pos = offset
    for block in text.split("\n\n"):
        start = source.index(block, pos)
        paragraphs.append(Paragraph(text=block, start=start, end=start + len(block)))
        pos = start + len(block)
    return extract_quotes(source, tuple(paragraphs), head)


def only(text: str) -> Quote:
    quotes, _ = run(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in run(text)[0]]


# ---------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("“We will win,” Jane Doe said.", "We will win,"),
        ('"We will win," Jane Doe said.', "We will win,"),
        ("« Nous allons gagner », a déclaré Marie Dupont.", "Nous allons gagner"),
        ("„Wir schaffen das“, sagte Angela Merkel.", "Wir schaffen das"),
        ("「We will win」 Jane Doe said.", "We will win"),
    ],
)
def test_quote_marks(text: str, inner: str) -> None:
    quote = only(text)
    assert quote.text == inner
    marked = text[quote.start : quote.end]
    assert marked[0] + marked[1:-1].strip() + marked[-1] == text[quote.start] + inner + marked[-1]
    assert quote.speaker in {"Jane Doe", "Marie Dupont", "Angela Merkel"}


def test_nested_single_quotes_stay_inside() -> None:
    quote = only("“He told me ‘never again,’ and I believed him,” Jane Doe said.")
    assert quote.text == "He told me ‘never again,’ and I believed him,"
    assert quote.speaker == "Jane Doe"


def test_apostrophes_are_not_quote_marks() -> None:
    quote = only("“It’s the workers’ money, isn't it?” asked Jane Doe.")
    assert quote.text == "It’s the workers’ money, isn't it?"
    assert quote.speaker == "Jane Doe"
    assert quote.cue == "asked"


def test_unclosed_quote_is_not_a_quote() -> None:
    quotes, other = run("He said “this never ends. And nothing follows.")
    assert quotes == ()
    assert other == ()


# ---------------------------------------------------------------- split and multi-paragraph


def test_quote_split_by_attribution() -> None:
    quotes, _ = run("“We won,” Jane Doe said. “Now we govern.”")
    assert [q.text for q in quotes] == ["We won,", "Now we govern."]
    assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]
    assert quotes[1].speaker_mention == quotes[0].speaker_mention


def test_multi_paragraph_quote() -> None:
    text = "Jane Doe said: “The first part.\n\n“The second part.”\n\nThe end."
    quote = only(text)
    assert quote.paragraph == 0
    assert text[quote.start] == "“"
    assert text[quote.end - 1] == "”"
    assert "second part" in quote.text
    assert quote.speaker == "Jane Doe"


# ---------------------------------------------------------------- cues and speakers


def test_partial_quote_in_sentence() -> None:
    quote = only("Senator John Smith called the deal “a disaster” on Monday.")
    assert quote.text == "a disaster"
    assert quote.speaker == "John Smith"
    assert quote.cue == "called"


def test_speaker_after_inverted() -> None:
    quote = only("“That is fine,” said John Smith.")
    assert quote.speaker == "John Smith"
    assert quote.cue == "said"


@pytest.mark.parametrize(
    "text",
    [
        "“That is fine,” John Smith, the former minister, said.",
        "John Smith, the former minister, said: “That is fine.”",
    ],
)
def test_appositive_speaker(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "John Smith"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text.startswith("John Smith")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "“It is too late,” Senator Ann Roe, Democrat of Ohio, said.",
            "Ann Roe",
            "Senator Ann Roe, Democrat of Ohio",
        ),
        (
            "“We will see,” Tom Bale, 41, of Akron, Ohio, who voted twice, said.",
            "Tom Bale",
            "Tom Bale, 41, of Akron, Ohio, who voted twice",
        ),
        (
            "“Nobody asked us,” the Ohio treasurer, Ann Roe, said.",
            "Ann Roe",
            "the Ohio treasurer, Ann Roe",
        ),
    ],
)
def test_appositive_mention_covers_the_chain(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


def test_appositive_chain_stops_at_a_sentence_end() -> None:
    text = "He agreed to “a short pause” in the talks. Ann Roe, the treasurer, added: “No.”"
    quotes, _ = run(text)
    assert [q.speaker for q in quotes][1] == "Ann Roe"
    assert quotes[0].speaker != "Ann Roe"


@pytest.mark.parametrize(
    "text",
    [
        "In the memoir, the author wrote, “The house was always cold.”",
        "At the hearing, the senator said, “The house was always cold.”",
    ],
)
def test_determiner_and_noun_before_a_past_cue(text: str) -> None:
    quote = only(text)
    assert quote.speaker in {"the author", "the senator"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Republican mayoral candidate Jane Doe is insisting that she has “the votes to win.”",
            "Jane Doe",
        ),
        (
            "The retired engineer spoke for an hour, saying the plan was “a mess.”",
            "The retired engineer",
        ),
        ("And then Jane Doe went on the attack, saying, “This must end now.”", "Jane Doe"),
        (
            "On Monday, after weeks of silence, Jane Doe spoke up, saying, “This must end now.”",
            "Jane Doe",
        ),
        ("DAYTON (AP) — Jane Doe spoke for an hour, saying the plan was “a mess.”", "Jane Doe"),
        ("At The Town Hall, Jane Doe Said “We Will Fix The Roads.”", "Jane Doe"),
    ],
)
def test_clause_subject_of_participle_and_partial_quotes(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Jane Doe issued a statement saying the deal was “a fraud.”", "Jane Doe", "saying"),
        (
            "Ohio state senator Jane Doe said the plan was “a mess.”",
            "Ohio state senator Jane Doe",
            "said",
        ),
        (
            "The Ohio senator is telling reporters that she has “the votes.”",
            "The Ohio senator",
            "telling",
        ),
        (
            "The Doe campaign hit back, calling the ad “a pack of lies.”",
            "The Doe campaign",
            "calling",
        ),
    ],
)
def test_subject_of_the_clause(text: str, mention: str, cue: str) -> None:
    quote = only(text)
    assert quote.speaker_mention is not None
    assert (quote.speaker_mention.text, quote.cue) == (mention, cue)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jane Doe’s reply was short: “Not now.”", "Jane Doe’s"),
        ("Doe’s campaign hit back on Monday, calling the ad “a pack of lies.”", "Doe’s campaign"),
    ],
)
def test_possessive_subjects(text: str, mention: str) -> None:
    quote = only(text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "“We are done,” Jane Doe said, according to the Dayton Herald.",
        "Jane Doe said the plan was “a mess,” according to the Dayton Herald.",
    ],
)
def test_according_to_reports_the_whole_attribution(text: str) -> None:
    quote = only(text)
    assert quote.speaker == "the Dayton Herald"
    assert quote.cue == "according to"


def test_place_after_a_town_is_not_the_speaker() -> None:
    quote = only("Jane Doe, at a rally in Dayton, Ohio, said the plan was “a mess.”")
    assert quote.speaker == "Jane Doe"


def test_intro_participle_and_a_name_ending_in_ed() -> None:
    assert only("Asked about the plan, Jane Doe said it was “a mess.”").speaker == "Jane Doe"
    assert only("Ted Lamb, the mayor, welcomed “the long overdue repairs.”").speaker == "Ted Lamb"


def test_according_to() -> None:
    quote = only("The plan is “dead on arrival,” according to John Smith.")
    assert quote.speaker == "John Smith"
    assert quote.cue == "according to"


@pytest.mark.parametrize(
    "verb",
    [
        "told reporters",
        "wrote",
        "tweeted",
        "added",
        "explained",
        "argued",
        "insisted",
        "warned",
        "noted",
        "asked",
    ],
)
def test_speech_verbs(verb: str) -> None:
    quote = only(f"“The budget is too high,” John Smith {verb}.")
    assert quote.speaker == "John Smith"
    assert quote.cue == verb.split(maxsplit=1)[0]


def test_speaker_before_quote() -> None:
    quote = only("John Smith told reporters on Monday, “The budget is too high.”")
    assert quote.speaker == "John Smith"
    assert quote.cue == "told"


def test_attribution_in_previous_sentence() -> None:
    quote = only("Donald Trump had a message for reporters: “Go home.”")
    assert quote.speaker == "Donald Trump"


def test_quote_in_headline() -> None:
    quotes, _ = run("The talks ended early.", title="Jane Doe says the deal is “a disaster”")
    assert len(quotes) == 1
    assert quotes[0].paragraph is None
    assert quotes[0].speaker == "Jane Doe"


def test_quote_inside_dashes() -> None:
    quote = only("The deal — “a total disaster,” John Smith said — collapsed on Friday.")
    assert quote.speaker == "John Smith"


def test_pronoun_resolves_to_last_person() -> None:
    quote = only("Mike Pompeo spoke first. “We made progress,” he said.")
    assert quote.speaker == "Mike Pompeo"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "he"


def test_pronoun_gender() -> None:
    quote = only("Jane Doe met John Smith on Monday. “It went well,” she said.")
    assert quote.speaker == "Jane Doe"


def test_pronoun_gender_from_history() -> None:
    text = (
        "Alex Kim arrived early. He sat with Sam Lee.\n\n"
        "Sam Lee spoke briefly. She left at noon.\n\n"
        "“It was useful,” he said."
    )
    assert speakers(text) == ["Alex Kim"]


def test_continuation_takes_previous_speaker() -> None:
    text = "“We won,” Jane Doe said.\n\n“And we will win again.”"
    assert speakers(text) == ["Jane Doe", "Jane Doe"]


def test_joint_speakers() -> None:
    quote = only("“It is unclear,” Joel Wit and Jenny Town of the 38 North think tank wrote.")
    assert quote.speaker == "Joel Wit and Jenny Town"
    assert quote.cue == "wrote"


@pytest.mark.parametrize("short", ["Trump", "Mr. Trump"])
def test_short_name_resolves_to_full_name(short: str) -> None:
    text = f"Donald Trump arrived in Ohio.\n\n“We will win,” {short} said."
    assert speakers(text) == ["Donald Trump"]


def test_description_kept_as_written() -> None:
    quote = only("“We disagree,” a senior administration official said.")
    assert quote.speaker == "a senior administration official"


def test_unknown_speaker_is_none() -> None:
    quote = only("“Nobody knows what happens next in this long and complicated story.”")
    assert quote.speaker is None
    assert quote.speaker_mention is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das ist gut“, erklärte Angela Merkel.", "Angela Merkel"),
        ("“Es bueno”, dijo Juan Pérez.", "Juan Pérez"),
        ("Según Juan Pérez, el plan es “un desastre total para todos”.", "Juan Pérez"),
        ("« C’est fini », a dit Marie Dupont.", "Marie Dupont"),
    ],
)
def test_foreign_cues(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # A relative clause ending with a time phrase is still part of the subject.
        (
            "Jane Doe, who also campaigned in the state this week, tweeted, “Thank you!” later.",
            "Jane Doe",
            "Jane Doe, who also campaigned in the state this week",
        ),
        # Adverbs enclosed by commas are dropped, a time word after a participle kept.
        ("“It is over,” Jane Doe, however, said.", "Jane Doe", "Jane Doe"),
        ("“It is over,” the order released Friday reads.", None, "the order released Friday"),
        # "D.C.-based" is one word, so the appositive chain is read whole.
        (
            "Jane Doe, the head of the D.C.-based Civic Institute, said: “It will not pass.”",
            "Jane Doe",
            "Jane Doe, the head of the D.C.-based Civic Institute",
        ),
        # A workplace after the name, a participle and a time word after a description.
        (
            "“It is spectacular,” said Jane Doe at Civic Financial.",
            "Jane Doe",
            "Jane Doe at Civic Financial",
        ),
        (
            "Most voters want “lower prices,” according to a poll released Thursday.",
            "a poll",
            "a poll released Thursday",
        ),
        # The speaker is the description's noun phrase, the mention has all of it.
        (
            "“It will pass,” a person close to the Clintons said.",
            "a person",
            "a person close to the Clintons",
        ),
        (
            "“We disagree,” a spokesman for the campaign said.",
            "a spokesman",
            "a spokesman for the campaign",
        ),
        (
            "Protesters marching through the streets chanted “What curfew?” until dawn.",
            "Protesters",
            "Protesters marching through the streets",
        ),
    ],
)
def test_subject_with_modifiers(text: str, speaker: str | None, mention: str) -> None:
    quote = only(text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention
    if speaker is not None:
        assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A cue with its subject after it, later in the sentence.
        (
            "“It would be an embarrassment” if she won by less, said Jane Doe, an analyst.",
            "Jane Doe",
            "said",
        ),
        # A lower-case subject after a question goes on with the same sentence.
        (
            "“Can we discuss it?” her top aide Jane Doe wrote to staffers, noting that it mattered.",
            "Jane Doe",
            "wrote",
        ),
        # Documents as sources.
        ("“We took notes,” read the statement, which was sent at night.", "the statement", "read"),
        ("“We see hope in these schools,” the letter reads.", "the letter", "reads"),
        ("“She is strong enough,” a voice-over in the ad states.", "a voice-over", "states"),
    ],
)
def test_later_and_document_sources(text: str, speaker: str, cue: str) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.cue == cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A quotation opening its sentence after a sentence of reported speech.
        ("Jane Doe agreed. “Mainstream voters are running out of time to choose.”", "Jane Doe"),
        ("Jane Doe said the talks had failed.\n\n“Nobody wanted a deal at all.”", "Jane Doe"),
        # The name after an owner: "Civic University’s Jane Doe".
        (
            "Civic University’s Jane Doe agreed. “Voters are running out of time to choose.”",
            "Jane Doe",
        ),
        ("“We will see what happens,” RealClearPolitics’ Jane Doe said.", "Jane Doe"),
    ],
)
def test_speaker_of_the_sentence_before(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_role_to_someone_stays_in_the_mention() -> None:
    quote = only(
        "“We have work to do,” said a longtime adviser to both Clintons, who asked not to be named."
    )
    assert quote.speaker == "a longtime adviser"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "a longtime adviser to both Clintons"


def test_outer_cue_wins_over_according_to_inside_its_clause() -> None:
    text = "Jane Doe said that according to its count, the party won, but “we are still counting.”"
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Time phrases are not the subject, nor part of it.
        (
            "The State Department less than two weeks ago said “top secret” data leaked.",
            "The State Department",
        ),
        (
            "But a few days later, Jane Doe changed course, telling CBS the laws “are set for good.”",
            "Jane Doe",
        ),
        (
            "Between Saturday and Monday, the Doe campaign sent messages: “We will win it all.”",
            "the Doe campaign",
        ),
        (
            "The Civic campaign on Tuesday released a website asking for a “Deporter-in-Chief” wing.",
            "The Civic campaign",
        ),
    ],
)
def test_time_phrases_are_not_subjects(text: str, mention: str) -> None:
    quote = only(text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A subordinate clause after a first clause introduces the main one.
        (
            "Some booed, and when Doe thanked Miami and said it was good, a man yelled “Stay there!”",
            "a man",
        ),
        # "As X said, “…”" is an attribution, not an introduction.
        ("As Jane Doe wrote last week, “the rule works as intended for everyone.”", "Jane Doe"),
        ("“This is fantastic!” beamed Jane Doe of Madison, Alabama.", "Jane Doe"),
        # An appositive chain after "And".
        (
            "And Ohio’s attorney general, Jane Doe, vowed to go after “anyone who attacks us.”",
            "Jane Doe",
        ),
    ],
)
def test_shouts_and_clauses(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_continuation_after_a_connective() -> None:
    text = "“He should cheer us on,” Jane Doe said. Instead, “he just acts like a defeated man.”"
    assert speakers(text) == ["Jane Doe", "Jane Doe"]


def test_phrasal_cue_before_a_comma() -> None:
    text = (
        "But as the Daily Post pointed out, “the rule has never been tested in a real convention.”"
    )
    quote = only(text)
    assert (quote.speaker, quote.cue) == ("the Daily Post", "pointed out")


def test_digest_heading_introduces_the_quotation() -> None:
    text = "TOP STORIES.\n\nHOW THE SLOWDOWN AFFECTS THE WORLD “Economic slowdown is fostering a cycle.” [Post.]"
    quote = only(text)
    assert quote.speaker == "HOW THE SLOWDOWN AFFECTS THE WORLD"
    assert quote.cue is None


@pytest.mark.parametrize(
    "text",
    [
        "“Clinton needs a strategy,” Jane Doe, the polling guru who founded the site tweeted.",
        "“We will see,” Jane Doe, the analyst who wrote the report, said.",
    ],
)
def test_relative_clause_inside_an_appositive(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name, then its description with the second comma missing.
        (
            "Jane Doe, the director for the Civic Party said in a statement: “There is nothing to count.”",
            "Jane Doe",
        ),
        # A fronted topic is not the speaker: "Doe, an aide said, “…”".
        ("Doe, a top aide said, “is very confident in the contrast” with her rival.", "a top aide"),
        # Adverbs and title-case verbs end the subject.
        (
            "Her campaign quickly sent out an email stating, “We will win this fight together.”",
            "Her campaign",
        ),
        ("Jane Doe Praised “Continuing Movements Towards Open Markets” in a speech.", "Jane Doe"),
    ],
)
def test_subject_boundaries(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_adverb_opening_an_introductory_phrase() -> None:
    text = "Immediately after the attacks, Jane Doe issued a statement, “Our nation was attacked.”"
    assert speakers(text) == ["Jane Doe"]


def test_close_to_after_the_cue_and_however_before_it() -> None:
    quote = only("“The drop is real,” said a person close to the Clintons.")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "a person close to the Clintons"
    assert speakers("Jane Doe however said she would welcome a “principled network” in Asia.") == [
        "Jane Doe"
    ]


# ---------------------------------------------------------------- not speech


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The so-called “experts” were wrong again.", "“experts”"),
        ("Dwayne “The Rock” Johnson arrived late.", "“The Rock”"),
        ("She starred in the film “The Long Night” last year.", "“The Long Night”"),
        ("Signs declared the city “a zone of peace.”", "“a zone of peace.”"),
        ("He cited a “Libya model” in the talks.", "“Libya model”"),
    ],
)
def test_not_speech(text: str, quoted: str) -> None:
    quotes, other = run(text)
    assert quotes == ()
    assert [span.text for span in other] == [quoted]
    assert text[other[0].start : other[0].end] == quoted


def test_speaker_mention_slices_source() -> None:
    text = "“We will win,” Jane Doe, the senator, said."
    quote = only(text)
    assert quote.speaker_mention is not None
    mention = quote.speaker_mention
    assert text[mention.start : mention.end] == mention.text


# ---------------------------------------------------------------- speed


def test_many_unmatched_marks_are_linear() -> None:
    text = "He said “" + "word “" * 20000 + " end."
    started = time.perf_counter()
    run(text)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("mark", ["”", '"'])
def test_many_short_quotes_in_one_sentence_are_linear(mark: str) -> None:
    # 10,000 two-word quotations in one sentence: each looks only near itself.
    text = " ".join(f"{mark}word{i}" for i in range(20000))
    started = time.process_time()
    run(text)
    assert time.process_time() - started < 5.0


def test_long_document_is_fast() -> None:
    para = "“We will win,” Jane Doe said. She added that the plan was “a disaster.”"
    text = "\n\n".join([para] * 2000)
    started = time.perf_counter()
    quotes, _ = run(text)
    assert len(quotes) == 4000
    assert time.perf_counter() - started < 5.0


# ---------------------------------------------------------------- the seed article

SEED_QUOTES = [
    ("real progress.", "Mike Pompeo", "admitted"),
    ("a feeling that good results", "the North Korean leader", "told"),
    ("It was about the sanctions,", "Trump", "explained"),
    ("Basically, they wanted", "Trump", "added"),
    ("They were willing to denuke", "Trump", "added"),
    ("We made real progress", "Mike Pompeo", "told"),
    ("Unfortunately, we didn’t get", "Mike Pompeo", "told"),
    ("something that ultimately", "Mike Pompeo", "told"),
    ("and continue to work out", "Mike Pompeo", "saying"),
    ("terrible for Moon Jae-in", "Chad O’Carroll", "tweeted"),
    ("regrets", "Kim Eui-kyeom", "said"),
    ("to another level.", "Kim Eui-kyeom", "added"),
    ("actively", "Trump", "asked"),
    ("Exactly what happened", "Joel Wit and Jenny Town", "wrote"),
    ("It’s hard to believe", "Joel Wit and Jenny Town", "wrote"),
    ("crystal clear", "Ri Yong Ho", "said"),
    ("I cannot guarantee", "Choe Son Hui", "added"),
    ("last minute", "Chong Se-hyun", "suggested"),
    ("added demands", "Chong Se-hyun", "suggested"),
    ("increased their demand", "Chong Se-hyun", "said"),
    ("I’m not shocked", "Ro Khanna", "wrote"),
    ("These inconsistent", "Ro Khanna", "said"),
    ("It shows that Vietnam", "Cao Thu Hà", "said"),
    ("I take that as a good sign", "Cao Thu Hà", "said"),
    ("I think Vietnam is chosen", "Van Nguyen", "said"),
    ("And they can’t go to China", "Van Nguyen", "said"),
    ("This is a moment", "Christine Ahn", "told"),
    ("Korea wants peace", "Christine Ahn", "told"),
]


def test_seed_article(seed_bytes: bytes) -> None:
    import newsparse

    article = newsparse.parse(seed_bytes, kind="text")
    got = [(q.text, q.speaker, q.cue) for q in article.quotes]
    assert len(got) == len(SEED_QUOTES)
    for (text, speaker, cue), (prefix, want_speaker, want_cue) in zip(
        got, SEED_QUOTES, strict=True
    ):
        assert text.startswith(prefix)
        assert (speaker, cue) == (want_speaker, want_cue), text
    mentions = {q.text[:12]: q.speaker_mention.text for q in article.quotes if q.speaker_mention}
    assert mentions["We made real"] == "he"
    assert sorted(span.text for span in article.other_quoted) == [
        "“Libya model”",
        "“the city for peace.”",
    ]


# ---------------------------------------------------------------- colon after a name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The result does not surprise pollster Jane Doe: “Late deciders break for the challenger.”",
            "Jane Doe",
        ),
        ("Turnout matters most - John Roe: “We saw it in every county we studied.”", "John Roe"),
        (
            "In other words, explained moderator Mary Moss: “What does that have to do with it?”",
            "Mary Moss",
        ),
        ("Jane Doe said of John Roe: “He has never run anything in his life.”", "Jane Doe"),
    ],
)
def test_name_before_colon_speaks(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The ad hits Jane Doe for taking “more money from banks than from all of the state.”",
        "The ad targets a “rigged system that keeps the powerful in place.”",
        "Her page lists her as “Executive Director at the Riverside Learning Center.”",
    ],
)
def test_object_cue_verbs(text: str) -> None:
    assert only(text).speaker_mention is not None


def test_previous_sentence_with_object_cue() -> None:
    text = "Jane Doe touted her record on the issue. “We need to find ways to help workers.”"
    assert only(text).speaker == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The summit met in Riverton because, in Forbes’ words, “it is the most inventive city.”",
            "Forbes",
        ),
        (
            "The senator, in the words of one aide, was “tired of waiting for the leaders.”",
            "one aide",
        ),
        (
            "Not all panels are equal. From the report: “In general, engaged people are overrepresented.”",
            "the report",
        ),
    ],
)
def test_source_through_a_preposition(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_quoted_phrase_ending_a_sentence_keeps_its_speaker() -> None:
    text = "Jane Doe called the long lines “unacceptable.” John Roe wrote a letter to the state asking for help."
    assert only(text).speaker == "Jane Doe"


def test_party_tag_before_the_cue_stays_with_the_subject() -> None:
    text = (
        "On the radio, while discussing a tweet from John Roe, House Majority Leader "
        "Rep. Jane Doe (R-WI) said “such images have no place in a campaign.”"
    )
    assert only(text).speaker == "Jane Doe"


def test_coordinated_clause_with_its_own_cue() -> None:
    text = (
        "Doe said he would make the desert “glow,” for instance, and Roe vowed to “bomb them all.”"
    )
    assert speakers(text) == ["Doe", "Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe calls John Roe “a candidate with the habits of a chameleon.”",
        "Jane Doe, a former speechwriter, calls John Roe “a candidate with the habits of a chameleon.”",
    ],
)
def test_noun_like_cue_with_a_name_object(text: str) -> None:
    assert only(text).speaker == "Jane Doe"


def test_relative_clause_without_commas_before_the_cue() -> None:
    text = (
        "An official who spoke anonymously to discuss internal strategy "
        "said Wednesday, “Certainly there are discussions.”"
    )
    mention = only(text).speaker_mention
    assert mention is not None
    assert mention.text.startswith("An official who")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jane Doe backed the plans, which John Roe called “a waste of money.”", "John Roe"),
        (
            "Doe criticised the new rules, which an internal audit said were “badly drafted.”",
            "an internal audit",
        ),
        ("Jane Doe defended the reforms, which she said were “a lifeline for farmers.”", "she"),
        # "who" opening a predicate: the antecedent still speaks.
        (
            "An official who spoke anonymously to discuss strategy said, “Talks go on.”",
            "An official who spoke anonymously to discuss strategy",
        ),
    ],
)
def test_subject_of_an_object_relative_clause_speaks(text: str, mention: str) -> None:
    found = only(text).speaker_mention
    assert found is not None
    assert found.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "Former governor Jane Doe (D), a Smith supporter, praised the plan, calling it “a big step.”",
        "State Sen. Jane Doe (R-Tenn.), an early Smith backer, suggested the plan was “too timid.”",
        # A parenthesis with words in it still ends the clause before the cue.
        "John Roe (who left in May) was upset; Jane Doe said it was “a big step.”",
    ],
)
def test_party_tag_inside_an_appositive_subject(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "At a rally in Dayton, Ohio, on Saturday, some fans booed, "
                "with Jane Doe reportedly yelling: “Get him out of here!”"
            ),
            "Jane Doe",
        ),
        (
            (
                "Her rivals were quick to pile on, with Jane Doe tweeting that the plan "
                "was a “disaster” and asking, “How can anyone trust them?”"
            ),
            "Jane Doe",
        ),
        (
            (
                "His campaign has criticised the decision, with the former senator "
                "calling it “deeply troubling.”"
            ),
            "the former senator",
        ),
    ],
)
def test_participle_after_with_speaks_for_its_subject(text: str, speaker: str) -> None:
    assert set(speakers(text)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "In the long rant against everyone from Roe to Smith, Jane Doe called voters “stupid.”",
        "In a Facebook post after the speech, Jane Doe wrote: “I could not disagree more.”",
        "But at the press conference, Jane Doe said the plan was “a disaster.”",
    ],
)
def test_nouns_of_an_introductory_phrase_are_no_cues(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


def test_comma_before_the_quotation_ends_no_introductory_phrase() -> None:
    text = "Among the replies was a post from Jane Doe who wrote, “Rules are for others.”"
    assert only(text).speaker_mention is not None


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "“Talks go on,” said one Democratic source on the panel.",
            "one Democratic source",
            "one Democratic source on the panel",
        ),
        (
            (
                "“Money is no problem,” said one Republican involved in the planning, who asked "
                "not to be named."
            ),
            "one Republican",
            "one Republican involved in the planning",
        ),
        (
            "“It is the best of times,” said Jane Doe of the Center on Global Energy Policy.",
            "Jane Doe",
            "Jane Doe of the Center on Global Energy Policy",
        ),
        # Where and when it was said is no part of the speaker.
        ("“We disagree,” said a spokesman in a statement.", "a spokesman", "a spokesman"),
        ("“We disagree,” said an aide on Monday.", "an aide", "an aide"),
    ],
)
def test_description_keeps_its_modifier_after_the_cue(
    text: str, speaker: str, mention: str
) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The key test is a “lawful source of income,” as an internal memo put it.",
            "an internal memo",
        ),
        (
            (
                "The country is “racing towards the finish line,” as Jane Doe, a professor at "
                "the institute, puts it."
            ),
            "Jane Doe",
        ),
        ("As Jane Doe put it, “the numbers do not add up.”", "Jane Doe"),
    ],
)
def test_as_someone_put_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_in_what_someone_called() -> None:
    text = (
        "He fought hard for the delegates in 1976, in what Jane Doe, treasurer of the "
        "rival campaign, called “hand-to-hand combat.”"
    )
    quote = only(text)
    assert quote.speaker == "Jane Doe"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Jane Doe, treasurer of the rival campaign"


def test_cue_after_a_colon_governs_its_own_clause() -> None:
    text = (
        "John Roe comes with the right calling card: he won the last fight, "
        "which Jane Doe called “a masterpiece.”"
    )
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, in Dayton, said that her rival was “a lightweight.”",
        "In other words, explained Jane Doe: “What does that have to do with it?”",
    ],
)
def test_place_or_phrase_before_the_cue_is_no_speaker(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“There is a young man with problems,” Roe said as the heckler yelled: “You lose!”",
            "the heckler",
        ),
        (
            (
                "John Roe denied it, after Jane Doe said he had called a rival "
                "the “personal senator” of a donor."
            ),
            "Jane Doe",
        ),
        # "as" before a noun phrase that is no subject: the outer cue still speaks.
        (
            (
                "John Roe -- as Jane Doe noted -- even promoted Smith as the winner of the "
                "debates and has called him “a true socialist.”"
            ),
            "Jane Doe",
        ),
    ],
)
def test_cue_in_a_time_clause_speaks_for_itself(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Why is this bank not too big to manage?” Jane Doe demanded.", "Jane Doe"),
        ("“What made him change so fundamentally?” Jane Doe questioned.", "Jane Doe"),
        ("“We will never give up,” Jane Doe vowed, adding that she would appeal.", "Jane Doe"),
    ],
)
def test_partial_cue_verb_after_a_whole_quotation(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_partial_cue_verb_with_an_object_after_a_quotation_is_no_attribution() -> None:
    quotes, _ = run("“Crooked,” John Roe called Jane Doe in a speech.")
    assert all(q.speaker != "Jane Doe" for q in quotes)


def test_according_to_right_after_the_attribution_without_a_comma() -> None:
    text = "“We disagree strongly,” Jane Doe said in a statement according to The Daily Record."
    assert speakers(text) == ["The Daily Record"]


def test_according_to_inside_the_reported_clause_is_no_source() -> None:
    text = "“We disagree,” Jane Doe said, acting according to the rules of the house."
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Jane Doe's succinct reply: “Not a chance.”", "Jane Doe's succinct reply"),
        ("Jane Doe’s statement said the plan was “a disaster.”", "Jane Doe’s statement"),
    ],
)
def test_possessor_of_a_speech_noun_speaks(text: str, mention: str) -> None:
    quote = only(text)
    assert quote.speaker == "Jane Doe"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


def test_sentence_ends_at_a_country_abbreviation_before_a_pronoun() -> None:
    text = (
        "Jane Doe spoke about the attacks in the U.S. She says people need no more "
        "“lectures devoid of facts.”"
    )
    mention = only(text).speaker_mention
    assert mention is not None
    assert mention.text == "She"
    assert speakers("Sen. Doe went to the U.S. Senate and said it was “a mess.”") == ["Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at a town hall in Dayton, Ohio, Jane Doe went after Roe, calling him “a stiff.”",
        "Speaking in Dayton, Jane Doe went after Roe, calling him “a stiff.”",
    ],
)
def test_state_after_the_town_of_an_introductory_phrase(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The timing was so odd that a spokesman for Jane Doe could only quip: “I guess it was booked.”",
            "a spokesman for Jane Doe",
        ),
        ("Jane Doe has since said that the plan was “a disaster.”", "Jane Doe"),
    ],
)
def test_auxiliary_and_adverb_before_the_cue(text: str, mention: str) -> None:
    found = only(text).speaker_mention
    assert found is not None
    assert found.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "“It is about time,” exhorted the introducer, actress Jane Doe.",
            "the introducer, actress Jane Doe",
        ),
        (
            "“We will grow,” said a spokeswoman for the hotels, Jane Doe, in an email.",
            "a spokeswoman for the hotels, Jane Doe",
        ),
    ],
)
def test_name_after_a_description_after_the_cue(text: str, mention: str) -> None:
    quote = only(text)
    assert quote.speaker == "Jane Doe"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


def test_relative_clause_after_a_description_is_no_name() -> None:
    quote = only("“We will win,” said an aide, who asked not to be named.")
    assert quote.speaker == "an aide"


def test_cue_before_its_subject_inside_the_sentence() -> None:
    text = "Because of how the calendar was drawn, explained Jane Doe, “it is over by March.”"
    assert speakers(text) == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, an aide, said in a statement, “This is a tragedy.”",
        "Jane Doe, the chairman, told the news agency simply, “We lost.”",
    ],
)
def test_appositive_subject_before_the_cue_is_no_inversion(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


def test_demonstrative_determiner_opens_the_subject() -> None:
    quote = only("“I have great respect for them,” this Roe look-alike declared in the city.")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "this Roe look-alike"


@pytest.mark.parametrize(
    "text",
    [
        "It became such a presence that Jane Doe during a Sunday thanked its members “for their support.”",
        "Jane Doe during the Monday called it “a disgrace.”",
    ],
)
def test_time_phrase_between_the_subject_and_the_cue(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


def test_place_between_the_opening_subject_and_its_verb_stays_in_the_mention() -> None:
    quote = only("Republicans on Capitol Hill seized on the memo, arguing that it showed “intent.”")
    assert quote.speaker == "Republicans"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Republicans on Capitol Hill"
    # A time phrase is no place: "Doe on Tuesday said".
    assert speakers("Jane Doe on Tuesday released a statement saying “we won.”") == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Calling the plan “a disaster,” Jane Doe urged voters to reject it.",
        "Citing the attack and their “reveries about the job,” Jane Doe urged voters to think.",
    ],
)
def test_participle_opening_the_sentence_speaks_through_the_main_subject(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


def test_subject_before_the_cue_stops_at_the_end_of_a_sentence() -> None:
    text = (
        "On Sunday, Jane Doe said her supporters faced “vicious trolling” online. "
        "Her rival's aides say they want no quarrel."
    )
    quote = only(text)
    assert quote.speaker == "Jane Doe"


def test_footage_of_someone_saying() -> None:
    text = "The spot ends with footage of Jane Doe saying during the debate, “That makes me smart.”"
    assert speakers(text) == ["Jane Doe"]


def test_owner_of_a_claim_that_speaks() -> None:
    text = (
        "Jane Doe blamed the media for making an issue out of John Roe’s claim "
        "that the mayor “founded the gang,” saying reporters were nitpicking."
    )
    assert speakers(text)[0] == "John Roe"


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "cue"),
    [
        (
            "山田太郎市長は記者会見で「安全な街をつくりたい」と述べた。",
            "山田太郎市長",
            "山田太郎市長",
            "述べた",
        ),
        (
            "商店主の佐藤花子さんは「客が減るのが心配だ」と話した。",
            "佐藤花子",
            "佐藤花子さん",
            "話した",
        ),
        ("「工事は来月始まる」と市の担当者は説明した。", "担当者", "担当者", "説明した"),
        (
            "김민수 시장은 이날 “주민들과 논의한 결과”라고 말했다.",
            "김민수 시장",
            "김민수 시장",
            "말했다",
        ),
        ("상인 박지영 씨는 “손님이 줄까 걱정된다”고 밝혔다.", "박지영", "박지영 씨", "밝혔다"),
        ("“공사는 다음 달 시작된다”라고 김 장관은 덧붙였다.", "김 장관", "김 장관", "덧붙였다"),
        ("山田氏は「問題ない」と強調。", "山田", "山田氏", "強調"),
        ("今回も山田氏は「問題ない」と述べた。", "山田", "山田氏", "述べた"),
        ("ひろゆき氏は「感想ですね」と述べた。", None, "氏", "述べた"),
        (
            "도널드 트럼프 미국 대통령은 “좋은 합의”라고 말했다.",
            "도널드 트럼프 미국 대통령",
            "도널드 트럼프 미국 대통령",
            "말했다",
        ),
        ("이 대통령은 “괜찮다”고 말했다.", "이 대통령", "이 대통령", "말했다"),
        ("서울시의회 앞에서 김 장관은 “괜찮다”고 말했다.", "김 장관", "김 장관", "말했다"),
        ("정부는 이 제도도 “필요하다”고 밝혔다.", "정부", "정부", "밝혔다"),
    ],
)
def test_japanese_and_korean_speakers(
    text: str, speaker: str | None, mention: str, cue: str
) -> None:
    q = only(text)
    assert (q.speaker, q.cue) == (speaker, cue)
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == mention


def test_japanese_pronoun_is_no_guess_and_a_dropped_subject_goes_on() -> None:
    quotes, other = run(
        "山田市長は「続けたい」と述べた。さらに「来年も」と強調した。\n\n"
        "彼は「問題ない」と語った。映画「七人の侍」は名作だ。"
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("続けたい", "山田市長", "述べた"),
        ("来年も", "山田市長", "強調した"),
        ("問題ない", None, "語った"),
    ]
    assert quotes[2].speaker_mention is not None
    assert quotes[2].speaker_mention.text == "彼"
    assert [s.text for s in other] == ["「七人の侍」"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "山田氏は「賛成だ」と述べたが、田中氏は「反対だ」と反論した。",
            ["山田", "田中"],
        ),
        ("今日は、山田氏が「問題ない」と述べた。", ["山田"]),
        (
            "김 장관은 “괜찮다”고 했지만 박 의원은 “문제다”라고 반박했다.",
            ["김 장관", "박 의원"],
        ),
    ],
)
def test_the_subject_nearest_a_cjk_quotation_speaks(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_a_cjk_quotation_in_an_english_sentence_goes_the_english_way() -> None:
    assert speakers("Tanaka said: “東京は安全です” before leaving.") == ["Tanaka"]
    assert speakers("“東京は安全です,” Tanaka said.") == ["Tanaka"]


@pytest.mark.parametrize(
    "text",
    [
        "富士山は「世界遺産」と認められた。",
        "政府は新しい制度を「こども家庭庁」とした。",
        "「AI」と言っても様々だ。",
    ],
)
def test_japanese_names_and_passives_are_not_speech(text: str) -> None:
    quotes, other = run(text)
    assert quotes == ()
    assert len(other) == 1


def test_also_particle_names_the_next_speaker() -> None:
    quotes, _ = run(
        "山田氏は「賛成だ」と述べた。田中氏も「同じだ」と話した。\n\n"
        "김 장관은 “괜찮다”고 했지만 박 의원도 “문제다”라고 반박했다."
    )
    assert [q.speaker for q in quotes] == ["山田", "田中", "김 장관", "박 의원"]
