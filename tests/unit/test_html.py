"""HTML pages: metadata, main content, removed boilerplate, offsets, decoding."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Byline, Paragraph, Removed
from newsparse._html import (
    _CLASS_HINTS,
    _FLAT_HINTS,
    _clean,
    _flat_hints,
    _hint_names,
    _letter_first,
    decode_html_bytes,
    scan_page,
)
from newsparse._metadata import parse_datetime, strip_site_suffix
from newsparse._mojibake import repair_mojibake

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def _parse(name: str) -> Article:
    return newsparse.parse((FIXTURES / name).read_bytes())


def _categories(article: Article) -> set[str]:
    return {r.category.value for r in article.removed}


def _covered(article: Article) -> None:
    """Every non-space character of the source is in exactly one kept or removed span."""
    spans = [(p.start, p.end) for p in article.paragraphs]
    spans += [(r.start, r.end) for r in article.removed]
    spans += [(b.start, b.end) for b in article.bylines]
    for span in (article.title_span, article.dek_span, article.dateline):
        if span is not None:
            spans.append((span.start, span.end))
    mask = [False] * len(article.source)
    for start, end in spans:
        assert article.source[start:end].strip()
        for i in range(start, end):
            mask[i] = True
    missing = [
        ch for ch, seen in zip(article.source, mask, strict=True) if not seen and not ch.isspace()
    ]
    assert not missing


def test_wordpress_page() -> None:
    a = _parse("wordpress.html")
    assert a.kind == "html"
    assert a.title == "Council approves new bike lanes"
    assert a.title_span is not None
    assert [x.name for x in a.authors] == ["Jane Doe"]
    assert [p.text[:22] for p in a.paragraphs] == [
        "The city council voted",
        "Supporters packed the ",
        "What happens next",
        "Construction is expect",
    ]
    assert a.published == dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert a.modified is not None
    assert a.modified.utcoffset() == dt.timedelta(hours=1)
    assert a.site_name == "Riverside Gazette"
    assert a.language == "en-US"
    assert a.canonical_url == "https://gazette.example/2024/03/bike-lanes/"
    assert {"comments", "share", "related", "navigation", "markup"} <= _categories(a)
    _covered(a)


def test_jsonld_only_page() -> None:
    a = _parse("jsonld.html")
    assert a.title == "Drought hits wheat harvest"
    assert [x.name for x in a.authors] == ["Tom Green", "Ann Lee"]
    assert a.published == dt.datetime(2023, 8, 1, 6, 0, tzinfo=dt.UTC)
    assert a.modified == dt.datetime(2023, 8, 2)  # noqa: DTZ001 (no zone given: naive)
    assert a.language == "en-GB"
    assert a.site_name == "Farm Weekly"
    assert a.canonical_url == "https://farm.example/drought"
    assert len(a.paragraphs) == 2
    _covered(a)


def test_german_page() -> None:
    a = _parse("german.html")
    assert a.title == "Bahn streicht Nachtzüge nach Paris"
    assert a.language == "de"
    assert [x.name for x in a.authors] == ["Anna Müller"]
    assert a.published == dt.datetime(
        2024, 1, 10, 14, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert [p.text.split()[0] for p in a.paragraphs] == ["Die", "Als"]
    assert {"cookie", "navigation"} <= _categories(a)
    _covered(a)


def test_live_blog() -> None:
    a = _parse("liveblog.html")
    texts = [p.text for p in a.paragraphs]
    assert "Polls close in the east" in texts
    assert any(t.startswith("Officials in several counties") for t in texts)
    assert [x.name for x in a.authors] == ["Metro Desk"]
    assert "newsletter" in _categories(a)
    _covered(a)


def test_amp_page() -> None:
    a = _parse("amp.html")
    assert a.title == "Sube el precio del aceite"
    assert [x.name for x in a.authors] == ["Carlos Ruiz"]
    assert a.canonical_url == "https://diario.example/economia/aceite"
    assert [p.text.split()[0] for p in a.paragraphs] == ["El", "Los"]
    assert "advertisement" in _categories(a)
    _covered(a)


def test_blogroll_after_the_post() -> None:
    # A feed of other blogs' posts under a heading no class calls related: linked titles,
    # blurbs and "via" lines after the last paragraph of the post.
    a = _parse("blogroll.html")
    assert a.title == "Keeping backups of a small home server"
    assert a.body.endswith("which is slow but fine for a home.")
    rules = {r.text: r.rule for r in a.removed}
    for line in (
        "Recent posts on blogs I like:",
        "How to Make a Winter Wreath",
        "I was recently a guest writer at a month-long blogging retreat.",
        "via Emma's Blog August 25, 2025",
    ):
        assert rules[line] == "page.outside"
    assert "The teapot hold" not in a.body
    _covered(a)


def test_offsets_slice_source() -> None:
    a = _parse("wordpress.html")
    items: list[Paragraph | Removed | Byline] = [*a.paragraphs, *a.removed, *a.bylines]
    for item in items:
        assert a.source[item.start : item.end] == item.text


def test_round_trip() -> None:
    for path in FIXTURES.glob("*.html"):
        a = newsparse.parse(path.read_bytes())
        assert Article.from_dict(a.to_dict()) == a
        assert isinstance(a.to_dict()["published"], str | None)


def test_text_articles_have_no_page_fields() -> None:
    a = newsparse.parse("A headline\n\nA paragraph of text that is long enough.")
    assert (a.published, a.modified, a.site_name, a.language, a.canonical_url) == (None,) * 5


def test_deep_nesting_does_not_recurse() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "<p>Deep text here.</p>" + "</div>" * 100_000
    a = newsparse.parse(html + "</body></html>")
    assert "Deep text here." in a.source


@pytest.mark.parametrize(
    "doc", ["", "<html></html>", "<!-- only a comment -->", "<p>", b"\xff\xfe"]
)
def test_degenerate_pages(doc: str | bytes) -> None:
    a = newsparse.parse(doc, kind="html")
    assert a.kind == "html"


def test_encodings() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café crème</p></body></html>'
    assert "Café crème" in newsparse.parse(page.encode("latin-1")).source
    # Declared latin-1 but really UTF-8: the bytes win.
    assert "Café crème" in newsparse.parse(page.encode("utf-8")).source
    assert "Café" in newsparse.parse(b"\xef\xbb\xbf" + page.encode("utf-8")).source
    plain = "<p>Le café crème est servi à la terrasse, près de la fenêtre, où l'on déjeune tôt.</p>"
    assert decode_html_bytes(plain.encode("latin-1"), "fallback") == plain
    japanese = "<p>東京で新しい美術館が開館した。多くの人が訪れている。</p>"
    assert decode_html_bytes(japanese.encode("shift_jis"), "fallback") == japanese


def test_parse_datetime() -> None:
    assert parse_datetime("2024-01-02T03:04:05Z") == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert parse_datetime("2024-01-02") == dt.datetime(2024, 1, 2)  # noqa: DTZ001 (naive)
    assert parse_datetime("yesterday") is None
    assert parse_datetime("2024-13-40") is None


def test_strip_site_suffix() -> None:
    assert strip_site_suffix("Story | Site", "Site") == "Story"
    assert strip_site_suffix("Site - Story about things", "Site") == "Story about things"
    assert (
        strip_site_suffix("A long story headline here - BBC News", None)
        == "A long story headline here"
    )


def test_page_rules_named_and_switchable() -> None:
    from newsparse.rules import default_rules
    from newsparse.rules.page import with_page_rules

    rules = with_page_rules(default_rules()).disable("page.comments")
    a = newsparse.parse((FIXTURES / "wordpress.html").read_bytes(), rules=rules)
    assert "comments" not in {r.category.value for r in a.removed if r.rule == "page.comments"}
    assert all(r.rule for r in a.removed)


_PROSE = (
    "The council voted on Tuesday to open three new bike lanes across the city centre, "
    "after a year of consultation with residents and shop owners along the routes."
)


def _page(body: str, head: str = "") -> Article:
    html = f"<html><head><title>Bike lanes</title>{head}</head><body>{body}</body></html>"
    a = newsparse.parse_html(html)
    _covered(a)
    return a


def _rules(article: Article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed}


def test_figure_caption_removed() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><figure><img src='x.jpg'>"
        "<figcaption>Cyclists on Main Street. Photo: J. Smith</figcaption></figure>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    assert _rules(a)["Cyclists on Main Street. Photo: J. Smith"] == "page.caption"
    assert len(a.paragraphs) == 2


def test_embedded_post_is_text() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><div class='social-embed'>"
        "<blockquote class='twitter-tweet'><p>Finally, safe lanes for everyone!</p>"
        "— A cyclist (@rider) May 1, 2024</blockquote></div>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    assert "Finally, safe lanes for everyone!" in a.body


def test_reading_time_and_late_date_lines() -> None:
    a = _page(
        f"<article><div class='read-time'>5 min read</div><p>{_PROSE}</p>"
        f"<div class='post-date'>May 2, 2024</div><p>{_PROSE} Again.</p></article>"
    )
    rules = _rules(a)
    assert rules["5 min read"] == "page.meta_line"
    assert rules["May 2, 2024"] == "page.meta_line"


def test_author_bio_at_the_end() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(5))
    a = _page(
        f"<article><div class='byline'>By Jane Doe</div>{paras}"
        "<p>Jane Doe is a transport reporter who has covered the city and its council since 2015.</p></article>"
    )
    assert [x.name for x in a.authors] == ["Jane Doe"]
    bio = "Jane Doe is a transport reporter who has covered the city and its council since 2015."
    assert _rules(a)[bio] == "structure.author_bio"
    assert bio not in a.body


def test_article_body_rescues_blocks() -> None:
    inner = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(3))
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bike lanes", '
        '"articleBody": "' + " ".join(f"{_PROSE} Part {n}." for n in range(4)) + '"}</script>'
    )
    a = _page(
        f"<article>{inner}</article><div class='sidebar'><p>{_PROSE} Part 3.</p></div>", jsonld
    )
    assert f"{_PROSE} Part 3." in a.body


def test_unclosed_ad_slot_does_not_swallow_the_page() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(4))
    a = _page(f"<div class='ad-slot'><div class='ad-slot'><article>{paras}</article>")
    assert len(a.paragraphs) == 4


def test_short_lines_after_the_text() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        "<h3>Have any questions?</h3><p>Talk to our team today</p></article>"
    )
    assert len(a.paragraphs) == 2
    assert _rules(a)["Talk to our team today"] == "page.outside"


def test_dialog_text_is_not_the_article() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(2))
    policy = "".join(
        f"<p>This website uses cookies to improve your experience while you browse. {n}</p>" * 3
        for n in range(4)
    )
    a = _page(f"<article>{paras}</article><div role='dialog' class='cli-modal'>{policy}</div>")
    assert len(a.paragraphs) == 2
    assert all("cookies" not in p.text for p in a.paragraphs)


def test_repeated_table_cells_are_kept() -> None:
    rows = "".join(
        f"<tr><td>Week {n}</td><td>Optional cross-training or rest day</td></tr>" for n in range(3)
    )
    a = _page(f"<article><p>{_PROSE}</p><table>{rows}</table><p>{_PROSE} Again.</p></article>")
    assert sum(p.text == "Optional cross-training or rest day" for p in a.paragraphs) == 3


def test_lines_repeated_in_program_listings_are_kept() -> None:
    listing = (
        "for char in word:\n    if char in vowels:\n        seen_a_vowel = True\n"
        "    else:\n        seen_a_vowel = False\n"
    )
    a = _page(
        f"<article><p>{_PROSE}</p><p>Wrong:</p><pre>{listing}</pre>"
        f"<p>Right:</p><pre>count = 0\n{listing}</pre><p>{_PROSE} Again.</p></article>"
    )
    assert sum(p.text == "seen_a_vowel = False" for p in a.paragraphs) == 2
    assert sum(p.text == "if char in vowels:" for p in a.paragraphs) == 2


def test_link_lists_inside_the_article_keep_it_whole() -> None:
    # Sections of the article are lists of links (a changelog, a directory): the
    # <article> is still the text, not its one section without links.
    links = "".join(
        f"<li><a href='/pr/{n}'>Fix the crossing at junction {n}</a></li>" for n in range(10)
    )
    sections = "".join(
        f"<div><h2>Section {n}</h2><p>{_PROSE} Part {n}.</p><ul>{links}</ul></div>"
        for n in range(4)
    )
    last = (
        f"<div><h2>Closing</h2><p>{_PROSE} End.</p><p>{_PROSE} More.</p><p>{_PROSE} Last.</p></div>"
    )
    a = _page(f"<nav><a href='/'>Home</a></nav><article>{sections}{last}</article>")
    assert f"{_PROSE} Part 0." in a.body
    assert _rules(a)["Fix the crossing at junction 7"] == "page.link_list"
    assert f"{_PROSE} Last." in a.body


def test_feed_under_a_related_heading() -> None:
    teasers = "".join(
        f"<article><h2>Other story {n}</h2><p>{_PROSE} Teaser {n}.</p></article>" for n in range(4)
    )
    a = _page(
        f"<article><h1>Bike lanes</h1><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        f"<h3 class='related-title'>You may also like</h3>{teasers}</article>"
    )
    assert len(a.paragraphs) == 2
    assert _rules(a)[f"{_PROSE} Teaser 2."] == "page.outside"


def test_heading_named_like_related_over_text_is_kept() -> None:
    # Heading ids are often made from their words ("most-popular-apps"): no feed, no cut.
    a = _page(
        f"<article><p>{_PROSE}</p><h2 id='why-is-it-so-popular'>Why is it so popular?</h2>"
        f"<p>{_PROSE} Again.</p><p>{_PROSE} More.</p></article>"
    )
    assert f"{_PROSE} Again." in a.body
    assert f"{_PROSE} More." in a.body


def test_flat_hint_pattern() -> None:
    """The flattened class-name pattern finds what the readable one finds, in order."""
    assert _FLAT_HINTS is not None
    words = {w for w in re.findall(r"[a-z]+", _CLASS_HINTS.pattern) if len(w) > 1}
    for word in sorted(words):
        for form in (word, f"x{word}", f"{word}x", f"-{word}-", f"is-{word}", f"elementor-{word}"):
            expected = tuple(m.lastgroup for m in _CLASS_HINTS.finditer(form))
            assert _hint_names(form) == expected, form
    # A leading lookbehind moves behind the first letter; a quantified letter stays put.
    assert _letter_first(["(?<!", "[a-z]", ")", "a", "d"]) == ["a", "(?<!(?:[a-z])a)", "d"]
    assert _letter_first(["(?<!", "[a-z]", ")", "a", "?"]) == ["(?<!", "[a-z]", ")", "a", "?"]
    # Grouped by first letter, in order within a letter; other alternatives end a run.
    readable = re.compile(r"(?P<a>ab|x|[b-c]d)|(?P<b>ac|bd|a)")
    flat = _flat_hints(readable)
    assert flat is not None
    assert flat[0].pattern == (
        "a(?:(?:b)(?P<_0>))|x(?:(?:)(?P<_1>))|(?:[b-c]d)(?P<_2>)"
        "|a(?:(?:c)(?P<_3>)|(?:)(?P<_5>))|b(?:(?:d)(?P<_4>))"
    )
    found = [flat[1][m.lastindex or 0] for m in flat[0].finditer("abxcdbdac")]
    assert found == [m.lastgroup for m in readable.finditer("abxcdbdac")] == list("aaaab")
    # Not an alternation of named groups: the readable pattern is used as it is.
    assert _flat_hints(re.compile(r"(?P<a>x)|y")) is None
    assert _flat_hints(re.compile(r"(?P<a>x) # note", re.VERBOSE)) is None
    assert _flat_hints(re.compile(r"(?P<a>(x)\2)|(?P<b>y)")) is None
    assert _flat_hints(re.compile(r"(?P<a>x|(?P<c>y)(?P=c))")) is None
    assert _flat_hints(re.compile(r"(?P<a>x(?=y))")) is not None


def test_line_ending_in_a_photo_credit_is_a_caption() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><div><img src='a.jpg'><span class='pic-text'>"
        "Cyclists on the new lane (Image: GETTY)</span></div>"
        "<div><span>A new lane opened in May. Photo: Jane Smith</span></div>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    rules = _rules(a)
    assert rules["Cyclists on the new lane"] == "page.caption"
    assert "A new lane opened in May." in a.body  # a sentence stays


def _misread(data: bytes, encoding: str) -> str:
    """``data`` decoded as a browser does: bytes the encoding leaves undefined as Latin-1."""
    return "".join(bytes([b]).decode(encoding, errors="ignore") or chr(b) for b in data)


def test_twice_encoded_utf8_is_repaired() -> None:
    # UTF-8 read as Windows-1252 (or Latin-1) and stored again: quotes, dashes, accents.
    body = "It’s the café’s menu — “crème brûlée” for €5 ✅"
    for misread in ("cp1252", "latin-1"):
        broken = _misread(body.encode("utf-8"), misread)
        assert broken != body
        page = f"<html><head><title>Menu</title></head><body><h1>Menu</h1><p>{broken}</p></body></html>"
        article = newsparse.parse(page.encode())
        assert [p.text for p in article.paragraphs] == [body]


def test_text_that_only_looks_twice_encoded_is_kept() -> None:
    # One look-alike run is not enough evidence; real text stays as it is.
    assert repair_mojibake("CAFÉ\u00a0! Ã la carte") == "CAFÉ\u00a0! Ã la carte"
    assert repair_mojibake("Le château, la forêt") == "Le château, la forêt"
    text = "plain ascii"
    assert repair_mojibake(text) is text
    # A run that is not valid UTF-8 stays, even on a repaired page.
    assert repair_mojibake("Itâ€™s â€” Ã(") == "It’s — Ã("


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("café  au\n lait", "café au lait"),
        ("é\x1cx", "éx"),  # dropped, though str.split takes it for a space
        ("a \u200b b é", "a b é"),  # dropped before spaces collapse
        ("e\u0301\u00a0x", "é x"),
        ("«\u2028»", "« »"),
        ("é\u00adx", "éx"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert _clean(text) == expected


def test_list_of_links_the_text_introduces_is_kept() -> None:
    links = "".join(
        f"<li><a href='/lane/{n}'>Lane number {n} on the map</a></li>" for n in range(3)
    )
    a = _page(
        f"<article><p>{_PROSE}</p><p>The three new lanes are these:</p><ul>{links}</ul>"
        f"<p>{_PROSE} Again.</p><ul>{links}</ul><p>{_PROSE} More.</p></article>"
    )
    kept = [p.text for p in a.paragraphs]
    assert kept.count("Lane number 1 on the map") == 1  # the second list has no lead-in
    assert _rules(a)["Lane number 1 on the map"] == "page.link_list"


def test_invisible_only_blocks_are_not_blocks() -> None:
    a = _page(
        f"<article><h1>Bike lanes</h1><p>{_PROSE}</p><p>\u200d</p><p>{_PROSE} More.</p></article>"
    )
    assert "\u200d" not in a.source
    assert [p.text for p in a.paragraphs] == [_PROSE, f"{_PROSE} More."]


def test_call_to_action_box_is_removed() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(3))
    box = (
        "<div class='post-cta'><h3>Planning lanes for your town?</h3>"
        "<div class='rich-text'><p>Talk to our mobility experts and get a free "
        "consultation for your city.</p></div><a href='/contact'>Book a call</a></div>"
    )
    a = _page(f"<article>{paras}{box}<p>{_PROSE} Part 3.</p></article>")
    rules = _rules(a)
    assert rules["Planning lanes for your town?"] == "page.promotion"
    lead = "Talk to our mobility experts and get a free consultation for your city."
    assert rules[lead] == "page.promotion"
    assert next(r for r in a.removed if r.text == lead).category.value == "advertisement"
    assert f"{_PROSE} Part 3." in a.body
    form = (
        "<div class='blog_contact_form'><div>Plan your lanes with us: a free consultation</div>"
        "<input name='email'><label>Email address</label><button>Send</button></div>"
    )
    a = _page(f"<article>{paras}{form}<p>{_PROSE} Part 3.</p></article>")
    assert _rules(a)["Plan your lanes with us: a free consultation"] == "page.promotion"


def test_text_container_named_like_a_call_to_action_is_kept() -> None:
    # A builder's class on the article's own container ("cta-enabled") names no promotion.
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(5))
    a = _page(f"<div class='entry cta-enabled'>{paras}</div><nav><a href='/'>Home</a></nav>")
    assert len(a.paragraphs) == 5


def test_template_placeholder_text_is_removed() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(3))
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
    cards = "".join(
        f"<div class='card'><h4>Speaker Name</h4><p>Title</p><p>{filler}</p>"
        "<a href='/x'>Learn More</a></div>"
        for _ in range(2)
    )
    a = _page(
        f"<article>{paras}<section><h3>Lorem Ipsum</h3>{cards}</section>"
        f"<ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><p>{_PROSE} Part 3.</p></article>"
    )
    rules = _rules(a)
    for text in ("Lorem Ipsum", "Speaker Name", "Title", filler, "Lorem ipsum 2"):
        assert rules[text] == "page.placeholder", text
    assert next(r for r in a.removed if r.text == filler).category.value == "markup"
    assert len(a.paragraphs) == 4


def test_slot_left_with_its_placeholder_label_is_removed() -> None:
    # An image slot a script fills in, left with the template's label for it.
    a = _page(
        f"<article><p>{_PROSE}</p><div id='slot-image-1' class='article-image'>"
        f"Placeholder image-1</div><p>{_PROSE} Again.</p></article>"
    )
    assert _rules(a)["Placeholder image-1"] == "page.placeholder"
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."


def test_a_line_about_placeholders_is_kept() -> None:
    line = "Placeholder names such as John Doe stand in for people the court does not name."
    a = _page(f"<article><p>{_PROSE}</p><p>{line}</p><h2>Placeholders</h2></article>")
    assert line in a.body
    assert "page.placeholder" not in _rules(a).values()


def test_placeholder_text_quoted_by_the_article_is_kept() -> None:
    sample = "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
    a = _page(
        f"<article><p>{_PROSE}</p><p>Designers fill empty layouts with a sample such as:</p>"
        f"<blockquote><p>{sample}</p></blockquote><p>{_PROSE} Again.</p></article>"
    )
    assert sample in a.body


def test_short_box_ending_in_a_sign_up_button_is_removed() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(3))
    box = (
        "<div><div><h2>Plan your own lanes with RouteKit!</h2>"
        "<p>Maps, counts and consultations in one place.</p></div>"
        "<a class='btn' href='/demo'>Book a demo</a></div>"
    )
    other = (
        "<div><p>Count riders on every lane with LaneCount.</p>"
        "<button type='button'>Start free trial</button></div>"
    )
    a = _page(f"<article>{paras}{box}{other}{box}<p>{_PROSE} Part 3.</p></article>")
    rules = _rules(a)
    assert rules["Count riders on every lane with LaneCount."] == "page.promotion"
    assert rules["Plan your own lanes with RouteKit!"] == "page.promotion"
    assert rules["Maps, counts and consultations in one place."] == "page.promotion"
    assert f"{_PROSE} Part 3." in a.body
    shop = "<div><p>Bright lights for night rides.</p><a href='/s'>Shop lights now</a></div>"
    review = "<div><p>A bright light for night rides.</p><a href='/b'>Buy on Amazon</a></div>"
    a = _page(f"<article>{paras}{shop}{review}<p>{_PROSE} Part 3.</p></article>")
    assert _rules(a)["Bright lights for night rides."] == "page.promotion"
    assert "A bright light for night rides." in a.body


def test_cards_of_a_listing_that_each_end_in_a_button_are_kept() -> None:
    cards = "".join(
        f"<div><h3>Cafe number {n}</h3><p>A bright corner spot by lane {n} with bike racks.</p>"
        f"<a href='/book/{n}'>Book now</a></div>"
        for n in range(3)
    )
    a = _page(f"<article><p>{_PROSE}</p>{cards}<p>{_PROSE} Again.</p></article>")
    assert "A bright corner spot by lane 2 with bike racks." in a.body
    quoted = (
        "<blockquote><p>Join our ride on Sunday along the new lanes.</p>"
        "<p><a href='/ride'>Register now</a></p></blockquote>"
    )
    a = _page(f"<article><p>{_PROSE}</p>{quoted}<p>{_PROSE} Again.</p></article>")
    assert "Join our ride on Sunday along the new lanes." in a.body


def test_form_with_input_fields_is_not_the_text() -> None:
    paras = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(4))
    consent = (
        "By clicking submit you agree that we store the details you give us and contact you "
        "about your project by phone or email; you can withdraw this consent at any time. "
    )
    form = (
        "<form action='/inquiry'><div>We would be happy to support your next street project "
        "with our planning team and its many years of experience.</div>"
        f"<input name='name'><input type='email' name='email'><p>{consent * 3}</p>"
        "<button type='submit'>Send inquiry</button></form>"
    )
    a = _page(f"<article>{paras}{form}</article>")
    assert _rules(a)[(consent * 3).strip()] == "page.navigation"
    assert len(a.paragraphs) == 4
    # A form around the whole page (one <form> holds every control) is still the page.
    more = "".join(f"<p>{_PROSE} Part {n}.</p>" for n in range(4, 8))
    a = _page(f"<form action='/'><input name='q'><article>{paras}{more}</article></form>")
    assert len(a.paragraphs) == 8


def test_arc_page() -> None:
    a = _parse("arc.html")
    assert a.title == "Port strike ends after three weeks"
    assert a.dek is not None
    assert a.dek.startswith("Dockworkers approved a new contract")
    assert [x.name for x in a.authors] == ["Maria Lopez", "Dan Kim"]
    assert a.published == dt.datetime(2024, 6, 2, 18, 4, tzinfo=dt.UTC)
    assert a.canonical_url == "https://harbortimes.example/business/2024/06/02/port-strike-ends/"
    assert [p.text.split()[0] for p in a.paragraphs] == ["Dockworkers", "“This", "The", "Shipping"]
    assert [(q.speaker, q.text[:20]) for q in a.quotes] == [
        ("Ruth Alvarez", "This is a fair deal ")
    ]
    assert {"navigation", "share", "advertisement", "newsletter", "related", "markup"} <= (
        _categories(a)
    )
    assert "copyright" in _categories(a)  # the footer's notice, reported as such
    _covered(a)


def test_drupal_page_in_french_with_comments() -> None:
    a = _parse("drupal.html")
    assert a.title == "La ville ouvre trois nouvelles bibliothèques"
    assert a.language == "fr"
    assert [x.name for x in a.authors] == ["Claire Martin"]
    assert [p.text.split()[0] for p in a.paragraphs] == ["La", "«", "Les"]
    (quote,) = a.quotes
    assert quote.speaker == "Sophie Bernard"
    assert quote.text.startswith("Nous voulons")
    comments = [r.text for r in a.removed if r.category.value == "comments"]
    assert "Enfin ! Il était temps que le quartier nord ait sa bibliothèque." in comments
    assert {"navigation", "related", "copyright"} <= _categories(a)
    _covered(a)


def test_japanese_page_in_shift_jis() -> None:
    raw = (FIXTURES / "japanese.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    a = newsparse.parse(raw)
    assert a.title == "市営バス、来月から全路線で運賃値上げ"
    assert a.language == "ja"
    assert a.site_name == "みなと新聞"
    assert [x.name for x in a.authors] == ["山田太郎"]
    assert a.published == dt.datetime(
        2024, 11, 5, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))
    )
    assert [p.text[:5] for p in a.paragraphs] == ["市交通局は", "交通局の担"]
    assert {"navigation", "share", "related", "copyright"} <= _categories(a)
    _covered(a)


def test_korean_page() -> None:
    a = _parse("korean.html")
    assert a.title == "서울시, 내년부터 심야버스 노선 두 배로 확대"
    assert a.language == "ko"
    assert [(x.name, x.role) for x in a.authors] == [("김민수", "기자")]
    assert [b.text for b in a.bylines] == ["김민수 기자 minsu@hanbit.example"]
    assert [p.text[:4] for p in a.paragraphs] == ["서울시는", "시 관계"]
    notices = [r.text for r in a.removed if r.category.value == "copyright"]
    assert "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>" in notices
    assert {"navigation", "share", "related"} <= _categories(a)
    _covered(a)


@pytest.mark.parametrize(
    ("word", "hints"),
    [
        ("article_share", ("share",)),
        ("post-comments", ("comment",)),
        ("main-nav", ("nav",)),
        ("entry-content", ("body",)),
    ],
)
def test_a_compound_class_word_names_the_part_not_the_article(
    word: str, hints: tuple[str, ...]
) -> None:
    from newsparse._html import _word_hints

    assert _word_hints(word) == hints


@pytest.mark.parametrize(
    ("word", "hints"),
    [
        # Generated ids (a hash, a UUID) hold "ad" after a digit by chance.
        ("outline-container-org3e5119ad", ()),
        ("w-node-c7043ad4-f1b4-e331", ()),
        ("block-5b1ad9c07e", ()),
        ("w-node-c7043ad4-f1b4-e331-ad8f-6fbd9518b7d0-9dc0dd20", ()),
        ("related-0000017f-943f-dd45-ad7f-b57fb9fc0000", ("related",)),
        ("css-ad3f9k", ()),  # a CSS-in-JS hash
        # Ad slots still are.
        ("ad", ("ad",)),
        ("ads", ("ad",)),
        ("ad300x250", ("ad",)),
        ("ad-slot", ("ad",)),
        ("sidebar-ad", ("aside", "ad")),
        ("div-gpt-ad-1234", ("ad",)),
        ("top-ad2", ("ad",)),
        ("sidebar-ad1", ("aside", "ad")),
    ],
)
def test_ad_hint_words_are_words_not_pieces_of_a_hash(word: str, hints: tuple[str, ...]) -> None:
    from newsparse._html import _word_hints

    assert _word_hints(word) == hints


def _own_labels(html: str) -> dict[str, tuple[str, ...]]:
    page = scan_page(html)
    return dict(zip(page.tags, page.labels, strict=True))


def test_element_hints_come_from_tag_class_id_and_label_attributes() -> None:
    labels = _own_labels(
        '<html><body><aside data-x="1"><figure><img src="a.jpg"></figure></aside>'
        '<nav class="menu"></nav><section role="navigation"></section>'
        '<table hidden></table><blockquote class="share"></blockquote>'
        '<p style="display:none"></p><div></div></body></html>'
    )
    assert labels["aside"] == ("aside",)  # an attribute that says nothing
    assert labels["figure"] == ("figure",)
    assert labels["img"] == ()
    assert "nav" in labels["nav"]
    assert labels["section"] == ("nav",)
    assert labels["table"] == ("table", "hidden")
    assert labels["blockquote"] == ("quote",)  # an embedded post, not share buttons
    assert labels["p"] == ("hidden",)
    assert labels["div"] == ()


def test_author_elements_are_collected_whatever_else_they_are() -> None:
    page = scan_page(
        "<html><body><article>"
        '<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>'
        '<p class="byline">By John Smith</p>'
        '<a href="/author/ann-lee">Ann Lee</a><a href="/news/x">Not an author</a>'
        '<span itemprop="headline">Budget talks</span>'
        "</article></body></html>"
    )
    marks = [(m.kind, m.text) for m in page.meta.author_marks]
    assert ("itemprop", "Jane Doe") in marks
    assert ("itemprop_name", "Jane Doe") in marks
    assert ("element", "By John Smith") in marks
    assert ("link", "Ann Lee") in marks
    assert all("Budget" not in text and "Not an" not in text for _kind, text in marks)


def test_a_linked_byline_under_a_kicker_and_a_date_is_the_byline() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1><p>Review</p><p>Jun 24, 2024 - 17 min read</p>"
        "<p>By <a rel='author' href='/a/jane'>Jane Doe</a> and "
        "<a rel='author' href='/a/john'>John Roe</a></p>"
        + "".join(f"<p>{n}. {_PROSE}</p>" for n in range(4))
        + "</article>"
    )
    assert [b.text for b in a.bylines] == ["By Jane Doe and John Roe"]
    assert [x.name for x in a.authors] == ["Jane Doe", "John Roe"]
    assert _rules(a)["Jun 24, 2024 - 17 min read"] == "structure.header_date"
    assert a.paragraphs[0].text == "Review"  # a kicker stays with the text
    assert a.paragraphs[1].text.startswith("0. The council")


def test_a_linked_line_of_names_inside_the_text_is_still_a_link_list() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1>"
        + "".join(f"<p>{n}. {_PROSE}</p>" for n in range(4))
        + "<p>By <a href='/a/jane'>Jane Doe</a> and <a href='/a/john'>John Roe</a></p>"
        "<p>Posted in <a href='/news'>News Release</a></p></article>"
    )
    assert "By Jane Doe and John Roe" not in a.body
    assert not a.bylines


def test_a_category_line_in_the_header_is_not_a_date() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1><p>Posted in News Release</p>"
        + "".join(f"<p>{n}. {_PROSE}</p>" for n in range(4))
        + "</article>"
    )
    assert a.paragraphs[0].text == "Posted in News Release"


def test_a_linked_byline_under_a_standfirst_is_the_byline() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1>"
        "<p>The city faces hard choices as costs rise and revenues stall, officials said.</p>"
        "<p>By <a href='/a/jane'>Jane Doe</a> and <a href='/a/john'>John Roe</a></p>"
        + "".join(f"<p>{n}. {_PROSE}</p>" for n in range(4))
        + "</article>"
    )
    assert [b.text for b in a.bylines] == ["By Jane Doe and John Roe"]
    assert "By Jane Doe" not in a.body
