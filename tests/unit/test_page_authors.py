"""Page authors: JSON-LD, meta tags, rel/itemprop author, byline elements, and the choice."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Author, Byline
from newsparse._page_authors import AuthorCandidate, _key, page_authors

BODY = "<p>" + "The council met on Tuesday to discuss the budget for next year. " * 6 + "</p>"


def page(head: str = "", header: str = "", body: str = BODY, aside: str = "") -> str:
    return (
        f"<html><head><title>Budget talks | The Gazette</title>{head}</head><body>"
        f"<article><h1>Budget talks</h1>{header}{body}</article>{aside}</body></html>"
    )


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def names(html: str) -> list[str]:
    return [a.name for a in newsparse.parse(html).authors]


# --- JSON-LD -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "author",
    [
        "Jane Doe",
        {"@type": "Person", "name": "Jane Doe"},
        [{"@type": "Person", "name": "Jane Doe"}],
        {"@type": "Person", "givenName": "Jane", "familyName": "Doe"},
    ],
)
def test_jsonld_author_shapes(author: object) -> None:
    assert names(page(ld({"@type": "NewsArticle", "author": author}))) == ["Jane Doe"]


def test_jsonld_keeps_every_author_of_a_list() -> None:
    people = [{"@type": "Person", "name": n} for n in ("Jane Doe", "John Smith", "Ana Lima")]
    assert names(page(ld({"@type": "NewsArticle", "author": people}))) == [
        "Jane Doe",
        "John Smith",
        "Ana Lima",
    ]


def test_jsonld_graph_reference_is_resolved() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "author": {"@id": "https://x.test/#/person/1"}},
            {"@type": "Person", "@id": "https://x.test/#/person/1", "name": "Jane Doe"},
        ],
    }
    assert names(page(ld(graph))) == ["Jane Doe"]


def test_jsonld_creator_when_no_author() -> None:
    assert names(page(ld({"@type": "BlogPosting", "creator": ["Jane Doe"]}))) == ["Jane Doe"]


def test_organisation_only_when_no_person_is_credited() -> None:
    org = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "The Gazette"}})
    assert names(page(org)) == ["The Gazette"]
    byline = '<p class="byline">By Jane Doe</p>'
    assert names(page(org, header=byline)) == ["Jane Doe"]


def test_author_named_like_the_site_is_the_organisation() -> None:
    head = '<meta property="og:site_name" content="The Gazette"><meta name="author" content="The Gazette">'
    assert names(page(head)) == ["The Gazette"]
    assert names(page(head, header='<div class="author">Jane Doe</div>')) == ["Jane Doe"]


# --- meta tags -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"]
)
def test_meta_author_keys(key: str) -> None:
    assert names(page(f'<meta name="{key}" content="Jane Doe">')) == ["Jane Doe"]


def test_meta_byl_with_cue_and_two_names() -> None:
    head = '<meta name="byl" content="By JANE DOE and John Smith">'
    assert names(page(head)) == ["Jane Doe", "John Smith"]


def test_meta_urls_handles_emails_and_staff_are_dropped() -> None:
    for value in ("https://www.facebook.com/janedoe", "@janedoe", "jane@example.com", "Staff"):
        assert names(page(f'<meta name="author" content="{value}">')) == []


def test_twitter_creator_only_as_a_last_resort() -> None:
    head = '<meta name="twitter:creator" content="Jane Doe">'
    assert names(page(head)) == ["Jane Doe"]
    assert names(page(head + '<meta name="author" content="John Smith">')) == ["John Smith"]
    assert names(page('<meta name="twitter:creator" content="@gazette">')) == []


# --- visible markup ------------------------------------------------------------------


def test_rel_author_link() -> None:
    header = '<p>By <a rel="author" href="/about/jane">Jane Doe</a></p>'
    assert names(page(header=header)) == ["Jane Doe"]


def test_itemprop_author_with_nested_name() -> None:
    header = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Jane Doe</span> <span>is our city reporter</span></div>'
    )
    assert names(page(header=header)) == ["Jane Doe"]


def test_itemprop_author_meta_name() -> None:
    header = '<span itemprop="author" itemscope><meta itemprop="name" content="Jane Doe"></span>'
    assert names(page(header=header)) == ["Jane Doe"]


def test_byline_element_with_several_authors() -> None:
    header = '<div class="article-byline">By Jane Doe and John Smith, Staff Writers</div>'
    assert names(page(header=header)) == ["Jane Doe", "John Smith"]


def test_author_spans_on_one_line() -> None:
    header = (
        '<p class="meta"><span class="author-name">Jane Doe</span>, '
        '<span class="author-name">John Smith</span></p>'
    )
    assert names(page(header=header)) == ["Jane Doe", "John Smith"]


def test_link_to_an_author_page() -> None:
    header = '<p>By <a href="/authors/jane-doe/">Jane Doe</a></p>'
    assert names(page(header=header)) == ["Jane Doe"]


def test_bylines_of_related_stories_do_not_count() -> None:
    aside = (
        '<aside class="related-stories"><a href="/x">Other story</a>'
        '<span class="byline">By Max Mustermann</span></aside>'
    )
    head = '<meta name="author" content="Jane Doe">'
    assert names(page(head, aside=aside)) == ["Jane Doe"]


def test_comment_authors_do_not_count() -> None:
    comments = (
        '<section id="comments"><div class="comment"><span class="comment-author">'
        "Max Mustermann</span> says: great</div></section>"
    )
    assert names(page(aside=comments)) == []


def test_an_unended_conditional_comment_hides_nothing() -> None:
    html = "<!DOCTYPE html><!--[if gt IE 8]>" + page('<meta name="author" content="Jane Doe">')
    assert names(html) == ["Jane Doe"]


# --- the choice, on candidates ---------------------------------------------------------


def cand(text: str, kind: str, **kw: object) -> AuthorCandidate:
    return AuthorCandidate(text=text, kind=kind, **kw)  # type: ignore[arg-type]


def test_jsonld_beats_meta_beats_elements() -> None:
    cands = (
        cand("Jane Doe", "jsonld"),
        cand("John Smith", "meta", key="author"),
        cand("By Max Mustermann", "element", in_article=True, block=3),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]
    assert [a.name for a in page_authors(cands[1:])] == ["John Smith"]
    assert [a.name for a in page_authors(cands[2:])] == ["Max Mustermann"]


def test_fuller_byline_list_wins_over_a_first_author_only() -> None:
    byline = newsparse.parse_byline("By Jane Doe, John Smith and Ana Lima")
    cands = (cand("Jane Doe", "jsonld"),)
    assert [a.name for a in page_authors(cands, bylines=(byline,))] == [
        "Jane Doe",
        "John Smith",
        "Ana Lima",
    ]


def test_same_name_across_sources_is_one_author_in_the_best_case() -> None:
    cands = (cand("JANE DOE", "jsonld"), cand("jane doe", "meta"), cand("Jane Doe", "rel"))
    assert page_authors(cands) == (Author(name="Jane Doe"),)


def test_accents_and_middle_initials_do_not_split_an_author() -> None:
    cands = (cand("José A. Pérez, Jane Doe", "jsonld"), cand("Jose Perez", "meta"))
    assert [a.name for a in page_authors(cands)] == ["José A. Pérez", "Jane Doe"]


def test_publisher_name_is_an_organisation() -> None:
    cands = (cand("The Gazette", "jsonld"), cand("The Gazette", "publisher"))
    assert [a.name for a in page_authors(cands)] == ["The Gazette"]
    both = (*cands, cand("Jane Doe", "rel"))
    assert [a.name for a in page_authors(both)] == ["Jane Doe"]


def test_site_name_is_an_organisation() -> None:
    cands = (cand("Gazette", "meta"), cand("Jane Doe", "element", block=1))
    assert [a.name for a in page_authors(cands, site_name="Gazette")] == ["Jane Doe"]


def test_one_word_handles_from_metadata_only() -> None:
    assert [a.name for a in page_authors((cand("gnaddrig", "rel"),))] == ["gnaddrig"]
    assert page_authors((cand("gnaddrig", "element", in_article=True),)) == ()


def test_header_byline_kept_as_parsed() -> None:
    b = Byline(
        text="By Jane Doe", authors=(Author(name="Jane Doe", role="Reporter"),), start=0, end=11
    )
    assert page_authors((), bylines=(b,)) == (Author(name="Jane Doe", role="Reporter"),)


def test_nothing_credited() -> None:
    assert page_authors(()) == ()


def test_by_line_under_the_title_without_markup() -> None:
    header = "<p><span>By</span> <span>Jane Doe</span></p>"
    assert names(page(header=header)) == ["Jane Doe"]


def test_card_label_written_by() -> None:
    head = (
        '<meta name="twitter:label1" content="Verfasst von">'
        '<meta name="twitter:data1" content="Jane Doe">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="3 minutes">'
    )
    assert names(page(head)) == ["Jane Doe"]


def test_author_class_in_other_languages() -> None:
    header = '<p class="autorenzeile">Jane Doe und John Smith</p>'
    assert names(page(header=header)) == ["Jane Doe", "John Smith"]


def test_meta_key_naming_the_publisher_gives_way_to_the_confirmed_writer() -> None:
    cands = (
        cand("Acme Publications", "meta", key="author"),
        cand("Jane Doe", "meta", key="article:author"),
        cand("By Jane Doe", "element", in_article=True, block=2),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


def test_two_meta_authors_of_one_key_are_both_kept() -> None:
    cands = (
        cand("Jane Doe", "meta", key="author"),
        cand("John Smith", "meta", key="author"),
        cand("Jane Doe", "itemprop"),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe", "John Smith"]


def test_rel_links_to_other_writers_are_dropped() -> None:
    cands = (
        cand("Jane Doe", "rel"),
        cand("John Smith", "rel"),
        cand("Jane Doe", "element", in_article=True, block=2),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


@pytest.mark.parametrize(
    "value", ["Web Commerce GmbH", "Daily Planet (www.planet.test)", "Das Magazin für Leser"]
)
def test_meta_author_stated_as_an_organisation(value: str) -> None:
    cands = (cand(value, "meta", key="author"), cand("Von Jane Doe", "line", block=3))
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


@pytest.mark.parametrize("label", ["View my complete profile", "Member Login", "Reporter"])
def test_link_labels_are_not_authors(label: str) -> None:
    assert page_authors((cand(label, "rel"),)) == ()


def test_labelled_author_line_further_down() -> None:
    body = BODY * 14 + "<p>Autor: Jane Doe</p>" + BODY
    assert names(page(body=body)) == ["Jane Doe"]
    assert names(page(body=body, head='<meta name="author" content="John Smith">')) == [
        "John Smith"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("von jdoe am 26/10/13, 03:48 pm", ["jdoe"]),
        ("Beitrag von r2d2 » 21.01.2009, 05:42", ["r2d2"]),
        ("jdoe", ["jdoe"]),
        ("Share", []),
    ],
)
def test_user_names_in_byline_elements(text: str, expected: list[str]) -> None:
    c = cand(text, "element", in_article=True, block=2, context=("article", "byline"))
    assert [a.name for a in page_authors((c,))] == expected


@pytest.mark.parametrize(
    "description",
    [
        "Posted by Jane Doe and John Smith - Security team  Over the past year the council…",
        "This post was written by Jane Doe and John Smith. The council met on Tuesday.",
        "By Jane Doe and John Smith  The council met on Tuesday.",
    ],
)
def test_description_that_states_its_byline(description: str) -> None:
    head = (
        f'<meta name="description" content="{description}">'
        '<meta name="author" content="The Gazette">'
    )
    assert names(page(head)) == ["Jane Doe", "John Smith"]


def test_description_without_a_byline_names_no_one() -> None:
    head = '<meta name="description" content="Voted by the council, the budget passed.">'
    assert names(page(head)) == []


def test_one_author_element_a_line() -> None:
    header = '<div class="byline"><p>Jane Doe</p><p>John Smith</p></div>'
    assert names(page(header=header)) == ["Jane Doe", "John Smith"]


def test_fuller_visible_list_wins_over_metadata_with_the_first_author() -> None:
    cands = (
        cand("Jane Doe", "jsonld"),
        cand("Jane Doe", "element", in_article=True, block=4),
        cand("John Smith", "element", in_article=True, block=5),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe", "John Smith"]


def test_a_reviewer_on_the_next_line_is_not_an_author() -> None:
    cands = (
        cand("Jane Doe", "jsonld"),
        cand("Written by Jane Doe", "element", in_article=True, block=4),
        cand("Reviewed by John Smith", "element", in_article=True, block=5),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


def test_job_title_lines_do_not_extend_a_list() -> None:
    cands = (
        cand("Jane Doe", "jsonld"),
        cand("Jane Doe\nVP\nTechnology", "element", in_article=True, block=4),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


def test_cue_and_name_in_blocks_of_their_own() -> None:
    header = "<p>by:</p><p>Jane Doe</p><p>Dec 17, 2025</p>"
    assert names(page(header=header)) == ["Jane Doe"]


def test_date_before_the_by_line() -> None:
    header = "<div>03/01/2017 by Jane Doe, Candidate Representative</div>"
    assert names(page(header=header)) == ["Jane Doe"]


def test_first_heading_when_no_title_is_found() -> None:
    html = (
        "<html><body><div><h1>Budget talks</h1><p>By Jane Doe</p></div>"
        "<div><p>Short.</p></div></body></html>"
    )
    assert names(html) == ["Jane Doe"]


def test_header_byline_wins_over_metadata_naming_someone_never_shown() -> None:
    cands = (
        cand("John Smith", "jsonld"),
        cand("By Jane Doe", "line", in_article=True, block=3),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]
    shown = (*cands, cand("John Smith", "element", in_article=True, block=9))
    assert [a.name for a in page_authors(shown)] == ["John Smith"]


def test_later_header_lines_credit_editors() -> None:
    first = newsparse.parse_byline("Written by: Jane Doe, Senior Analyst")
    second = newsparse.parse_byline("John Smith, Senior Editor")
    assert [a.name for a in page_authors((), bylines=(first, second))] == ["Jane Doe"]
    confirmed = (cand("John Smith", "rel"),)
    assert [a.name for a in page_authors(confirmed, bylines=(first, second))] == [
        "Jane Doe",
        "John Smith",
    ]


def test_desk_credited_by_metadata_is_the_author() -> None:
    cands = (
        cand("Gazette Staff", "jsonld"),
        cand("Max Mustermann", "element_aside", block=40, context=("aside",)),
    )
    assert [a.name for a in page_authors(cands)] == ["Gazette Staff"]
    assert page_authors((cand("Redaktion", "jsonld"), cand("Jane Doe", "rel"))) == (
        Author(name="Jane Doe"),
    )


@pytest.mark.parametrize(
    "line", ["Eine Kolumne von Jane Doe", "This is a guest post by Jane Doe", "By Jane Doe"]
)
def test_writer_introduced_further_down(line: str) -> None:
    body = BODY * 14 + f"<p>{line}</p>" + BODY
    assert names(page(body=body)) == ["Jane Doe"]


def test_first_name_alone_takes_the_full_name_of_a_byline_line() -> None:
    cands = (cand("Jane", "jsonld"), cand("Eine Kolumne von Jane Doe", "line_far", block=30))
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


def test_other_metadata_the_page_shows_wins_over_metadata_it_never_shows() -> None:
    cands = (
        cand("Kim Lee", "jsonld"),
        cand("Jane Doe", "meta", key="parsely-author"),
        cand("John Smith", "meta", key="parsely-author"),
        cand("Jane Doe", "element", in_article=True, block=3),
        cand("John Smith", "element", in_article=True, block=3),
        cand("By Jane Doe", "line", in_article=True, block=3),
    )
    assert [a.name for a in page_authors(cands)] == ["Jane Doe", "John Smith"]


@pytest.mark.parametrize("credit", ["John Smith, The Times/Redux", "(Photo: John Smith)"])
def test_picture_credit_under_the_title_is_not_a_byline(credit: str) -> None:
    header = f"<p>{credit}</p><p>By Jane Doe</p>"
    assert names(page(header=header)) == ["Jane Doe"]


@pytest.mark.parametrize("text", ["Jane Doe Jane Doe", "Jane Doe\nJane\nDoe"])
def test_a_name_repeated_across_lines_is_one_name(text: str) -> None:
    assert [a.name for a in page_authors((cand(text, "rel"),))] == ["Jane Doe"]


def test_office_credited_beside_the_writer_is_an_organisation() -> None:
    cands = (cand("Jane Doe | University News Office", "meta", key="og:author"),)
    assert [a.name for a in page_authors(cands)] == ["Jane Doe"]


# --- accounts and job titles ---------------------------------------------------------


@pytest.mark.parametrize("account", ["jdoe", "jane.doe", "GZT"])
def test_metadata_account_gives_way_to_the_name_the_page_shows(account: str) -> None:
    candidates = (
        AuthorCandidate(text=account, kind="meta", key="author"),
        AuthorCandidate(text="Jane Doe", kind="link", block=3, in_article=True),
    )
    assert [a.name for a in page_authors(candidates)] == ["Jane Doe"]


def test_metadata_account_kept_when_the_page_shows_no_name() -> None:
    candidates = (AuthorCandidate(text="jdoe", kind="meta", key="author"),)
    assert [a.name for a in page_authors(candidates)] == ["jdoe"]


def test_metadata_first_name_is_not_an_account() -> None:
    candidates = (
        AuthorCandidate(text="Linda", kind="meta", key="author"),
        AuthorCandidate(text="Jane Doe", kind="link", block=3, in_article=True),
    )
    assert [a.name for a in page_authors(candidates)] == ["Linda"]


@pytest.mark.parametrize("title", ["Master Gardener", "Part-Time Controller"])
def test_job_title_on_the_byline_line_is_not_an_author(title: str) -> None:
    bylines = (
        Byline(
            text=f"By Jane Doe and {title}",
            authors=(Author(name="Jane Doe"), Author(name=title)),
            start=0,
            end=1,
        ),
    )
    candidates = (AuthorCandidate(text="Jane Doe", kind="jsonld"),)
    assert [a.name for a in page_authors(candidates, bylines=bylines)] == ["Jane Doe"]


def test_cut_short_job_title_is_not_an_author() -> None:
    candidates = (
        AuthorCandidate(
            text="Autor: Jane Doe, Projektleiterin der Stiftung", kind="line_far", block=9
        ),
    )
    assert [a.name for a in page_authors(candidates)] == ["Jane Doe"]


def test_glued_label_is_split_from_the_name() -> None:
    candidates = (AuthorCandidate(text="AuthorJane Doe", kind="element", block=3, in_article=True),)
    assert [a.name for a in page_authors(candidates)] == ["Jane Doe"]


def test_link_beside_the_article_as_a_last_resort_only_as_a_full_name() -> None:
    def aside(text: str) -> AuthorCandidate:
        return AuthorCandidate(text=text, kind="link", context=("aside",), block=20)

    assert [a.name for a in page_authors((aside("Jane Doe"),))] == ["Jane Doe"]
    assert page_authors((aside("YouTube"),)) == ()
    assert page_authors((aside("My Settings"),)) == ()
    assert page_authors((aside("Neues Passwort"),)) == ()
    both = (aside("Jane Doe"), AuthorCandidate(text="John Roe", kind="line_far", block=9))
    assert [a.name for a in page_authors(both)] == ["John Roe"]


def test_long_tag_list_in_an_element_is_not_a_name() -> None:
    tags = "World Vatican Religion Christianity Catholic Church Pope Family"
    candidates = (AuthorCandidate(text=tags, kind="element", block=3, in_article=True),)
    assert page_authors(candidates) == ()


@pytest.mark.parametrize("label", ["Jane Doe Kontakt", "Jane Doe Alles", "Stunden Mehr"])
def test_link_labels_read_with_a_name_are_not_names(label: str) -> None:
    candidates = (AuthorCandidate(text=label, kind="element", block=3, in_article=True),)
    assert page_authors(candidates) == ()


def test_job_titles_of_one_word_are_not_names() -> None:
    header = (
        '<div class="author-line"><span class="author-name">Jane Doe</span>'
        '<span class="author-title">Gardener &amp; Astrologer</span></div>'
    )
    assert names(page(header=header)) == ["Jane Doe"]


@pytest.mark.parametrize("label", ["ログイン", "会員登録"])
def test_log_in_links_in_other_scripts_are_not_names(label: str) -> None:
    candidates = (AuthorCandidate(text=label, kind="link", block=3),)
    assert page_authors(candidates) == ()


def test_jsonld_person_that_is_also_an_organisation_is_a_person() -> None:
    graph = {
        "@graph": [
            {"@type": ["Person", "Organization"], "@id": "#me", "name": "Jane Doe"},
            {"@type": "BlogPosting", "author": {"@id": "#me"}, "publisher": {"@id": "#me"}},
        ]
    }
    aside = '<aside><div class="author">John Smith</div></aside>'
    assert names(page(ld(graph), aside=aside)) == ["Jane Doe"]


def test_metadata_full_name_shown_shorter_is_kept() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Mary DOE"}})
    assert names(page(head, header="<p>By Jane Doe</p>")) == ["Jane Mary DOE"]


def test_one_meta_tag_listing_more_authors_than_jsonld() -> None:
    head = ld({"@type": "NewsArticle", "author": "Jane Doe"}) + (
        '<meta name="author" content="Jane Doe,John Smith">'
    )
    assert names(page(head)) == ["Jane Doe", "John Smith"]


@pytest.mark.parametrize(
    "header",
    [
        "<div>25.10.2022 - Jane Doe</div>",
        "<div>Jane Doe | 05.04.2025 - Update: 05.04.2025</div>",
        "<ul><li>Jane Doe</li><li>02-12-2025</li></ul>",
    ],
)
def test_name_beside_the_date_under_the_title(header: str) -> None:
    assert names(page(header=header)) == ["Jane Doe"]


def test_name_beside_the_date_gives_way_to_metadata() -> None:
    head = '<meta name="author" content="John Smith">'
    assert names(page(head, header="<div>25.10.2022 - Jane Doe</div>")) == ["John Smith"]


def test_name_signed_under_the_text() -> None:
    body = BODY + BODY + "<p><b><i>Jane Doe</i></b></p>"
    assert names(page(body=body)) == ["Jane Doe"]


def test_subheading_that_reads_like_a_name_is_no_signature() -> None:
    body = BODY + "<p>Premium Trends</p>" + BODY
    assert names(page(body=body)) == []


def test_metadata_naming_the_labelled_editor_gives_way_to_the_header_writer() -> None:
    head = ld({"@type": "NewsArticle", "author": "Heryad"})
    header = '<div class="author-2">Jane Doe</div>'
    aside = '<div class="editor-box"><span class="author">Editor : Heryad</span></div>'
    assert names(page(head, header=header, body=BODY + aside)) == ["Jane Doe"]
    assert names(page(head, header=header)) == ["Heryad"]


def test_author_label_without_a_colon() -> None:
    body = BODY + "<ul><li><strong>Autorin/Autor</strong> Jane Doe</li></ul>"
    assert names(page(body=body)) == ["Jane Doe"]


def test_byline_piece_of_a_header_line_with_bars() -> None:
    header = "<div><span>Trending</span> | By <span>Jane Doe</span> | April 13, 2020</div>"
    assert names(page(header=header)) == ["Jane Doe"]


def test_link_to_an_editors_page() -> None:
    header = '<div><a href="https://x.test/about/editors/jane-doe/">Jane Doe</a></div>'
    assert names(page(header=header)) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "expected"), [("Lars", ["Lars"]), ("vom Krimiblogger", ["Krimiblogger"])]
)
def test_one_name_alone_in_an_author_element_as_a_last_resort(
    text: str, expected: list[str]
) -> None:
    header = f'<span class="author">{text}</span>'
    assert names(page(header=header)) == expected
    assert names(page(header=header + "<p>By Jane Doe</p>")) == ["Jane Doe"]
    assert names(page(header='<span class="author">Von</span>')) == []


def test_a_label_line_under_the_text_is_no_signature() -> None:
    body = BODY + BODY + "<p>Zur Newsletter-Anmeldung</p>"
    assert names(page(body=body)) == []


def test_name_signed_under_the_text_of_a_page_without_a_title() -> None:
    html = f"<html><body><div>{BODY}{BODY}<p><em>Jane Doe</em></p></div></body></html>"
    assert names(html) == ["Jane Doe"]


def test_citation_authors_of_a_page_with_a_minified_doctype() -> None:
    metas = "".join(
        f'<meta name="citation_author" content="{n}">' for n in ("Jane Doe", "Daniel D. Von Hoff")
    )
    html = (
        f"<!doctypehtml><html><head><title>A study</title>{metas}</head><body>{BODY}</body></html>"
    )
    assert names(html) == ["Jane Doe", "Daniel D. Von Hoff"]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Jane Q. Doe", "jane doe"),
        ("JOSÉ  Martínez-Ruiz", "jose martinez ruiz"),
        ("jane_doe", "jane doe"),
        ("", ""),
    ],
)
def test_name_key_ignores_case_accents_punctuation_and_initials(name: str, key: str) -> None:
    assert _key(name) == key
    assert _key(name) == key  # memoised: the same answer the second time


def test_same_author_in_jsonld_and_byline_is_credited_once() -> None:
    html = page(
        head=ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "José Martínez"}}),
        header='<p class="byline">By JOSE MARTINEZ</p>',
    )
    assert len(names(html)) == 1
