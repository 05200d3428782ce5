"""Page-structure rules for HTML [markup, navigation, comments, share, related, …].

These rules act on what :mod:`newsparse._html` found out about each block and
wrote into :attr:`Block.hints`: the labels of the elements around the block
(``nav``, ``comment``, ``share``, … from tags, ARIA roles, ``itemprop`` and
class/id words), and the main-content decision (``content`` or ``outside``,
with the reason in a ``why:`` hint).  Labels of the article's own container
and of its ancestors are not passed down, so a page-wide wrapper called
``has-sidebar`` removes nothing.

Every rule does nothing unless ``ctx.kind == "html"``, so the family is safe
in a rule set that also parses plain text.  :func:`with_page_rules` puts the
family in front of a text rule set; ``parse`` does that for HTML when the
given set has no ``page.*`` rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._bylines import is_by_line
from newsparse._model import Category
from newsparse._text import has_any
from newsparse.rules._base import Hit, Rule, RuleContext
from newsparse.rules._registry import RuleSet
from newsparse.rules.copyright import is_notice_block

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from newsparse._blocks import Block

__all__ = ["RULES", "with_page_rules"]

MARKUP_TAG = "#markup"
HEAD_TITLE_TAG = "#title"


def _markup(ctx: RuleContext) -> Iterator[Hit]:
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        if block.tag == MARKUP_TAG:
            yield Hit(block=block, reason="script, style, template or comment text, not shown")
        elif _is_json(block.text):
            yield Hit(block=block, reason="JSON data shown as text (a script's settings)")


def _is_json(text: str) -> bool:
    return len(text) > 20 and text.startswith(('{"', "[{", '["')) and text.endswith(("}", "]"))


def _head_title(ctx: RuleContext) -> Iterator[Hit]:
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        if block.tag == HEAD_TITLE_TAG:
            yield Hit(block=block, reason="the <title> of the page (browser tab), not its text")


def _labelled(labels: frozenset[str], reason: str) -> Callable[[RuleContext], Iterator[Hit]]:
    def func(ctx: RuleContext) -> Iterator[Hit]:
        if ctx.kind != "html":
            return
        for block in ctx.blocks:
            for hint in block.hints:
                if hint in labels:
                    yield Hit(block=block, reason=f"{reason} (marked {hint!r} by the page)")
                    break

    return func


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_RUNNING_TEXT = 150  # characters of a paragraph of running text
_LINKED = 0.6  # link density from which a block is a list of links
_TEXT_LINKS = 0.3  # link density below which a block reads as running text
_ENTRY_TAGS = frozenset({"p", "pre", "dd", "dt"})
_ENTRY_WORDS = 3  # a linked line with fewer words is a button ("Apply now")
_RUN_WORDS = 2  # ... unless it follows other entries of the list
# A web address on its own line, perhaps with a short note: "https://… (failures)".
_BARE_URL = regex.compile(r"(?:https?://|www\.)\S+(?:\s+\([^()\n]{0,40}\))?$")


def _plain(blocks: tuple[Block, ...], k: int) -> bool:
    """Whether ``blocks[k]`` is a line of the text with few links, not a heading."""
    if not 0 <= k < len(blocks):
        return False
    block = blocks[k]
    return (
        "content" in block.hints
        and block.link_density < _TEXT_LINKS
        and block.tag not in _HEADING_TAGS
        and block.tag != MARKUP_TAG
    )


_CLOSING_TEXT = 80  # characters of a short closing paragraph ("I hope these inspired you.")


def _closing_sentence(block: Block) -> bool:
    """A short paragraph of whole sentences: the text going on after a list, not a teaser."""
    text = block.text
    return (
        len(text) >= _CLOSING_TEXT
        and block.tag == "p"
        and "item" not in block.hints
        and text.endswith((".", "!", "?"))
        and not text.endswith("..")  # a teaser's cut-off blurb
    )


_ENTRY_TEXT = 40  # characters of an entry of a list of references or resources
_OWN_WORDS = 0.9  # link density below which a linked entry has words of its own


def _cited_item(blocks: tuple[Block, ...], k: int) -> bool:
    """Whether ``blocks[k]`` is a list entry of the text that links, but less than half."""
    if not 0 <= k < len(blocks):
        return False
    b = blocks[k]
    return (
        (b.tag == "li" or "item" in b.hints)
        and "content" in b.hints
        and 0 < b.link_density < _LINKED
        and len(b.text) >= _ENTRY_TEXT
    )


def _mixed_entry(blocks: tuple[Block, ...], k: int) -> bool:
    """A mostly linked entry next to entries that link less: one list of references.

    A reference or a resource links its title and adds the source, the authors or a
    note ("Khoo E-L, Small R, et al. A title. Journal. 2019"); how much of it is link
    text varies from one entry to the next, while a menu links all of every entry.
    """
    b = blocks[k]
    return (
        "content" in b.hints
        and b.link_density < _OWN_WORDS
        and len(b.text) >= _ENTRY_TEXT
        and (_cited_item(blocks, k - 1) or _cited_item(blocks, k + 1))
    )


def _link_list(ctx: RuleContext) -> Iterator[Hit]:
    """Blocks that are mostly link text: menus, tag lists, 'read more' teasers.

    A list the text itself introduces ("The patches sent for review:") is part of the
    text, links or not, when more running text follows it (a long paragraph, or a short
    one of whole sentences).
    """
    if ctx.kind != "html":
        return
    blocks = ctx.blocks
    last_text = -1
    for k, block in enumerate(blocks):
        if (
            "content" in block.hints
            and block.link_density < _TEXT_LINKS
            and block.tag not in _HEADING_TAGS
            and (len(block.text) >= _RUNNING_TEXT or _closing_sentence(block))
        ):
            last_text = k
    first_text = next(
        (k for k, b in enumerate(blocks) if "content" in b.hints and len(b.text) >= _RUNNING_TEXT),
        len(blocks),
    )
    lead = ""
    after = ""  # what the block before was: "lead", "item", "entry" (a linked line after the lead)
    for k, block in enumerate(blocks):
        if block.tag == MARKUP_TAG:
            continue
        item = block.tag == "li" or "item" in block.hints
        if block.tag in _HEADING_TAGS or (not item and block.link_density < _LINKED):
            lead, after = block.text, "lead"
            continue
        if block.link_density < _LINKED:  # an item of plain text
            after = "item"
            continue
        if "linked_entry" in block.hints:
            # An entry of a post made of links (see newsparse._html._link_post).
            after = "entry"
            continue
        listed = (
            k < last_text
            and "content" in block.hints
            and lead.endswith(":")
            and not _BARE_URL.match(block.text)
        )
        between = (
            k < last_text
            and "content" in block.hints
            and _plain(blocks, k - 1)
            and _plain(blocks, k + 1)
        )
        if item:
            after = "item"
            if listed or between or _mixed_entry(blocks, k):
                # An entry of a list the text introduces, a linked item between items
                # of plain text (a directory: the linked name, then its details), or
                # one of a list of references.
                continue
        elif between and "table" in block.hints:
            # A linked cell between cells of plain text: a table's column of names.
            after = ""
            continue
        elif (
            listed
            and after in ("lead", "entry")
            and block.tag in _ENTRY_TAGS
            and block.text.count(" ") >= (_ENTRY_WORDS if after == "lead" else _RUN_WORDS) - 1
        ):
            # Linked lines right under the lead, one per paragraph; once the run has begun,
            # a two-word entry ("DIY Lanterns") is one more of them.
            after = "entry"
            continue
        else:
            after = ""
            if k < first_text and is_by_line(block.text):
                # "By <a>Jane Doe</a> and <a>John Roe</a>" above the text: the byline.
                continue
        share = round(100 * block.link_density)
        yield Hit(block=block, reason=f"{share}% of the text is links")


def _promotion(ctx: RuleContext) -> Iterator[Hit]:
    """Calls to action: boxes the page names so, and short boxes that end in such a button."""
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        hints = block.hints
        if "cta" in hints:
            yield Hit(
                block=block,
                reason="a call to action, promotion or contact form (marked 'cta' by the page)",
            )
        elif "button_box" in hints:
            yield Hit(
                block=block,
                reason="a call to action: a short box in the text that ends in a sign-up, "
                "contact or trial button",
            )


def _caption(ctx: RuleContext) -> Iterator[Hit]:
    """Image and video captions and credits: text inside ``<figure>`` or caption-named elements."""
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        hints = block.hints
        if "title" in hints:
            continue
        if "caption" in hints:
            yield Hit(
                block=block, reason="caption or credit of an image (marked 'caption' by the page)"
            )
        elif (
            "figure" in hints
            and len(block.text) <= 600
            and "quote" not in hints
            and "table" not in hints
        ):
            yield Hit(block=block, reason="text inside a <figure>: a caption or credit")


_READING_TIME = regex.compile(
    r"(?:reading\s+time:?\s*)?(?:about\s+)?\d{1,3}\s*(?:-\s*\d{1,3}\s*)?"
    r"(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading(?:\s+time)?|to\s+read))?",
    regex.IGNORECASE,
)
# A reading time alone, or after a short credit or date ("Gear Team | 5 min read").
_READING_TIME_LINE = regex.compile(
    rf"(?:[^|•·\n]{{1,50}}\s[|•·]\s*)?{_READING_TIME.pattern}", regex.IGNORECASE
)
_AUTHOR_MARKS = frozenset({"date", "byline", "author"})
# A line made only of a date and time, with an optional label: "Updated 3:27 am PST, Wednesday,
# November 20, 2019", "First Published: Tuesday, November 19, 2019 08:38 AM", and the same in
# Portuguese, Spanish, French, German and Italian ("sexta-feira, 22 de janeiro de 2018 às 0:13").
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|janeiro|fevereiro|março|marco|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|février|fevrier|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|januar|jänner|februar|märz|juni|juli|oktober|dezember"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_WEEKDAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:segunda|terça|terca|quarta|quinta|sexta)-feira|sábado|sabado|domingo"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
)
_DATE_LABEL = (
    r"published|updated|posted|modified|publicado|atualizado|actualizado|publié|mis\s+à\s+jour"
    r"|veröffentlicht|aktualisiert|pubblicato|aggiornato"
)
_DATE_LINE = regex.compile(
    r"(?:(?:first\s+)?(?:" + _DATE_LABEL + r")(?:\s+(?:on|em|el|le|am|il))?\s*:?\s*)?"
    r"(?=[^\n]*\d)(?=[^\n]*\b(?:" + _MONTH + r")\b|[^\n]*\d{1,2}:\d{2})"
    r"(?:[\s,·|@()/.-]*+(?:" + _WEEKDAY + r"|" + _MONTH + r"|"
    r"\d{1,4}(?::\d{2})?(?:st|nd|rd|th|º|er)?|[ap]\.?m\.?|[ecmp][sd]?t|gmt|utc|at|de|del|às|as|à|le|el|um|uhr|alle|ore"
    r"|" + _DATE_LABEL + r"):?(?!\w))++[\s).]*",
    regex.IGNORECASE,
)
# An author box: a name, then what the person is or does ("Jane Doe is a reporter …").
_BIO_START = regex.compile(
    r"(?:about\s+)?(?-i:\p{Lu}[\w'’.-]+(?:\s+\p{Lu}[\w'’.-]+){1,3})\s+(?:is|was|has|writes|covers|joined|leads)\b",
    regex.IGNORECASE,
)


def _meta_line(ctx: RuleContext) -> Iterator[Hit]:
    """Reading times, and date or author lines met again after the text has begun."""
    if ctx.kind != "html":
        return
    begun = False
    for block in ctx.blocks:
        hints = block.hints
        if "content" not in hints or "title" in hints:
            continue
        text = block.text
        if len(text) <= 80 and _READING_TIME_LINE.fullmatch(text):
            yield Hit(block=block, reason="reading time of the article")
        elif len(text) <= 90 and _DATE_LINE.fullmatch(text):
            yield Hit(block=block, reason="a date or time on a line of its own")
        elif (
            begun
            and any(h in _AUTHOR_MARKS for h in hints)
            and (len(text) <= 100 or (len(text) <= 400 and _BIO_START.match(text)))
        ):
            yield Hit(block=block, reason="date or author line below the start of the text")
        elif len(text) >= 150 and block.link_density < 0.3:
            begun = True


# Headings and prompts of a comment section, on a line of their own.
_COMMENT_LINE = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        (?:join|start)\s+the\s+(?:conversation|discussion)
      | (?:add|leave|post|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)
      | leave\s+a\s+reply(?:\s+to\s+[^\n]{1,40})?
      | share\s+your\s+(?:story|feedback|thoughts|experience|comments?)(?:\s+with\s+us)?
            (?:\s+to\s+help\s+(?:us\s+)?improve\s+(?:our|this|the)\s+(?:site|website|page|content))?
      | (?:comments?|reply|responses?)\s+(?:via|on|to\s+this\s+(?:post|article|story))
            (?:\s*:?\s*[\w.-]{1,20}(?:\s*,\s*[\w.-]{1,20}){0,5})?
      | (?:view|show|see|load|read)\s+(?:all\s+|more\s+)?(?:\d+\s+)?comments
      | \d{1,5}\s+(?:comments?|responses?|replies)
      | (?:all\s+)?comments\s+are\s+moderated(?:\s+before\s+(?:being\s+)?(?:published|posted|they\s+appear))?
    )[\s:.!…]*""",
    regex.IGNORECASE | regex.VERBOSE,
)
_COMMENT_STEMS = ("comment", "conversation", "discussion", "repl", "respons", "share your")

