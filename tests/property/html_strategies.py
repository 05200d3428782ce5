"""Hypothesis strategies for HTML pages: article-like pages, and broken or hostile markup."""

from __future__ import annotations

import html

from hypothesis import strategies as st
from strategies import BOILERPLATE, WORDS, names, paragraph, sentence, title

CLASSES = [
    "article-body",
    "story",
    "content",
    "post",
    "main",
    "share",
    "social",
    "related",
    "sidebar",
    "nav",
    "menu",
    "footer",
    "comments",
    "ad",
    "promo",
    "newsletter",
    "byline",
    "caption",
    "x1",
    "",
]
WRAPPERS = ["div", "section", "main", "article", "span", "td", "li", "blockquote", "figure"]
INLINE = ["b", "i", "em", "strong", "span", "a", "small", "u", "mark"]


def _attr(cls: str) -> str:
    return f' class="{cls}"' if cls else ""


text_words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
link = st.builds(
    lambda words, n: f'<a href="/{n}">{html.escape(words)}</a>',
    text_words,
    st.integers(0, 999),
)


@st.composite
def inline_text(draw: st.DrawFn) -> str:
    """A paragraph's content: text with inline tags, entities and links mixed in."""
    text = html.escape(draw(paragraph), quote=False)
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(st.sampled_from(INLINE))
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i, len(words) - 1))
        words[i] = f"<{tag}>" + words[i]
        words[j] = words[j] + f"</{tag}>"
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(link))
    if draw(st.booleans()):
        words.insert(
            draw(st.integers(0, len(words))),
            draw(st.sampled_from(["&amp;", "&nbsp;", "&#8220;", "&mdash;", "&#x201D;"])),
        )
    return " ".join(words)


@st.composite
def chrome(draw: st.DrawFn) -> str:
    """Page furniture: a navigation list, a share row, a related list, an ad label, a footer."""
    kind = draw(st.sampled_from(["nav", "share", "related", "ad", "footer", "script", "form"]))
    if kind == "nav":
        items = "".join(f"<li>{x}</li>" for x in draw(st.lists(link, min_size=1, max_size=6)))
        return f"<nav{_attr('menu')}><ul>{items}</ul></nav>"
    if kind == "share":
        return '<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>'
    if kind == "related":
        items = "".join(f"<li>{x}</li>" for x in draw(st.lists(link, min_size=1, max_size=5)))
        return f'<aside class="related"><h3>Related</h3><ul>{items}</ul></aside>'
    if kind == "ad":
        return f'<div class="ad">{html.escape(draw(st.sampled_from(BOILERPLATE)))}</div>'
    if kind == "footer":
        return "<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
    if kind == "script":
        return "<script>var x = '<p>not text</p>'; if (a < b && c > d) {}</script><style>p{color:red}</style><!-- a comment -->"
    return '<form><input type="email" placeholder="Email"><button>Subscribe</button></form>'


@st.composite
def article_html(draw: st.DrawFn) -> str:
    """An article page: head, chrome, a headline, a byline, paragraphs in nested wrappers."""
    head = draw(title)
    parts = ["<!doctype html>" if draw(st.booleans()) else "", "<html>"]
    if draw(st.booleans()):
        meta = f'<meta property="og:title" content="{html.escape(head)}">'
        parts.append(f"<head><meta charset='utf-8'><title>{html.escape(head)}</title>{meta}</head>")
    parts.append("<body>")
    parts.extend(draw(st.lists(chrome(), max_size=3)))
    depth = draw(st.integers(0, 6))
    wrappers = [
        (draw(st.sampled_from(WRAPPERS)), draw(st.sampled_from(CLASSES))) for _ in range(depth)
    ]
    parts.extend(f"<{tag}{_attr(cls)}>" for tag, cls in wrappers)
    parts.append(f"<h1>{html.escape(head)}</h1>")
    if draw(st.booleans()):
        parts.append(f'<p class="byline">By {html.escape(draw(names))}</p>')
    body = draw(st.lists(inline_text(), max_size=8))
    for p in body:
        parts.append(f"<p>{p}</p>" if draw(st.integers(0, 4)) else f"<p>{p}")  # some unclosed
        if draw(st.integers(0, 5)) == 0:
            parts.append(draw(chrome()))
    if draw(st.booleans()):
        parts.extend(f"</{tag}>" for tag, _ in reversed(wrappers))
    parts.extend(draw(st.lists(chrome(), max_size=2)))
    parts.append("</body></html>" if draw(st.booleans()) else "")
    sep = draw(st.sampled_from(["", "\n", "\r\n", "\n  "]))
    return sep.join(parts)


# Markup that is broken on purpose: random tags, stray brackets, bad entities, odd characters.
_FRAGMENTS = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<a href='x'>",
    "</a>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<table><tr><td>",
    "<li>",
    "<h1>",
    "</h2>",
    "<",
    ">",
    "&",
    "&amp",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&nosuch;",
    "<?xml version='1.0'?>",
    "<!doctype html>",
    "<meta charset='utf-16'>",
    "<meta charset='nonsense'>",
    "<body onload='x'>",
    "<p class='\"'>",
    "<svg><text>",
    "<template>",
    "<noscript>",
    "<textarea>",
    "<title>",
    "<pre>",
    "\x00",
    "\r",
    "\u2028",
    "\ufeff",
    "\ud800",
    "“",
    "”",
    '"',
    "«",
]
noisy_html = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), sentence, st.text(max_size=20)), max_size=60
).map(lambda parts: "<html><body>" + "".join(parts))

any_html = st.one_of(article_html(), noisy_html)
