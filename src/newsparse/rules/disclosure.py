"""Affiliate-link disclosures [disclosure].

``disclosure.affiliate`` removes a short block made only of disclosure
sentences: "<Site> is reader-supported. When you buy via links on our site, we
may earn an affiliate commission."  The object decides against a donation
appeal: "reader-supported" alone is not a disclosure; buying through links and
earning a commission is.  Disclosures speak in the first person ("we", "our
links"), so a news paragraph about how publishers earn commissions stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import has_any, only_sentences_of
from newsparse.rules._base import Hit, Rule, RuleContext
from newsparse.rules._lines import line_rule

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

# A character of the sentence: a full stop only inside a name ("Shop.com").
_CH = r"(?:[^.!?]|\.(?=\w))"
# The site speaks of itself: "we", "our links", "this post".
_FIRST_PERSON = rf"(?={_CH}{{0,300}}\b(?:we|us|our|i|my|this\s+(?:post|article|page|story|guide|review|site|list))\b)"
_BUY = rf"(?={_CH}{{0,300}}\b(?:buy|buys|purchase[sd]?|shop|click|clicks|sign\s+up|subscribe|links?|qualifying)\b)"
_EARN = (
    rf"(?={_CH}{{0,300}}\b(?:commissions?|compensat\w+|affiliate"
    r"|(?:share|cut|portion)\s+of\s+(?:the\s+|any\s+)?(?:sales?|revenue|proceeds|purchase)"
    r"|small\s+(?:cut|share)|referral\s+fees?|small\s+fee)\b)"
)

# A disclosure sentence (trailing punctuation stripped).
_CALL = regex.compile(
    rf"""(?:
        {_FIRST_PERSON}{_BUY}{_EARN}{_CH}{{0,300}}?\b(?:
            (?:may|might|could|can|will|do|does)\s+(?:also\s+|sometimes\s+|only\s+)?(?:earn|receive|get|make|collect|be\s+compensated|be\s+paid)
          | (?:earns?|receives?|gets?)\s+(?:an?\s+|some\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|compensation|share|cut|portion)
        )\b{_CH}{{0,300}}
      | (?:note:\s*)?(?:this|the|our|some|all|certain|many)\s+(?:of\s+(?:our|the)\s+)?(?:article|post|page|story|content|guide|review|site|website|newsletter)s?\s+(?:may\s+)?contains?\s+
            (?:\w+\s+){{0,2}}?affiliate\s+links\b[^.!?]{{0,200}}
      | (?:some|all|certain|the)\s+(?:of\s+the\s+)?(?:links|products)\s+(?:\w+\s+){{0,4}}?(?:are|may\s+be)\s+affiliate\s+links\b[^.!?]{{0,200}}
      | (?-i:\p{{Lu}})[\w'’&.+-]*(?:\s+(?-i:\p{{Lu}})[\w'’&.+-]*){{0,3}}\s+(?:is|are)\s+(?:(?:partly|largely|mainly)\s+)?supported\s+by\s+
            (?:affiliate\s+)?commissions\b(?=[^.!?]{{0,200}}\b(?:on|through|via|in)\s+(?:our|this)\s+(?:site|website|links|pages?)\b)[^.!?]{{0,200}}
      | (?-i:\p{{Lu}})[\w'’&.+-]*(?:\s+(?-i:\p{{Lu}})[\w'’&.+-]*){{0,3}}\s+(?:has\s+affiliate\s+partnerships\s+and\s+)?
            (?:may|might|can|will)\s+(?:also\s+)?(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commissions?\b
            (?=[^.!?]{{0,200}}\b(?:affiliate\s+links|recommended\s+links|links\s+(?:in|on)\s+this\s+(?:article|page|post|site)))[^.!?]{{0,200}}
      | as\s+an\s+amazon\s+associate,?\s+(?:i|we)\s+earn\s+from\s+qualifying\s+purchases\b[^.!?]{{0,100}}
      | (?:dieser\s+(?:artikel|beitrag)\s+enthält|enthält)\s+(?:sogenannte\s+)?affiliate-links\b[^.!?]{{0,200}}
      | (?=[^.!?]{{0,300}}\blinks?\b)(?:wir|wenn\s+sie)\b[^.!?]{{0,300}}\b(?:provision|vergütung)\b[^.!?]{{0,200}}
      | (?=[^.!?]{{0,300}}\b(?:liens?|achat|achetez)\b)[^.!?]{{0,120}}\b(?:nous|pouvons)\b[^.!?]{{0,80}}
            \b(?:percevoir|recevoir|toucher)\s+une\s+commission\b[^.!?]{{0,200}}
      | (?=[^.!?]{{0,300}}\b(?:enlaces?|compras?)\b)[^.!?]{{0,120}}\b(?:podemos\s+)?(?:recibir|ganar|recibimos|ganamos)\s+una\s+comisión\b[^.!?]{{0,200}}
    )""",
    _I,
)

# Statements that go with a disclosure, never on their own.
_PITCH = regex.compile(
    r"""(?:
        (?-i:\p{Lu})[\w'’&.+-]*(?:\s+(?-i:\p{Lu})[\w'’&.+-]*){0,3}\s+(?:is|are)\s+(?:reader|audience)[-\s]supported
      | (?:here['’]s\s+how(?:\s+it\s+works)?|(?:learn|find\s+out)\s+more(?:\s+about\s+\w+(?:\s+\w+){0,4})?|why\s+trust\s+us|how\s+we\s+\w+)
      | (?:every|each|all)\s+(?:product|item|pick)s?\b[^.!?]{0,80}\bindependently\s+(?:selected|chosen|reviewed|tested|researched)\b[^.!?]{0,100}
      | (?:our|the)\s+(?:editors|writers|journalists|reviewers|experts|editorial\s+team|team)\s+[^.!?;]{0,100}?\bindependently\b[^.!?]{0,150}
      | (?:products|items|picks)\s+(?:are|were)\s+(?:independently\s+)?(?:chosen|selected|picked|reviewed|tested)\s+(?:independently\s+)?by\s+(?:our|the)\s+(?:editors|writers|reviewers|experts|editorial\s+team|team)
      | (?:read|see|view)\s+our\s+(?:editorial\s+(?:guidelines|policy|standards|process)|(?:affiliate|advertising)\s+(?:disclosure|policy))
      | prices?\s+(?:(?:are|were)\s+)?(?:accurate|correct)\s+(?:as\s+of|at\s+(?:the\s+)?time\s+of)\b[^.!?]{0,80}
      | (?:each|every|all)\s+(?:items?|products?)\s+and\s+prices?\s+(?:is|are)\s+(?:up\s+to\s+date|accurate|correct)\s+(?:as\s+of|at\s+(?:the\s+)?time\s+of)\b[^.!?]{0,200}
      | (?:this|that)\s+(?:doesn['’]t|does\s+not|won['’]t|will\s+not)\s+(?:affect|influence|change|cost)\b[^.!?]{0,150}
      | (?:at\s+)?no\s+(?:extra|additional)\s+cost\s+to\s+you\b[^.!?]{0,60}
      | (?:read|learn|find\s+out)\s+more\s+(?:in\s+our|about\s+how\s+we)\b[^.!?]{0,120}\b(?:policy|guidelines|standards|disclosure|process)
      | (?:these|this|our|such)\s+(?:affiliate\s+)?(?:partnerships?|commissions?|relationships?)\s+(?:do|does)\s+not\s+(?:influence|affect)\b[^.!?]{0,150}
    )""",
    _I,
)

# Every disclosure names the commission or the affiliate links: a cheap test first.
_TOPIC_STEMS = (
    *("commission", "affiliate", "qualifying purchases", "provision", "vergütung"),
    *("comisión", "compensat", "small cut", "small share", "portion of", "share of", "cut of"),
)
_QUOTES = ('"', "“", "”", "„", "«")


# Per sentence, a word every match of _CALL (and of _PITCH) contains, one for
# each alternative: _CALL's lookaheads scan the whole sentence, so a sentence
# without any of these is not tried.
_CALL_WORDS = (
    *("commission", "compensat", "affiliate", "share", "referral", "fee", "amazon", "cut"),
    "portion",
    *("provision", "vergütung", "comisi"),
)
_PITCH_WORDS = (
    *("supported", "here", "more", "trust", "how", "independently", "products", "items"),
    *("picks", "editorial", "disclosure", "policy", "price", "affect", "influence", "change"),
    "cost",
)


def _is_disclosure(text: str) -> bool:
    return only_sentences_of(
        text,
        _CALL,
        _PITCH,
        max_sentences=5,
        call_stems=_CALL_WORDS,
        pitch_stems=_PITCH_WORDS,
    )


def _affiliate(ctx: RuleContext) -> Iterator[Hit]:
    """A short block made only of affiliate-link disclosure sentences."""
    for block in ctx.blocks:
        # Disclosures are never quoted: a quotation is someone talking about commissions.
        if len(block.text) > 600 or has_any(block.text, _QUOTES):
            continue
        if has_any(block.lower, _TOPIC_STEMS) and _is_disclosure(block.text):
            yield Hit(block=block, reason="an affiliate-link disclosure, no news")


# Headings of the editorial-method box that goes with a disclosure, on a line of their own.
_LABEL = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        why\s+(?:you\s+(?:should|can)\s+)?trust\s+(?:us|our\s+(?:reviews|picks|experts|recommendations))
      | how\s+we\s+(?:research|test|review|rate|chose|choose|pick|select|evaluate)(?:ed|d)?(?:\s+(?:the\s+)?(?:best|top)\b(?:\s+[\w'’&,-]+){0,6}|\s+(?:them|these|our\s+picks|products))?
      | (?:checking|how\s+we\s+check)\s+our\s+work
      | (?:our\s+)?(?:editorial|review)\s+(?:guidelines|standards|process|methodology)
    )[\s.:?!]*""",
    _I,
)

RULES = (
    Rule(
        name="disclosure.affiliate",
        category=Category.DISCLOSURE,
        func=_affiliate,
        description='Affiliate disclosures: "When you buy via links on our site, we may earn '
        'an affiliate commission.", "… this post, Shop.com may receive a small cut."',
    ),
    line_rule(
        "disclosure.label",
        Category.DISCLOSURE,
        _LABEL,
        "a heading of the site's editorial-method box",
        max_chars=90,
        description='Headings of the editorial-method box: "Why trust us?", "How we tested".',
        stems=("trust", "how we", "our work", "editorial", "review"),
    ),
)