# Reader-feedback and rating widgets: "Was this article helpful? Yes No", "Thanks for your
# feedback!", "Rate this post", "Average rating 4.6 / 5. Vote count: 12".
_FEEDBACK_LINE = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        (?:was|is|did\s+you\s+find|found)\s+this(?:\s+(?:article|page|post|story|content|information|answer|guide|review))?
            \s+(?:helpful|useful)(?:\s+to\s+you)?\s*\??(?:\s*(?:yes|no)\b){0,2}
      | how\s+(?:helpful|useful)\s+(?:was|is|did\s+you\s+find)\s+this\s+(?:article|page|post|story|content|information)\s*\??
      | (?:thanks?|thank\s+you)\s+for\s+(?:your|the)\s+feedback
      | tell\s+us\s+(?:why|more)
      | (?:click\s+to\s+)?rate\s+this\s+(?:article|page|post|story|recipe|guide|review)
      | how\s+would\s+you\s+rate\s+this\s+(?:article|page|post|story|recipe|guide|review)\s*\??
      | average\s+rating:?\s*\d(?:\.\d{1,2})?\s*/\s*\d{1,2}\.?\s*vote\s+count:?\s*\d[\d,]{0,12}
      | no\s+votes\s+so\s+far!?\s*be\s+the\s+first\s+to\s+rate\s+this\s+(?:article|page|post|story|recipe)
      | (?:got\s+a\s+(?:minute|moment|second)\s*\?\s*)?your\s+feedback\s+(?:will\s+)?helps?\s+us\s+[^\n.!?]{1,60}
    )[\s:.!…]*""",
    regex.IGNORECASE | regex.VERBOSE,
)
_FEEDBACK_STEMS = ("helpful", "useful", "feedback", "tell us", "rate this", "vote")

# A table of contents' own heading (its entries are links, see ``page.link_list``).
_TOC_LINE = regex.compile(
    r"[\s|•·>»–—-]*(?:table\s+of\s+contents|contents|in\s+this\s+(?:article|post|guide)|jump\s+to(?:\s+section)?"
    r"|inhaltsverzeichnis|inhalt|sommaire|índice|tabla\s+de\s+contenidos?)[\s:.]*",
    regex.IGNORECASE,
)
_TOC_STEMS = ("content", "in this", "jump to", "inhalt", "sommaire", "índice")

# Widgets' own words: pagers, loading placeholders, back-to-top and skip links.
_UI_LINE = regex.compile(
    r"""[\s|•·>»<«←–—-]*(?:
        (?:page|image|photo|picture|slide)\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}
      | (?:previous|next|older|newer)\s+(?:story|article|post|page)
      | (?:related\s+)?(?:tags|topics|categories|filed\s+under)\s*:?
      | https?://[^\s]{4,300}
      | loading(?:\s+[\w-]{1,20})?\s*(?:\.{3}|…)
      | (?:load|show|view)\s+more(?:\s+(?:articles|stories|posts|results))?
      | (?:back|return|scroll|go)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?
      | skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)
    )[\s.!↑^»>→]*""",
    regex.IGNORECASE | regex.VERBOSE,
)
_UI_STEMS: tuple[str, ...] = (
    "page",
    "loading",
    "more",
    "top",
    "skip to",
    "image",
    "photo",
    "picture",
    "slide",
)
_UI_STEMS += ("story", "article", "post", "tags", "topics", "categories", "filed", "http")


def _short_lines(
    pattern: regex.Pattern[str], stems: tuple[str, ...], reason: str
) -> Callable[[RuleContext], Iterator[Hit]]:
    """Short blocks of the main content matched in full by ``pattern`` (never the title)."""

    def func(ctx: RuleContext) -> Iterator[Hit]:
        if ctx.kind != "html":
            return
        for block in ctx.blocks:
            if (
                len(block.text) <= 80
                and "title" not in block.hints
                and has_any(block.lower, stems)
                and pattern.fullmatch(block.text)
            ):
                yield Hit(block=block, reason=reason)

    return func


_PAGER_MARK = regex.compile(r"[<>«»‹›←→]{1,3}|…|\.{3}|\|")
_PAGER_NUMBERS = 3  # page numbers in a row that make a pager
_PAGER_CELLS = frozenset({"td", "th", "pre"})  # figures of a table or a code listing are data


def _pager(ctx: RuleContext) -> Iterator[Hit]:
    """Page numbers on lines of their own, counting up ("<<", "<", "1", "2", "3", ">").

    A run of three or more numbers, each one more than the last (or any higher after an
    ellipsis), with arrows and ellipses between or around them.
    """
    if ctx.kind != "html":
        return
    run: list[Block] = []
    numbers = 0
    last = -1  # the last page number of the run; -1 after an ellipsis
    for block in (*ctx.blocks, None):
        text = block.text if block is not None else ""
        number = len(text) <= 4 and text.isascii() and text.isdigit()
        if block is not None and block.tag not in _PAGER_CELLS and "title" not in block.hints:
            if number and (last < 0 or int(text) == last + 1):
                run.append(block)
                numbers += 1
                last = int(text)
                continue
            if _PAGER_MARK.fullmatch(text):
                run.append(block)
                if text in ("…", "..."):
                    last = -1
                continue
        if numbers >= _PAGER_NUMBERS:
            for hit in run:
                yield Hit(
                    block=hit,
                    reason="a pager or a rating scale: numbers counting up on lines of their own",
                )
        run, numbers, last = [], 0, -1
        if number and block is not None and block.tag not in _PAGER_CELLS:
            run, numbers, last = [block], 1, int(text)


def _boxed(hint: str, reason: str) -> Callable[[RuleContext], Iterator[Hit]]:
    """Blocks the page analysis found to be cells of a widget of the kind ``hint``."""

    def func(ctx: RuleContext) -> Iterator[Hit]:
        if ctx.kind != "html":
            return
        for block in ctx.blocks:
            if hint in block.hints:
                yield Hit(block=block, reason=reason)

    return func


def _outside(ctx: RuleContext) -> Iterator[Hit]:
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        if "outside" in block.hints:
            why = next((h[4:] for h in block.hints if h.startswith("why:")), "")
            reason = "outside the article's main content"
            yield Hit(block=block, reason=f"{reason}: {why}" if why else reason)


def _copyright(ctx: RuleContext) -> Iterator[Hit]:
    """Copyright notices, in the footer or not: reported as such, not as navigation."""
    if ctx.kind != "html":
        return
    for block in ctx.blocks:
        if block.tag != MARKUP_TAG and is_notice_block(block):
            yield Hit(block=block, reason="a copyright or reproduction notice")


def _rule(
    name: str, category: Category, func: Callable[[RuleContext], Iterator[Hit]], text: str
) -> Rule:
    return Rule(name=name, category=category, func=func, description=text, kinds=("html",))


RULES: tuple[Rule, ...] = (
    _rule(
        "page.markup", Category.MARKUP, _markup, "Text of scripts, styles, templates and comments."
    ),
    _rule("page.head_title", Category.METADATA, _head_title, "The page's <title> element."),
    _rule(
        "page.hidden",
        Category.MARKUP,
        _labelled(frozenset({"hidden"}), "hidden by the page"),
        "Text the page hides (hidden attribute, display:none, screen-reader-only classes, a closed <dialog>).",
    ),
    _rule(
        "page.placeholder",
        Category.MARKUP,
        _labelled(frozenset({"placeholder"}), "placeholder text of a page template"),
        'Template components left with their placeholder text ("Lorem ipsum dolor sit amet", "Placeholder image-1").',
    ),
    _rule(
        "page.comments",
        Category.COMMENTS,
        _labelled(frozenset({"comment"}), "reader comments"),
        "Reader comments and comment forms.",
    ),
    _rule(
        "page.cookie",
        Category.COOKIE,
        _labelled(frozenset({"cookie"}), "cookie or consent notice"),
        "Cookie and consent banners.",
    ),
    _rule(
        "page.newsletter",
        Category.NEWSLETTER,
        _labelled(frozenset({"newsletter"}), "newsletter sign-up"),
        "Newsletter and subscription sign-up boxes.",
    ),
    _rule(
        "page.paywall",
        Category.PAYWALL,
        _labelled(frozenset({"paywall"}), "paywall or log-in prompt"),
        "Paywall, metering and log-in prompts.",
    ),
    _rule(
        "page.share",
        Category.SHARE,
        _labelled(frozenset({"share"}), "share or follow buttons"),
        "Share and follow buttons.",
    ),
    _rule(
        "page.related",
        Category.RELATED,
        _labelled(frozenset({"related", "aside"}), "related or recommended content"),
        "Related, recommended and most-read lists, sidebars.",
    ),
    _rule(
        "page.read_more",
        Category.RELATED,
        _boxed("read_more", "a read-more box in the text: a related-links heading over a teaser"),
        'Read-more boxes in the text: a "Keep reading" or "Read more" heading over the title '
        "and blurb of another story.",
    ),
    _rule(
        "page.teaser_feed",
        Category.RELATED,
        _boxed("teaser_feed", "a feed of other stories closing the text: linked titles with dates"),
        "Feeds of other stories closing the text under a heading that does not name them: "
        'linked titles, each with a date line ("April 26, 2014 -- Updated 1358 GMT") and a blurb.',
    ),
    _rule(
        "page.advertisement",
        Category.ADVERTISEMENT,
        _labelled(frozenset({"ad"}), "advertisement"),
        "Ad slots and sponsored boxes.",
    ),
    _rule(
        "page.promotion",
        Category.ADVERTISEMENT,
        _promotion,
        "Calls to action, promotion boxes and contact forms (cta, call-to-action, "
        'contact-form classes; short boxes ending in a "Book a demo" or "Get started" button).',
    ),
    _rule(
        "page.price_box",
        Category.ADVERTISEMENT,
        _boxed("price_box", "a label or price in a shop's price or deal box"),
        'Cells of price-comparison and deal boxes: "Best Prices Today:", "Retailer", "View Deal", '
        '"$82.99".',
    ),
    _rule(
        "page.quote_box",
        Category.NAVIGATION,
        _boxed("quote_box", "a label or figure in a stock-quote panel"),
        'Cells of stock-quote panels: "Today\'s Change", "Current Price", "Day\'s Range", "$259.06".',
    ),
    _rule(
        "page.fundraising",
        Category.FUNDRAISING,
        _labelled(frozenset({"fundraising"}), "donation appeal"),
        "Donation appeals.",
    ),
    _rule(
        "page.copyright",
        Category.COPYRIGHT,
        _copyright,
        'Copyright notices wherever they stand, footers included: "© 2024 Owner. All rights '
        'reserved.", "<저작권자 © …, 무단전재 및 재배포 금지>".',
    ),
    _rule(
        "page.navigation",
        Category.NAVIGATION,
        _labelled(
            frozenset({"nav", "footer", "form", "button", "dialog", "tags"}),
            "navigation, page header or footer",
        ),
        "Menus, breadcrumbs, tag lists, forms, buttons, page footers.",
    ),
    _rule(
        "page.caption",
        Category.CREDIT,
        _caption,
        "Captions and credits of images and videos (<figure>, <figcaption>, caption classes).",
    ),
    _rule(
        "page.meta_line",
        Category.METADATA,
        _meta_line,
        "Reading times, and date or author lines inside the text (not the header's).",
    ),
    _rule(
        "page.comment_line",
        Category.COMMENTS,
        _short_lines(_COMMENT_LINE, _COMMENT_STEMS, "heading or prompt of the comment section"),
        'Comment-section headings and prompts: "Join the conversation", "Leave a reply".',
    ),
    _rule(
        "page.feedback_line",
        Category.COMMENTS,
        _short_lines(_FEEDBACK_LINE, _FEEDBACK_STEMS, "a reader-feedback widget"),
        'Reader-feedback widgets on a line of their own: "Was this article helpful? Yes No", '
        '"Thanks for your feedback!".',
    ),
    _rule(
        "page.toc_heading",
        Category.NAVIGATION,
        _short_lines(_TOC_LINE, _TOC_STEMS, "heading of a table of contents"),
        'The heading of a table of contents: "Table of contents", "In this article".',
    ),
    _rule(
        "page.pager",
        Category.NAVIGATION,
        _pager,
        'Pagers and rating scales: numbers counting up on lines of their own, with their arrows ("<<", "<", '
        '"1", "2", "3", ">", ">>").',
    ),
    _rule(
        "page.ui_line",
        Category.NAVIGATION,
        _short_lines(
            _UI_LINE, _UI_STEMS, "words of a page widget (pager, loader, back-to-top link)"
        ),
        'Widget words and bare addresses on a line of their own: "Page 1 of 8", "Loading…", '
        '"Back to top", "Tags:".',
    ),
    _rule(
        "page.outside",
        Category.NAVIGATION,
        _outside,
        "Blocks outside the main-content container the page analysis chose.",
    ),
    _rule("page.link_list", Category.NAVIGATION, _link_list, "Blocks that are mostly link text."),
)


# Table cells, list items and short lines repeat by design ("Fees based on income" under
# each clinic, "Rest" on each day of a plan, "Team size: 11-50" in each entry of a listing):
# on pages they are not matched as repeated blocks.  So do the lines of program code
# (``<pre>``): "else:" or "count = count + 1" come back in the same listing and the next.
_CELL_TAGS = frozenset({"li", "td", "th", "dd", "dt", "pre"})
_NO_CELLS = frozenset({"duplicates.repeated_block"})
_SHORT_LINE = 80  # characters: a shorter paragraph is a line of a listing, not a pull quote


def _repeats_by_design(block: Block) -> bool:
    return block.tag in _CELL_TAGS or (block.tag == "p" and len(block.text) < _SHORT_LINE)


def _without_cells(inner: Rule) -> Rule:
    func = inner.func

    def guarded(ctx: RuleContext) -> Iterator[Hit]:
        if ctx.kind == "html":
            blocks = tuple(b for b in ctx.blocks if not _repeats_by_design(b))
            ctx = RuleContext(source=ctx.source, blocks=blocks, kind=ctx.kind)
        yield from func(ctx)

    return attrs.evolve(inner, func=guarded)


def with_page_rules(rules: RuleSet) -> RuleSet:
    """``rules`` with the ``page.*`` family in front, unless it already has ``page.*`` rules.

    On pages, ``duplicates.repeated_block`` leaves table cells, list items and the lines
    of preformatted text alone.
    """
    names = rules.names
    off = [name for name in names if not rules.is_enabled(name)]
    if not any(name.startswith("page.") for name in names):
        rules = RuleSet.of((*RULES, *(rules.get(name) for name in names)))
    for name in _NO_CELLS.intersection(names):
        rules = rules.replace(name, _without_cells(rules.get(name)))
    return rules.disable(*off) if off else rules
