"""HTML main content: which blocks of a page are the article's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import newsparse
from newsparse import Article, _html

if TYPE_CHECKING:
    import pytest

_PROSE = (
    "The council voted on Tuesday to open three new bike lanes across the city centre, "
    "after a year of consultation with residents and shop owners along the routes."
)


def _page(body: str) -> Article:
    return newsparse.parse_html(
        f"<html><head><title>Bike lanes</title></head><body>{body}</body></html>"
    )


def _rules(article: Article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed}


def test_date_lines_in_other_languages() -> None:
    lines = [
        "sexta-feira, 22 de janeiro de 2018 às 0:13",
        "Veröffentlicht am 3. Mai 2020, 10:15 Uhr",
        "12 de marzo de 2020",
    ]
    divs = "".join(f"<div>{line}</div>" for line in lines)
    a = _page(
        f"<article><p>{_PROSE}</p>{divs}<div>1a etapa: 10 de março – Interlagos</div>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    rules = _rules(a)
    for line in lines:
        assert rules[line] == "page.meta_line"
    assert "1a etapa: 10 de março – Interlagos" in a.body


def test_linked_headings_closing_the_text_are_teasers() -> None:
    sections = "".join(f"<h2>Part {n}</h2><p>{_PROSE} Part {n}.</p>" for n in range(3))
    teasers = "".join(
        f"<h3><a href='/story/{n}'>Another story number {n}</a></h3><p>A short blurb {n} about another story on the site, long enough to pass for a line of text…</p>"
        for n in range(4)
    )
    a = _page(f"<article>{sections}{teasers}</article>")
    rules = _rules(a)
    assert rules["Another story number 2"] == "page.outside"
    blurb = (
        "A short blurb 2 about another story on the site, long enough to pass for a line of text…"
    )
    assert rules[blurb] == "page.outside"
    assert f"{_PROSE} Part 2." in a.body


def test_linked_headings_over_long_sections_stay() -> None:
    sections = "".join(f"<h2>Part {n}</h2><p>{_PROSE} Part {n}.</p>" for n in range(3))
    products = "".join(
        f"<h3><a href='/product/{n}'>Product number {n}</a></h3><p>{_PROSE} {_PROSE} {n}.</p>"
        for n in range(4)
    )
    a = _page(f"<article>{sections}{products}</article>")
    assert f"{_PROSE} {_PROSE} 3." in a.body


def test_section_heading_with_a_boilerplate_sounding_id_stays() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><h2 id='why-is-it-so-popular'>Why is it so popular?</h2>"
        f"<p>{_PROSE} Again.</p><h2 class='related-posts'>Related posts</h2>"
        "<p><a href='/x'>Another story</a></p></article>"
    )
    assert "Why is it so popular?" in a.body
    assert "Related posts" not in a.body


def test_linked_entries_of_a_list_the_text_introduces_stay() -> None:
    # The entries are paragraphs inside list items, and linked paragraphs right under the lead.
    items = "".join(
        f"<li><p><a href='/patch/{n}'>Fix the parser for case number {n}</a></p></li>"
        for n in range(4)
    )
    lines = "".join(
        f"<p><a href='/project/{n}'>Project number {n} of the week</a></p>" for n in range(3)
    )
    url = "https://ci.example.org/project/newsparse/actions/runs/20039113246/job/57468316723"
    a = _page(
        f"<article><p>{_PROSE}</p><p>Many patches were sent for review:</p><ul>{items}</ul>"
        f"<p>{_PROSE} Again.</p><p>My friends' favourite projects are:</p>{lines}"
        f"<p>The runs of the tests:</p><p><a href='{url}'>{url}</a> (failures)</p>"
        f"<p>{_PROSE} Once more.</p><ul><li>Plain item</li></ul>"
        "<p><a href='/other'>Read more: another story on the site</a></p>"
        f"<p>{_PROSE} The end.</p></article>"
    )
    assert "Fix the parser for case number 3" in a.body
    assert "Project number 2 of the week" in a.body
    rules = _rules(a)
    assert rules[f"{url} (failures)"] == "page.link_list"
    # A linked line after the list's items is no entry of the list.
    assert rules["Read more: another story on the site"] == "page.link_list"


def test_long_legal_notice_in_the_page_footer_does_not_outweigh_a_short_article() -> None:
    notice = (
        "This material is not intended to replace the advice of a qualified advisor. "
        "Information has been obtained from sources believed reliable, but its accuracy "
        "and completeness are not guaranteed. Always consult a qualified advisor first. "
    )
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(40))
    a = _page(
        f"<nav><ul>{menu}</ul></nav>"
        f"<main><h1>Bike lanes</h1><section><p>{_PROSE}</p><p>{_PROSE} Again.</p><p>Key points:</p>"
        "<ul><li>Three new lanes</li><li>A year of consultation</li></ul></section>"
        "<form><input name='email'><button>Send</button></form></main>"
        f"<footer><div><p>{notice}</p><p>{notice}</p><p>{notice}</p></div></footer>"
    )
    assert _PROSE in a.body
    assert "A year of consultation" in a.body
    assert "qualified advisor" not in a.body


def test_linked_name_between_plain_items_of_a_directory_stays() -> None:
    entries = "".join(
        f"<li><a href='/clinic/{n}'>Clinic number {n}</a></li>"
        f"<li>Sliding-scale fees, open on weekdays, street number {n}</li>"
        for n in range(3)
    )
    menu = "".join(f"<li><a href='/page/{n}'>Page number {n}</a></li>" for n in range(3))
    a = _page(
        f"<article><p>{_PROSE}</p><ul>{entries}</ul><ul>{menu}</ul><p>{_PROSE} Again.</p></article>"
    )
    assert "Clinic number 1" in a.body
    assert _rules(a)["Page number 1"] == "page.link_list"


def test_segments_react_streams_into_the_article_are_article_text() -> None:
    late = "The second half of the story arrived later, streamed in by the server after the first."
    a = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p><template id='B:1'></template></article>"
        "<aside><template id='B:2'></template></aside>"
        "<footer><a href='/'>Home</a> <a href='/about'>About us</a></footer>"
        f"<div hidden id='S:2'><p>{_PROSE} In the sidebar.</p></div>"
        f"<div hidden id='S:1'><p>{late}</p><p>{late} Twice.</p></div>"
        "<script>$RC('B:1','S:1');$RC('B:2','S:2')</script>"
    )
    assert f"{late} Twice." in a.body
    assert "In the sidebar" not in a.body


def test_short_lines_repeated_in_each_entry_of_a_listing_stay() -> None:
    entries = "".join(
        f"<h3>Agency number {n}</h3><p>{_PROSE} Agency {n}.</p><p>Team size: 11 – 50 employees</p>"
        for n in range(3)
    )
    a = _page(f"<article>{entries}<p>{_PROSE} Agency 0.</p></article>")
    assert a.body.count("Team size: 11 – 50 employees") == 3
    assert a.body.count(f"{_PROSE} Agency 0.") == 1


def test_linked_cell_between_plain_cells_of_a_table_stays() -> None:
    rows = "".join(
        f"<tr><td><a href='/course/{n}'>Provider number {n}</a></td>"
        f"<td>Free certificate after {n + 2} weeks of study</td></tr>"
        for n in range(3)
    )
    a = _page(f"<article><p>{_PROSE}</p><table>{rows}</table><p>{_PROSE} Again.</p></article>")
    assert "Provider number 1" in a.body


def test_a_closing_question_to_the_reader_is_text() -> None:
    question = "What are your best tips for keeping a good balance?"
    a = _page(f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p><p>{question}</p></article>")
    assert question in a.body


def test_questions_and_folded_answers_of_a_faq_are_text() -> None:
    faq = "".join(
        f"<div><button>What does question number {n} ask about?</button>"
        f"<div hidden><p>The answer number {n} explains it in a full sentence.</p></div></div>"
        for n in range(2)
    )
    a = _page(
        f"<article><p>{_PROSE}</p><h2>FAQ</h2>{faq}<p>{_PROSE} Again.</p>"
        "<button>Did you find this page useful today?</button></article>"
    )
    assert "What does question number 1 ask about?" in a.body
    assert "The answer number 1 explains it in a full sentence." in a.body
    assert "Did you find this page useful today?" not in a.body


def test_related_region_holding_a_feed_of_cards_is_outside() -> None:
    # Teaser blurbs read like sentences; the region's name and its <article> cards tell.
    cards = "".join(
        f"<article><h3>Other story {n}</h3><div>{_PROSE} Card {n}.</div>"
        f"<a href='/story/{n}'>Learn more</a></article>"
        for n in range(3)
    )
    a = _page(
        f"<main><article><p>{_PROSE}</p><p>{_PROSE} Again.</p></article>"
        f"<section class='related-pages'><h2>Explore more</h2>{cards}</section></main>"
    )
    assert f"{_PROSE} Again." in a.body
    assert _rules(a)[f"{_PROSE} Card 1."] == "page.outside"
    assert "Other story 2" not in a.body


def test_related_region_without_cards_is_not_cut_as_a_feed() -> None:
    a = _page(
        f"<main><p>{_PROSE}</p><div class='related-content'><p>{_PROSE} Inside.</p>"
        f"<p>{_PROSE} Also inside.</p><p>{_PROSE} More.</p><p>{_PROSE} Last.</p></div></main>"
    )
    assert f"{_PROSE} Also inside." in a.body


def test_about_the_author_section_is_outside() -> None:
    bio = "Jane Doe is a transport reporter who has covered city hall for ten years."
    a = _page(
        f"<article><h2>The plan</h2><p>{_PROSE}</p><h3>About the Author</h3><p>{bio}</p>"
        f"<p>Jane Doe has no position in any company mentioned.</p>"
        f"<h2>What comes next</h2><p>{_PROSE} Again.</p>"
        f"<h2>Über den Autor:</h2><p>{bio} Auf Deutsch.</p></article>"
    )
    rules = _rules(a)
    assert rules["About the Author"] == "page.outside"
    assert rules[bio] == "page.outside"
    assert rules[f"{bio} Auf Deutsch."] == "page.outside"
    # The section ends at the next heading of its level or higher.
    assert "What comes next" in a.body
    assert f"{_PROSE} Again." in a.body


def test_empty_comments_do_not_break_a_line() -> None:
    # React writes <!-- --> between the text nodes of one line.
    a = _page(
        f"<article><p>{_PROSE}</p><p>Shares closed at $<!-- -->259.06<!-- --> on Friday.</p>"
        f"<p>{_PROSE} Again.</p><!-- a note for the editors --></article>"
    )
    assert "Shares closed at $259.06 on Friday." in a.body
    assert _rules(a)["a note for the editors"] == "page.markup"


def test_reader_feedback_widget_is_removed() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        "<div>Was this article helpful?</div><button>Yes</button><button>No</button>"
        "<div>Thanks for your feedback!</div>"
        "<p>Got a minute? Your feedback will help us build a better site for you.</p>"
        "<p>Click to rate this post!</p><p>Average rating 4.6 / 5. Vote count: 1,285</p></article>"
    )
    rules = _rules(a)
    assert rules["Was this article helpful?"] == "page.feedback_line"
    assert rules["Thanks for your feedback!"] == "page.feedback_line"
    assert (
        rules["Got a minute? Your feedback will help us build a better site for you."]
        == "page.feedback_line"
    )
    assert rules["Click to rate this post!"] == "page.feedback_line"
    assert rules["Average rating 4.6 / 5. Vote count: 1,285"] == "page.feedback_line"
    assert f"{_PROSE} Again." in a.body


def test_a_question_about_helpfulness_in_the_text_stays() -> None:
    line = "Was this article helpful to the council when it voted on the plan?"
    a = _page(f"<article><p>{_PROSE}</p><p>{line}</p><p>{_PROSE} Again.</p></article>")
    assert line in a.body


def test_price_comparison_box_in_the_text_is_removed() -> None:
    box = (
        "<div class='box'><div>Best Prices Today:</div><div><div>Retailer</div>"
        "<div>Price</div></div><div><div>ShopMart</div><div>$82.99</div>"
        "<div><a href='/go'>View Deal</a></div></div></div>"
    )
    a = _page(
        f"<article><h2>The Acme 3000</h2><p>{_PROSE}</p>{box}<p>{_PROSE} Again.</p></article>"
    )
    rules = _rules(a)
    for cell in ("Best Prices Today:", "Retailer", "Price", "$82.99"):
        assert rules[cell] == "page.price_box"
    assert {r.category for r in a.removed if r.rule == "page.price_box"} == {"advertisement"}
    assert f"{_PROSE} Again." in a.body


def test_stock_quote_panel_in_the_text_is_removed() -> None:
    cells = [
        ("Today's Change", "(0.47%) $<!-- -->1.21"),
        ("Current Price", "$<!-- -->259.06"),
        ("Day's Range", "$255.52 - $262.03"),
        ("52wk Range", "$221.96 - $367.09"),
        ("Avg Vol", "8.6M"),
    ]
    grid = "".join(f"<div>{label}</div><div>{value}</div>" for label, value in cells)
    panel = f"<section><h2>NYSE: ACME</h2><div>Acme Corp</div><div>{grid}</div></section>"
    a = _page(f"<article><p>{_PROSE}</p>{panel}<p>{_PROSE} Again.</p></article>")
    rules = _rules(a)
    for cell in ("Today's Change", "(0.47%) $1.21", "Day's Range", "$221.96 - $367.09", "8.6M"):
        assert rules[cell] == "page.quote_box"
    assert f"{_PROSE} Again." in a.body


def test_labels_and_figures_of_a_table_or_the_text_stay() -> None:
    table = (
        "<table><tr><th>Plan</th><th>Price</th><th>Volume</th></tr>"
        "<tr><td>Basic</td><td>$20</td><td>10 GB</td></tr>"
        "<tr><td>Plus</td><td>$35</td><td>50 GB</td></tr></table>"
    )
    a = _page(
        f"<article><p>{_PROSE}</p>{table}<h3>Price</h3><p>{_PROSE} Again.</p>"
        f"<div><div>Volume</div><p>{_PROSE} Once more.</p></div>"
        "<p>What to weigh:</p><ul><li>Price</li><li>Volume</li><li>Battery life</li></ul>"
        f"<p>{_PROSE} Last.</p></article>"
    )
    for cell in ("Price", "$20", "$35", "Volume", "Battery life"):
        assert cell in a.body
    assert not [r for r in a.removed if r.rule in ("page.price_box", "page.quote_box")]


def test_list_the_text_introduces_before_a_short_closing_paragraph() -> None:
    # A short closing sentence is running text after the list all the same, and once the
    # entries have begun a two-word one is an entry too.
    names = ["Industrial Pipe Bookshelf", "Garden Lanterns", "Rustic Fireplace Mantel"]
    lines = "".join(f"<p><a href='/p/{n}'>{name}</a></p>" for n, name in enumerate(names))
    a = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        f"<p>Here are the projects my friends made:</p>{lines}"
        "<p>Which one would you like to make first? I hope they inspire you to pick up a saw.</p>"
        "</article>"
    )
    for name in names:
        assert name in a.body
    # A line of two linked words right under the lead is still a button.
    b = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p><p>Meet them:</p>"
        "<p><a href='/apply'>Apply now</a></p>"
        "<p>Which one would you like to make first? I hope they inspire you to pick up a saw.</p>"
        "</article>"
    )
    assert _rules(b)["Apply now"] == "page.link_list"


def test_references_that_link_more_or_less_stay() -> None:
    # How much of a reference is its linked title varies; next to one that links less,
    # a mostly linked reference is an entry of the same list.  A menu links all of it.
    refs = [
        ("Rivers JM, Hale K, et al.", "Bike lanes and the safety of riders in city centres"),
        ("Okafor U.", "Commuting by bicycle in five European capitals: a comparative study"),
        ("Lund P, Berg A.", "Shop owners and the traffic calming of their streets"),
    ]
    items = "".join(
        f"<li>{who} <a href='/ref/{n}'>{what}</a>. J Urban Transp. 2021;{n}:14-22.</li>"
        for n, (who, what) in enumerate(refs)
    )
    menu = "".join(
        f"<li><a href='/s/{n}'>Section number {n} of the site</a></li>" for n in range(3)
    )
    a = _page(
        f"<article>{''.join(f'<p>{_PROSE} ({n})</p>' for n in range(4))}"
        f"<h2>References</h2><ul>{items}</ul>"
        f"<ul>{menu}</ul></article>"
    )
    for who, what in refs:
        assert f"{who} {what}" in a.body
    assert _rules(a)["Section number 1 of the site"] == "page.link_list"


def test_paragraphs_past_a_share_row_next_to_the_container_stay() -> None:
    summary = (
        "In short: three new bike lanes open next spring, and shops along the routes get help."
    )
    a = _page(
        "<div class='page'>"
        f"<div class='summary'><p>{summary}</p></div>"
        "<div class='share'><a href='/t'>Tweet</a></div><script>var x = 1;</script>"
        f"<div class='article-body'>{''.join(f'<p>{_PROSE} ({n})</p>' for n in range(4))}</div>"
        "</div><footer><div class='share'><a href='/f'>Share</a></div>"
        "<p>Bike Lanes Ltd, 1 Long Road, Springfield, registered company number 123456.</p></footer>"
    )
    rules = _rules(a)
    assert summary not in rules  # the dek here
    assert rules["Tweet"] == "page.share"
    assert "Bike Lanes Ltd" not in a.body


def test_a_box_of_running_text_set_aside_in_the_article_stays() -> None:
    note = (
        "Not all bike lanes are the same. Painted lanes share the road with cars, while "
        "protected lanes are kept apart from traffic by kerbs or posts."
    )
    a = _page(
        f"<article><p>{_PROSE} (1)</p><p>{_PROSE} (2)</p>"
        f"<aside><p><strong>Lanes differ.</strong><br>{note}</p></aside>"
        "<aside><h3>Try our app</h3><p>Plan your ride across the city in seconds, for free.</p>"
        "<p><a href='/app'>Download now</a></p></aside>"
        f"<p>{_PROSE} (3)</p><p>{_PROSE} (4)</p>"
        "<aside><p>The author has covered transport in the city for ten years and cycles to "
        "work every day of the year.</p></aside></article>"
    )
    assert note in a.body
    rules = _rules(a)
    assert rules["Try our app"] == "page.related"
    assert rules["Plan your ride across the city in seconds, for free."] == "page.related"
    # After the text, an aside is no part of it.
    assert "The author has covered transport" not in a.body


def test_comments_inside_a_line_do_not_break_it() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p>"
        "<p>The plan costs <!-- figure from the budget office --> four million euros.</p>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    assert "The plan costs four million euros." in a.body
    assert _rules(a)["figure from the budget office"] == "page.markup"
    p = next(p for p in a.paragraphs if p.text.startswith("The plan costs"))
    r = next(r for r in a.removed if r.text == "figure from the budget office")
    assert p.end < r.start  # reported after the line it stood in


def test_a_comment_before_the_words_of_a_line_is_reported_before_it() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p>"
        "<p>\n  <!-- figure from the budget office -->\n  The plan costs four million euros.</p>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    p = next(p for p in a.paragraphs if p.text.startswith("The plan costs"))
    r = next(r for r in a.removed if r.text == "figure from the budget office")
    assert r.end < p.start
    assert p.text == "The plan costs four million euros."


def test_author_links_and_comments_do_not_cut_a_byline() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1>"
        '<div class="meta"><span>By</span> <!-- author link -->'
        '<a rel="author" href="/authors/jane-doe/">Jane Doe</a></div>'
        f"<div class='entry-content'><p>{_PROSE}</p><p>{_PROSE} Again.</p></div></article>"
    )
    lines = [b.text for b in a.bylines] + [r.text for r in a.removed]
    assert "By Jane Doe" in lines  # one line, not "By" and "Jane Doe"
    assert [x.name for x in a.authors] == ["Jane Doe"]


def test_a_credit_line_in_a_plain_box_over_the_text_is_a_byline() -> None:
    a = _page(
        "<article><h1>Bike lanes</h1>"
        '<div class="node__meta"><span>Par Claire Martin</span> <span>12 septembre 2024</span></div>'
        f"<div class='field--name-body'><p>{_PROSE}</p><p>{_PROSE} Again.</p></div></article>"
    )
    assert [b.text for b in a.bylines] == ["Par Claire Martin 12 septembre 2024"]
    assert [x.name for x in a.authors] == ["Claire Martin"]


_BLURB = (
    "A short look at how another city planned its cycle routes with the help of the shops "
    "along them, what it learned on the way and what it would do differently next time."
)


def _cards(n: int) -> str:
    """Teaser cards of a feed: a linked title, a blurb, a date and author line."""
    return "".join(
        f"<div class='card'><div class='title'><a href='/story/{n}'>Another story on cycling "
        f"number {n}</a></div><p>{_BLURB} ({n})</p><div>March {n + 1}, 2025 · Jane Doe</div></div>"
        for n in range(n)
    )


def test_teasers_under_a_heading_that_names_them_are_outside() -> None:
    # No class says "related": the heading's words and the cards after the text do.
    for heading in (
        "<h2>You may also like</h2>",
        "<h4>Read next</h4>",
        "<h3>More on cycling:</h3>",
        "<p><strong>Recent posts on blogs we like:</strong></p>",
    ):
        a = _page(f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p>{heading}{_cards(3)}</article>")
        rules = _rules(a)
        assert f"{_PROSE} Again." in a.body
        assert rules[f"{_BLURB} (1)"] == "page.outside"
        assert rules["March 3, 2025 · Jane Doe"] == "page.outside"
        assert "Another story on cycling number 0" not in a.body


def test_named_heading_over_a_feed_of_article_cards_is_outside() -> None:
    cards = "".join(
        f"<article><h3>Other story {n}</h3><p>{_PROSE} Card {n}.</p></article>" for n in range(3)
    )
    a = _page(
        f"<main><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        f"<div><h2>Recommended posts</h2><div>{cards}</div></div></main>"
    )
    assert f"{_PROSE} Again." in a.body
    assert _rules(a)[f"{_PROSE} Card 1."] == "page.outside"


def test_teasers_the_text_goes_on_after_stay() -> None:
    # A list under such a heading with more running text after it is the article's.
    a = _page(
        f"<article><p>{_PROSE}</p><h3>More on cycling:</h3>{_cards(3)}"
        f"<p>{_PROSE} After the list.</p></article>"
    )
    assert f"{_BLURB} (1)" in a.body
    assert "March 3, 2025 · Jane Doe" in a.body
    # An inline "Related:" line between paragraphs is no feed.
    b = _page(
        f"<article><p>{_PROSE}</p><p>Related:</p>"
        "<p><a href='/x'>Council votes on the new bus lanes next month</a></p>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    assert f"{_PROSE} Again." in b.body
    # Two cards are not a feed; a reading list closing a guide is the author's own.
    c = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p><h2>Read next</h2>{_cards(2)}</article>"
    )
    assert f"{_BLURB} (1)" in c.body
    reading = "".join(
        f"<p><a href='/guide/{n}'>A guide to city cycling, volume {n}</a></p><p>{_BLURB} ({n})</p>"
        for n in range(3)
    )
    d = _page(
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p><h2>Further reading</h2>{reading}</article>"
    )
    assert f"{_BLURB} (2)" in d.body


def test_aem_component_classes_are_not_consent_boxes() -> None:
    # Adobe AEM's core components: each paragraph of the text in a "cmp cmp-text" box.
    boxes = "".join(
        f'<div class="cmp cmp-text aem-GridColumn"><p>{n}. {_PROSE}</p></div>' for n in range(3)
    )
    a = _page(f'<div class="root responsivegrid">{boxes}</div>')
    assert len(a.paragraphs) == 3


def test_a_conditional_comment_around_the_page_does_not_hide_it() -> None:
    # A "<!--[if gt IE 8]><!-->" that lost its "<!-->": browsers would hide the page.
    a = newsparse.parse_html(
        "<!doctype html><!--[if IE 7]><html class='ie7'><![endif]-->"
        "<!--[if gt IE 8]><html><head><title>Bike lanes</title></head><body>"
        f"<article>{''.join(f'<p>{n}. {_PROSE}</p>' for n in range(6))}</article>"
        "<!--[if lt IE 9]><script src='html5shiv.js'></script><![endif]-->"
        "</body></html>"
    )
    assert len(a.paragraphs) == 6


def test_data_shown_as_text_does_not_make_a_container() -> None:
    data = (
        '{"method":"get","path":"self.navigator","level":"info","items":['
        + ('{"a":1,"b":"' + "x" * 60 + '"},' * 40)
        + "{}]}"
    )
    a = _page(f"<div>{data}</div><article><p>{_PROSE}</p><p>{_PROSE} Again.</p></article>")
    assert len(a.paragraphs) == 2
    assert _rules(a)[data] == "page.markup"


def test_a_post_shown_only_in_noscript_is_read() -> None:
    # Blogger renders its posts with a script from an empty template; the text is in
    # <noscript>.
    a = _page(
        "<header><p>The latest news from the city council and its committees</p></header>"
        "<div class='post'><h3 class='post-title'>Bike lanes</h3>"
        "<div class='post-body' itemprop='articleBody'>"
        "<script type='text/template'></script>"
        f"<noscript><p>{_PROSE}</p><p>{_PROSE} Again.</p><p>{_PROSE} Once more.</p></noscript>"
        "</div></div>"
    )
    assert [p.text for p in a.paragraphs][-3:] == [
        _PROSE,
        f"{_PROSE} Again.",
        f"{_PROSE} Once more.",
    ]


def test_noscript_notices_stay_out_of_a_short_article() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p></article>"
        "<noscript><p>Please enable JavaScript to view the comments powered by Disqus.</p>"
        "</noscript>"
    )
    assert [p.text for p in a.paragraphs] == [_PROSE]
    assert "Please enable JavaScript" in next(r.text for r in a.removed if "Disqus" in r.text)


def test_a_short_page_is_read_once_when_its_noscript_text_is_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[bool] = []
    scan = _html.scan_page

    def counting(text: str, *, noscript: bool = False) -> _html.Page:
        calls.append(noscript)
        return scan(text, noscript=noscript)

    monkeypatch.setattr(_html, "scan_page", counting)
    _page(
        f"<article><p>{_PROSE}</p></article>"
        "<noscript><img src='/pixel.gif'><p>Please enable JavaScript.</p></noscript>"
    )
    assert calls == [False]
    _page(f"<article><p>{_PROSE}</p></article><noscript><p>{_PROSE * 3}</p></noscript>")
    assert calls == [False, False, True]


def test_a_visible_arrow_after_a_conditional_comment_in_an_attribute_is_kept() -> None:
    filler = "".join(f"<p>{n}. {_PROSE}</p>" for n in range(6))
    a = newsparse.parse_html(
        "<html><body><div data-legacy='<!--[if IE]><body class=ie><![endif]'>"
        f"<article>{filler}<p>Next stop: Main Street --> Harbour.</p></article>"
        "</div></body></html>"
    )
    assert "Main Street --> Harbour." in a.body


def test_wrapper_named_after_the_footer_round_the_page_keeps_the_text_out_of_the_footer() -> None:
    notice = (
        "Our editors review every offer on this site, and the company may be paid when "
        "readers apply through the links on its pages, which can affect where offers appear. "
    )
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(60))
    a = _page(
        f"<div class='above-footer'><nav><ul>{menu}</ul></nav>"
        "<div class='post-content'><article><h1>Bike lanes</h1><div class='article-body-content'>"
        f"<p>{_PROSE}</p><p>{_PROSE} Again.</p><p>{_PROSE} Still.</p><p>{_PROSE} Yet again.</p>"
        f"<p>{_PROSE} Once more.</p></div></article></div>"
        "<p><a href='/older'>Older post</a> <a href='/newer'>Newer post</a></p></div>"
        "<footer><div class='page-content'><section class='footer-about'>"
        f"<p>{notice}</p><p>{notice} Really.</p><p>{notice} Truly.</p><p>{notice} Surely.</p>"
        "</section></div></footer>"
    )
    assert f"{_PROSE} Once more." in a.body
    assert "Our editors review" not in a.body


def test_paragraphs_marked_one_by_one_as_held_back_for_subscribers_are_the_article() -> None:
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(20))
    rest = "".join(
        f"<p class='paywall'>{_PROSE} Paragraph {n}.</p>"
        + (f"<h3 class='paywall'>Part {n}</h3>" if n == 2 else "")
        + ("<div class='page-ad paywall'><div id='slot'></div></div>" if n == 3 else "")
        for n in range(6)
    )
    a = _page(
        f"<nav><ul>{menu}</ul></nav><article><h1>Bike lanes</h1><div class='body-content'>"
        f"<p>{_PROSE}</p><p>{_PROSE} Again.</p>{rest}</div></article>"
        "<div class='paywall'><p>Subscribe now to keep reading.</p></div>"
    )
    assert f"{_PROSE} Again." in a.body
    assert f"{_PROSE} Paragraph 5." in a.body
    assert "Part 2" in a.body
    assert "Subscribe now" not in a.body


def test_aria_headings_marked_as_held_back_for_subscribers_are_the_article() -> None:
    rest = "".join(
        f"<p class='paywall'>{_PROSE} Paragraph {n}.</p>"
        + (
            f"<div role='heading' aria-level='3' class='paywall heading-h3'>Part {n}</div>"
            if n in (1, 3)
            else ""
        )
        for n in range(5)
    )
    a = _page(
        f"<article><h1>Bike lanes</h1><div class='body-content'>"
        f"<p>{_PROSE}</p>{rest}</div></article>"
        "<div class='paywall' role='heading'>Subscribe now to keep reading.</div>"
    )
    assert "Part 1" in a.body
    assert "Part 3" in a.body
    assert f"{_PROSE} Paragraph 4." in a.body
    assert "Subscribe now" not in a.body


def test_a_lead_marked_as_teaser_text_is_not_related_content() -> None:
    lead = "The city opens three new bike lanes next week, the council said on Monday."
    a = _page(
        f"<article><h1>Bike lanes</h1><div id='news_content'>"
        f"<div class='teaser_text'>{lead}</div><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        f"<p>{_PROSE} Still.</p></div></article>"
    )
    assert lead in a.body or a.dek == lead
    assert all(r.text != lead for r in a.removed)


def test_captions_that_tell_a_picture_story_are_its_text() -> None:
    ideas = ("a red jumper and a black headband", "a grey sweatsuit and boots", "a green dress")
    items = "".join(
        f"<div class='item'><figure><img src='/p/{n}.jpg'><figcaption>"
        f"<h3>Costume {n}</h3><p>What you need: {ideas[n % 3]}. Pull your hair into a bun, add "
        f"a little accessory and you are ready for the party, number {n}.</p>"
        "<span class='credit'>Photo: Agency</span></figcaption></figure></div>"
        for n in range(8)
    )
    a = _page(
        f"<article><h1>Bike lanes</h1><p>{_PROSE}</p><div class='gallery'>{items}</div></article>"
    )
    assert "number 7." in a.body
    assert "Photo: Agency" not in a.body


def test_captions_beside_a_story_told_in_paragraphs_stay_captions() -> None:
    caption = "The new lane on Market Street, seen from the corner of the old town hall square."
    figures = "".join(
        f"<figure><img src='/p/{n}.jpg'><figcaption>{caption} View {n}.</figcaption></figure>"
        for n in range(5)
    )
    paragraphs = "".join(f"<p>{_PROSE} Paragraph {n}.</p>" for n in range(6))
    a = _page(f"<article><h1>Bike lanes</h1>{paragraphs}{figures}</article>")
    assert "Paragraph 5." in a.body
    assert "View 4." not in a.body


def test_a_hidden_box_of_text_over_the_page_does_not_outweigh_the_shown_article() -> None:
    notice = (
        "These captures are part of an effort to keep copies of pages as they are made, "
        "so that a link to the version that was live stays available for later readers."
    )
    toolbar = "".join(f"<p>{notice} Note {n}.</p>" for n in range(6))
    paragraphs = "".join(f"<p>{_PROSE} Paragraph {n}.</p>" for n in range(4))
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(60))
    a = _page(
        f"<div id='toolbar' style='display:none'><div><div>{toolbar}</div></div></div>"
        f"<nav><ul>{menu}</ul></nav>"
        f"<div class='post'><h1>Bike lanes</h1><div class='entry-content'>{paragraphs}</div></div>"
    )
    assert "Paragraph 3." in a.body
    assert "These captures" not in a.body


def test_a_hidden_box_holding_the_article_body_is_still_the_article() -> None:
    paragraphs = "".join(f"<p>{_PROSE} Paragraph {n}.</p>" for n in range(4))
    note = "<p>The club meets every second Monday at the library to plan rides across town.</p>"
    menu = "".join(f"<li><a href='/section/{n}'>Section number {n}</a></li>" for n in range(60))
    a = _page(
        "<div class='wrapper use-lightbox'><h1>Bike lanes</h1>"
        f"<div class='entry-content'>{paragraphs}</div></div>"
        f"<nav><ul>{menu}</ul></nav><div class='box'>{note * 6}</div>"
    )
    assert "Paragraph 3." in a.body
    assert "The club meets" not in a.body


def test_an_opinion_piece_marked_commentary_is_no_reader_comment() -> None:
    paragraphs = "".join(f"<p>{_PROSE} Paragraph {n}.</p>" for n in range(4))
    reply = "I cycle to work every day and the old lanes were far too narrow for the buses."
    comments = "".join(
        f"<li class='comment'><p>{reply} Reader {n} says so.</p></li>" for n in range(4)
    )
    a = _page(
        "<div class='full news commentary article'><h1>Bike lanes</h1>"
        f"<div class='sect commentary'>{paragraphs}</div></div>"
        f"<div class='comments'><h2>Comments</h2><ol>{comments}</ol></div>"
    )
    assert "Paragraph 3." in a.body
    assert "Reader 2 says so." not in a.body


def test_reader_comments_that_outweigh_the_article_are_still_comments() -> None:
    paragraphs = "".join(f"<p>{_PROSE} Paragraph {n}.</p>" for n in range(10))
    reply = (
        "I cycle to work every day and the old lanes were far too narrow for the buses, "
        "so the council should have done this years ago, and the shops will be fine too."
    )
    comments = "".join(f"<li><p>{reply} Reader {n} says so.</p></li>" for n in range(40))
    a = _page(
        f"<div class='news article'><h1>Bike lanes</h1><div class='sect'>{paragraphs}</div></div>"
        "<div class='sect sect_commentlinks'><h2>Reader comments</h2>"
        f"<ul class='directory'>{comments}</ul></div>"
    )
    assert "Paragraph 9." in a.body
    assert "Reader 2 says so." not in a.body


def test_the_pages_summary_under_its_headline_is_the_dek() -> None:
    summary = (
        "The council opens three new bike lanes next spring, the first of them along "
        "the river, after a year of talks with residents and shop owners."
    )
    head = (
        "<html><head><title>Bike lanes</title>"
        f"<meta property='og:description' content='{summary}'></head><body>"
    )
    text = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(4))
    teasers = "".join(
        f"<div class='teaser'><a href='/s{n}'>Bus lines change route number {n}</a></div>"
        for n in range(3)
    )
    for box in ("teaser", "top-box"):
        # A box of its own between the headline and the text (past a picture's credit),
        # named like a teaser or not at all.
        a = newsparse.parse_html(
            f"{head}<div class='header'><h1>Bike lanes</h1><div class='{box}'><p>{summary}</p>"
            "</div></div><div><img src='/a.jpg'><span>Picture: City Hall</span></div>"
            f"<div class='story'>{text}</div>{teasers}</body></html>"
        )
        assert a.dek == summary, box
        assert len(a.paragraphs) == 4
        assert _rules(a)["Bus lines change route number 1"] == "page.related"
    # A teaser box whose text is not the page's own summary is a teaser still.
    other = "Bus lines change route next month, and the night buses run every half hour."
    a = newsparse.parse_html(
        f"{head}<div class='header'><h1>Bike lanes</h1><div class='teaser'><p>{other}</p>"
        f"</div></div><div class='story'>{text}</div></body></html>"
    )
    assert a.dek is None
    assert _rules(a)[other] == "page.related"


def test_a_post_made_of_links_keeps_its_entries() -> None:
    intro = (
        "Every Friday we collect the stories about city transport that we read this week "
        "and liked; here are the links, with where we found them."
    )
    titles = [
        "How one city built protected bike lanes in a single summer",
        "Why buses are faster when they board through every door",
        "The quiet comeback of the night train across the continent",
        "What happens to traffic when a bridge closes for a year",
        "A short history of the tram and the streets it left behind",
        "Cargo bikes carry more of the parcels in the old town",
        "Ten streets that traded their parking for trees and benches",
        "The ferry line that doubled its riders after a timetable change",
        "How school streets keep cars away at the start of the day",
    ]
    entries = "".join(
        f"<li><p><a href='/l{n}'>{title}</a></p><p>via The Daily Wheel</p></li>"
        for n, title in enumerate(titles)
    )
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "Bikes", "Buses"))
    a = newsparse.parse_html(
        "<html><head><title>Links of the week</title></head><body>"
        f"<main><h1>Links of the week</h1><div class='entry-content'><ul>{menu}</ul><p>{intro}</p>"
        f"<h2>Streets</h2><ul>{entries}</ul></div>"
        "<div class='share'><a href='/s'>Share this post on your favourite network</a></div>"
        "</main></body></html>"
    )
    for title in titles:
        assert title in a.body
    assert intro in a.body
    # A menu's one-word links are no entries of the post; boilerplate boxes stay out.
    assert _rules(a)["Bikes"] == "page.link_list"
    assert "Share this post" not in a.body
    # A short story over a box of teasers: the teasers are not in the flow of its text.
    teasers = "".join(f"<li><a href='/t{n}'>{title}</a></li>" for n, title in enumerate(titles))
    a = newsparse.parse_html(
        "<html><head><title>Bike lanes</title></head><body><main><h1>Bike lanes</h1>"
        f"<div class='entry-content'><p>{_PROSE}</p></div>"
        f"<div class='box'><h2>Across the city</h2><ul>{teasers}</ul></div></main></body></html>"
    )
    assert titles[0] not in a.body
    # An article of running text keeps its few linked lines out, as before.
    text = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(3))
    a = newsparse.parse_html(
        "<html><head><title>Bike lanes</title></head><body><main><h1>Bike lanes</h1>"
        f"<div class='entry-content'>{text}<ul>{entries}</ul></div></main></body></html>"
    )
    assert titles[0] not in a.body


def test_a_section_with_a_generated_id_stays() -> None:
    sections = "".join(
        f"<div id='outline-container-org{n}e5119ad' class='outline-2'><h2>Part {n}</h2>"
        f"<div class='outline-text-2'><p>{_PROSE} ({n})</p></div></div>"
        for n in range(1, 4)
    )
    a = _page(f"<div class='post-body entry-content'>{sections}</div>")
    assert [p.text[-3:] for p in a.paragraphs if p.text.endswith(")")] == ["(1)", "(2)", "(3)"]


def test_text_before_a_related_box_set_in_it_stays() -> None:
    watch = (
        "<div class='related-video'><a href='/v'><h3>Watch | The mayor opens the first lane</h3>"
        "<div>The mayor cut the ribbon on the riverside lane on Monday morning, with riders "
        "waiting at both ends of the bridge.</div></a><div class='date'>2 hours ago</div></div>"
    )
    more = "".join(
        f"<div class='related'><a href='/m{n}'><h3>Bus routes change across the north "
        f"of the city from next month, part {n}</h3></a></div>"
        for n in range(5)
    )
    first = f"<p>{_PROSE} (1)</p><p>{_PROSE} (2)</p>"
    rest = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(3, 9))
    a = _page(
        f"<div class='story'><div class='text'>{first}</div>{watch}"
        f"<div class='text'>{rest}</div>{more}</div>"
    )
    assert [p.text[-3:] for p in a.paragraphs] == [f"({n})" for n in range(1, 9)]
    assert "ribbon" not in a.body


def test_read_more_box_in_the_text_is_removed() -> None:
    # A small box set in the text: a read-more heading, a section link, a linked title
    # and the teaser's blurb.  All of it points to another story.
    blurb = "The mayor wants the new lanes finished before the school year starts in autumn."
    box = (
        "<div class='block'><div class='box'><div class='label'><p>Read more</p></div>"
        "<div class='card'><div><a href='/city'>City</a></div>"
        "<a href='/lanes-plan'>Where the new bike lanes will run</a>"
        f"<p class='lead'>{blurb}</p></div></div></div>"
    )
    polish = (
        "<div><div role='heading'>Czytaj więcej</div>"
        "<div><a href='/plan'>Plan budowy nowych dróg rowerowych</a></div></div>"
    )
    a = _page(
        f"<article><h1>Bike lanes</h1><p>{_PROSE}</p>{box}<p>{_PROSE} Again.</p>{polish}"
        f"<p>{_PROSE} Once more.</p></article>"
    )
    rules = _rules(a)
    for line in ("Read more", "City", "Where the new bike lanes will run", blurb, "Czytaj więcej"):
        assert rules[line] == "page.read_more"
    assert rules["Plan budowy nowych dróg rowerowych"] == "page.read_more"
    assert {r.category for r in a.removed if r.rule == "page.read_more"} == {"related"}
    assert f"{_PROSE} Once more." in a.body


def test_read_more_heading_over_the_text_or_sources_stays() -> None:
    # A heading that opens a long section, and a "Further reading" box of sources, are
    # the article's.
    sources = (
        "<div><h3>Further reading</h3><p><a href='/report'>The 2023 transport report</a></p>"
        "<p>The council's own figures on cycling, year by year.</p></div>"
    )
    a = _page(
        f"<article><p>{_PROSE}</p><section><h2>Keep reading</h2><p>{_PROSE} Again.</p>"
        f"<p>{_PROSE} Once more.</p><p>{_PROSE} Still.</p><p>{_PROSE} Yet.</p>"
        f"<p>{_PROSE} More.</p><p>{_PROSE} Last.</p></section>{sources}"
        f"<p>{_PROSE} Closing.</p></article>"
    )
    assert not [r for r in a.removed if r.rule == "page.read_more"]
    assert "The council's own figures on cycling, year by year." in a.body
    assert f"{_PROSE} Last." in a.body


def test_closed_dialog_with_a_body_part_is_not_the_article() -> None:
    # A log-in dialog the page opens by script: its "prose" part reads like running text,
    # but a <dialog> without ``open`` is not shown.
    note = (
        "We would like to show you a way to sign in here, but an extension in your "
        "browser blocks every cookie this page sets."
    )
    a = _page(
        "<div class='page'><main><article><h1>Bike lanes</h1>"
        f"<div class='story'><p>{_PROSE}</p><p>{_PROSE} Again.</p></div></article></main>"
        "<dialog id='sign-in'><div><div class='title'>Cannot sign in?</div>"
        f"<div class='prose'><p>{note}</p><p>{note} Still.</p>"
        "<ul><li>Turn off the extension that blocks cookies</li>"
        "<li>Add this site to the list of allowed sites</li></ul></div></div></dialog></div>"
    )
    rules = _rules(a)
    for line in ("Cannot sign in?", note, "Turn off the extension that blocks cookies"):
        assert rules[line] == "page.hidden"
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."


def test_open_dialog_text_is_shown() -> None:
    a = _page(
        f"<article><p>{_PROSE}</p><dialog open><p>{_PROSE} In a box.</p></dialog>"
        f"<p>{_PROSE} Again.</p></article>"
    )
    assert not [r for r in a.removed if r.rule == "page.hidden"]


def test_text_of_an_input_box_is_not_the_articles() -> None:
    # A speed-reading widget beside the text holds a copy of it in a <textarea>.
    parts = [f"{_PROSE} Part {i}." for i in range(12)]
    paragraphs = "".join(f"<p>{part}</p>" for part in parts)
    copy = "\n\n".join(parts)
    a = _page(
        f"<div class='article-body'><div class='tab'>{paragraphs}</div>"
        f"<div class='tab'><form><textarea rows='6'>{copy}</textarea>"
        "<div>When reading:<label>Reading speed</label><input value='250'></div>"
        "<label><input type='checkbox'>Hide text box</label></form></div></div>"
    )
    assert a.body == "\n\n".join(parts)
    rules = _rules(a)
    assert rules[copy.replace("\n\n", " ")] == "page.navigation"
    assert rules["Hide text box"] == "page.navigation"


def test_text_shown_only_in_an_input_box_stays() -> None:
    # A paste site shows the whole text in a read-only box: it is the page's text.
    parts = [f"{_PROSE} Part {i}." for i in range(4)]
    a = _page(
        "<nav><a href='/'>Home</a> <a href='/new'>New paste</a></nav>"
        f"<div class='paste'><textarea readonly>{chr(10).join(parts)}</textarea></div>"
    )
    assert parts[0] in a.body
    assert parts[-1] in a.body


def _dated_teasers(n: int) -> str:
    titles = [
        "Ten things to know about the new lanes",
        "Photos: the city's streets through the years",
        "How to ride safely in the winter",
        "Why the bridge is closed until March",
    ]
    return "".join(
        f"<div class='box'><div><a href='/s/{i}'>{titles[i % len(titles)]}</a></div>"
        f"<div>April {i + 3}, 2024 -- Updated 13{i}8 GMT</div>"
        f"<div>A short look at story number {i} from our archive of city news.</div></div>"
        for i in range(n)
    )


def test_feed_of_dated_teasers_closing_the_text_is_removed() -> None:
    # No heading says "related": the feed's own heading names a topic.
    a = _page(
        f"<div class='story'><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        "<div class='col'><div>Part of our coverage on</div><div>City transport</div>"
        f"{_dated_teasers(4)}</div></div>"
    )
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."
    rules = _rules(a)
    for line in (
        "Part of our coverage on",
        "City transport",
        "How to ride safely in the winter",
        "April 5, 2024 -- Updated 1328 GMT",
        "A short look at story number 2 from our archive of city news.",
    ):
        assert rules[line] == "page.teaser_feed"
    assert {r.category for r in a.removed if r.rule == "page.teaser_feed"} == {"related"}


def test_dated_links_the_text_goes_on_after_stay() -> None:
    # Dated entries with text after them are the article's (a timeline), and undated
    # linked titles with blurbs need a heading that names them.
    undated = "".join(
        f"<div><div><a href='/r/{i}'>Report number {i} on city cycling</a></div>"
        f"<div>The figures for the year, street by street.</div></div>"
        for i in range(4)
    )
    a = _page(
        f"<div class='story'><p>{_PROSE}</p>{_dated_teasers(3)}<p>{_PROSE} Again.</p>"
        f"<p>{_PROSE} Once more.</p>{undated}</div>"
    )
    assert not [r for r in a.removed if r.rule == "page.teaser_feed"]
    assert "A short look at story number 1 from our archive of city news." in a.body


def test_pager_of_a_gallery_is_removed() -> None:
    pager = (
        "<div class='gallery-controls'><div><span>&lt;&lt;</span></div><div><span>&lt;</span></div>"
        + "".join(f"<div><span>{n}</span></div>" for n in range(1, 8))
        + "<div><span>…</span></div><div><span>20</span></div>"
        + "<div><span>&gt;</span></div><div><span>&gt;&gt;</span></div></div>"
    )
    a = _page(f"<article><p>{_PROSE}</p>{pager}<p>{_PROSE} Again.</p></article>")
    rules = _rules(a)
    for line in ("<<", "<", "1", "4", "7", "…", "20", ">>"):
        assert rules[line] == "page.pager"
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."


def test_numbers_of_a_table_or_out_of_order_stay() -> None:
    table = "<table><tr>" + "".join(f"<td>{n}</td>" for n in (1, 2, 3, 4)) + "</tr></table>"
    scores = "".join(f"<div>{n}</div>" for n in (3, 1, 2, 0))
    codes = "<pre>304\n305\n306\n307</pre>"
    a = _page(
        f"<article><p>{_PROSE}</p>{table}{scores}<p>{_PROSE} Again.</p>{codes}"
        f"<p>{_PROSE} Once more.</p></article>"
    )
    assert not [r for r in a.removed if r.rule == "page.pager"]


def test_captions_of_a_hidden_slide_show_beside_the_text_stay_captions() -> None:
    # A lightbox of the site's pictures of the day: captions of running text, more of
    # them than the article has, but hidden and set aside from it.
    caption = (
        "Riders wait at a crossing on the new lane number {} early on Monday morning, "
        "as the city counts them."
    )
    slides = "".join(
        f"<figure><img src='/p/{i}.jpg'><figcaption><p>{caption.format(i)}</p>"
        "</figcaption></figure>"
        for i in range(6)
    )
    a = _page(
        f"<article><div class='story'><p>{_PROSE}</p><p>{_PROSE} Again.</p>"
        f"<aside><div class='lightbox' hidden><div class='carousel'>{slides}</div></div>"
        "</aside></div></article>"
    )
    rules = _rules(a)
    assert rules[caption.format(0)] == "page.caption"
    assert rules[caption.format(5)] == "page.caption"
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."


def test_comment_section_with_a_body_text_prompt_is_comments() -> None:
    # "body-text" on the one-line prompt of a delete-comment form names no article body.
    note = (
        "Comments can be posted by members of our scheme. It allows our most engaged "
        "readers to debate the big issues and share their own experiences with each other."
    )
    paragraphs = "".join(f"<p>{_PROSE} Part {i}.</p>" for i in range(4))
    a = _page(
        f"<article><div class='story'>{paragraphs}</div><div id='comments'>"
        "<h3>Comments</h3><h3>Share your thoughts and debate the big issues</h3>"
        f"<h3>About our commenting</h3><p>{note}</p><p>{note} Again.</p>"
        "<div class='comment-delete'><h4>Delete Comment</h4><form>"
        "<p class='body-text'>Are you sure you want to delete this comment?</p>"
        "<button>Cancel</button></form></div></div></article>"
    )
    rules = _rules(a)
    for line in ("Comments", "About our commenting", note, "Delete Comment"):
        assert rules[line] == "page.comments"
    assert a.body.endswith(f"{_PROSE} Part 3.")


def test_wrapper_named_like_boilerplate_around_the_article_body_is_the_page() -> None:
    # The article body with running text below a "has-sidebar" wrapper still makes it the page.
    paragraphs = "".join(f"<p>{_PROSE} Part {i}.</p>" for i in range(3))
    a = _page(
        "<div class='layout has-sidebar'><div class='entry-content'>"
        f"{paragraphs}</div></div><nav><a href='/'>Home</a></nav>"
    )
    assert len(a.paragraphs) == 3


def test_a_box_after_a_related_box_closing_the_text_stays_out() -> None:
    text = "".join(f"<p>{_PROSE} ({n})</p>" for n in range(4))
    related = (
        "<div class='related-stories'><h3>Related</h3><ul>"
        "<li><a href='/a'>Council delays the vote on the new lanes again</a></li>"
        "<li><a href='/b'>Mayor promises more money for the roads</a></li></ul></div>"
    )
    note = (
        "Winners of this week's photo contest will be announced on Friday, and all "
        "entries can be seen in our gallery of readers' pictures."
    )
    a = _page(
        f"<h1>Bike lanes</h1><div class='post'><div class='entry-content'>{text}</div>"
        f"{related}<div class='x'><p>{note}</p></div></div>"
    )
    assert [p.text[-3:] for p in a.paragraphs] == [f"({n})" for n in range(4)]
    assert _rules(a)[note] == "page.outside"


def test_a_comment_before_the_name_in_an_author_link_keeps_the_name() -> None:
    a = _page(
        "<h1>Bike lanes</h1><div class='meta'> <a rel='author' href='/jane'>\n"
        "   <!-- author name -->\n   Jane Doe</a></div>"
        f"<article><p>{_PROSE}</p><p>{_PROSE} Again.</p></article>"
    )
    assert [x.name for x in a.authors] == ["Jane Doe"]


def test_an_opening_sentence_that_starts_like_a_date_line_is_text() -> None:
    openings = [
        "Published in 1998, the novel sold five million copies around the world.",
        "Jan. 6, 2021 was a dark day for the republic.",
        "Updated 2024 figures show inflation fell to 3 percent.",
    ]
    for opening in openings:
        a = _page(
            f"<article><h1>Bike lanes</h1><p>{opening}</p><p>{_PROSE}</p>"
            f"<p>{_PROSE} Again.</p></article>"
        )
        assert a.paragraphs[0].text == opening
    a = _page(
        "<article><h1>Bike lanes</h1><p>Posted on January 5, 2024 by admin</p>"
        f"<p>{_PROSE}</p><p>{_PROSE} Again.</p></article>"
    )
    assert _rules(a)["Posted on January 5, 2024 by admin"] == "structure.header_date"


def test_headlines_after_a_short_story_marked_as_such_stay_out() -> None:
    heads = "".join(
        f"<p><a href='/news/{n}'>Council names new chair of the transport committee {n}</a></p>"
        for n in range(12)
    )
    a = _page(
        f"<main><div class='story'><h1>Bike lanes</h1><p>{_PROSE}</p></div>{heads}"
        "<div><p>Jane Doe writes about city hall and the people who run it.</p></div></main>"
    )
    assert [p.text for p in a.paragraphs] == [_PROSE]
    assert "Council names new chair" not in a.body


def test_labels_of_custom_elements_reach_their_text() -> None:
    # A video player built of custom elements inside the text: its menu is hidden
    # and its ad card is marked, though no block-level element carries the class.
    a = _page(
        f"<article><p>{_PROSE}</p><div class='player'>"
        "<vplayer class='vp-main'><vplayer class='vp-menu' style='display: none'>"
        "<vplayer class='vp-item'>Video Settings</vplayer> "
        "<vplayer class='vp-item'>Full Screen</vplayer></vplayer>"
        "<vplayer class='vp-ad-card'><vplayer>Continue watching</vplayer> "
        "<vplayer>Nurses who met on a helipad get married</vplayer></vplayer></vplayer>"
        f"</div><p>{_PROSE} Again.</p></article>"
    )
    rules = _rules(a)
    assert rules["Video Settings Full Screen"] == "page.hidden"
    assert rules["Continue watching Nurses who met on a helipad get married"] == (
        "page.advertisement"
    )
    assert a.body == f"{_PROSE}\n\n{_PROSE} Again."


def test_custom_inline_element_without_a_label_stays_in_its_line() -> None:
    a = _page(f"<article><p>{_PROSE} The <fancy-term>bike lane</fancy-term> is new.</p></article>")
    assert a.body == f"{_PROSE} The bike lane is new."
