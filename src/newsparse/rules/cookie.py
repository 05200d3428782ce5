"""Cookie consent banners and their buttons [cookie].

``cookie.banner`` removes a block made only of consent sentences: the site or
"we" using cookies, "by continuing to use this site you agree", the
consent manager's category texts.  The subject decides: "Facebook uses cookies
to track users" is news, "We use cookies to improve your experience" is a
banner, and a recipe about cookies never says either.  ``cookie.button``
removes button and link text on a line of its own ("Accept all cookies",
"Cookie settings", "Manage consent").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import Openers, has_any, only_sentences_of, opener_words
from newsparse.rules._base import Hit, Rule, RuleContext
from newsparse.rules._lines import line_rule

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

_SITE = r"(?:(?:this|our|the)\s+(?:web)?(?:site|page|portal|platform)|website)"
_WE = rf"""(?:we(?:\s*\(?and\s+(?:our|selected|our\s+selected)\s+(?:\d{{1,4}}\s+)?(?:(?:third[\s-]party|advertising|trusted)\s+)?(?:partners|vendors|third\s+parties)\)?)?
    |{_SITE}|(?:this|our)\s+(?:web)?site\s+and\s+(?:its|our)\s+partners)"""
_USE = r"(?:uses?|(?:may|might|would\s+like\s+to)\s+use|rel(?:y|ies)\s+on)"
# What a banner says cookies are for; a recipe says none of it.
_PURPOSE = r"""(?=[^.!?]{0,300}\b(?:experience|website|site|brows\w*|analy[sz]\w*|personali[sz]\w*|advertis\w*|
    traffic|ads|services?|visitors?|devices?|functionality|preferences|consent|privacy|policy)\b)"""
_EMBED = r"(?:(?:external\s+|embedded\s+|third[\s-]party\s+)?(?:content|video|embed|post|tweet|map|element|media))"
_COOKIES = r"(?:(?:first[\s-]party\s+|third[\s-]party\s+|essential\s+)?cookies|similar\s+technologies|tracking\s+technologies)"

# A consent sentence that marks a banner on its own (trailing punctuation stripped).
_CALL = regex.compile(
    rf"""(?:
        {_WE}\s+{_USE}\s+{_PURPOSE}{_COOKIES}(?:\s+and\s+(?:similar|other)\s+(?:technologies|tools))?\b[^.!?]{{0,300}}
      | (?:by\s+(?:continuing\s+(?:to\s+(?:use|browse|visit)\s+)?|using\s+|browsing\s+|visiting\s+)
            (?:{_SITE}|our\s+services|the\s+site)|by\s+clicking\s+[“"'‘]?(?:accept|agree|ok|i\s+agree|allow|continue)\b[^,]{{0,40}})
            ,?\s+you\s+(?:agree|consent|accept|are\s+agreeing|are\s+consenting)\b[^.!?]{{0,200}}
      | (?:we['’]ll|we\s+will)\s+assume\s+(?:that\s+)?you['’]re\s+(?:ok|okay|happy|fine)\s+with\s+(?:this|it)\b[^.!?]{{0,100}}
      | if\s+you\s+continue\s+(?:to\s+use|browsing|using)\s+{_SITE}\b[^.!?]{{0,200}}
      | (?:these|the\s+following)\s+cookies\s+(?:are\s+(?:strictly\s+)?(?:necessary|essential|required)\s+for\s+(?:the\s+)?(?:website|site|operation|functioning)
            |may\s+be\s+set|are\s+set\s+by|allow\s+us|help\s+us|enable\s+(?:the\s+)?(?:website|site)|collect\s+information|do\s+not\s+store
            |are\s+used\s+(?:to|by|for)\s+(?:track|measure|analy|collect|deliver|show|personali|remember|the\s+(?:website|site))\w*)\b[^.!?]{{0,300}}
      | (?:diese|unsere)\s+(?:web)?(?:seite|site|website)\s+(?:verwendet|nutzt|benutzt)\s+cookies\b[^.!?]{{0,300}}
      | wir\s+(?:und\s+unsere\s+partner\s+)?(?:verwenden|nutzen|benutzen|setzen)\s+cookies\b[^.!?]{{0,300}}
      | mit\s+der\s+nutzung\s+(?:dieser|unserer)\s+(?:web)?(?:seite|website)\s+(?:stimmen|erklären)\s+sie\b[^.!?]{{0,200}}
      | (?:ce\s+site|nous)\s+(?:utilis(?:e|ons)|dépos(?:e|ons))\s+des\s+cookies\b[^.!?]{{0,300}}
      | en\s+poursuivant\s+votre\s+navigation\b[^.!?]{{0,200}}
      | (?:utilizamos|usamos|este\s+sitio(?:\s+web)?\s+utiliza|esta\s+web\s+utiliza)\s+cookies\b[^.!?]{{0,300}}
      | si\s+contin[uú]a\s+navegando\b[^.!?]{{0,200}}
      # Embedded content held back until the reader consents: the placeholder's words.
      | (?:to\s+(?:view|see|watch|display|load|show)\s+(?:this|the)\s+{_EMBED}
          |this\s+{_EMBED}\s+(?:is|was|has\s+been|cannot\s+be|can['’]t\s+be)\s+(?:blocked|hidden|not\s+(?:shown|displayed|loaded)|shown|displayed|loaded)(?<!(?:is|was|been)\s+(?:shown|displayed|loaded)))
          (?=[^.!?]{{0,250}}\b(?:cookies?|consent|privacy\s+(?:settings|preferences)))[^.!?]{{0,300}}
      | your\s+(?:current\s+)?(?:cookie|privacy|consent)\s+(?:settings|preferences|choices)\s+
          (?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+(?:allow|permit)\b[^.!?]{{0,200}}
      | (?:leider\s+)?(?:lassen\s+)?ihre\s+(?:derzeitigen\s+|aktuellen\s+)?cookie[-\s]?einstellungen\b
          [^.!?]{{0,200}}\bnicht\s+zu\b[^.!?]{{0,100}}
      | um\s+(?:diesen|den|dieses|das)\s+(?:externen\s+)?(?:inhalt|beitrag|video|element|tweet|post)\s+
          (?=[^.!?]{{0,250}}(?:cookie|zustimm|einwillig|datenschutz))[^.!?]{{0,300}}
      | deaktivieren\s+sie\s+(?:die|ihre|ihren)\s+(?:erweiterung|werbeblocker|ad-?blocker)\b[^.!?]{{0,120}}
    )""",
    _I,
)

# Statements that go with a consent sentence, never on their own.
_PITCH = regex.compile(
    r"""(?:
        (?:you\s+can|please)\s+(?:read|find\s+out|learn|see|change|manage|withdraw|adjust|opt[\s-]out)\b[^.!?]{0,200}
      | (?:but\s+)?you\s+can\s+opt[\s-]out\s+if\s+you\s+wish
      | (?:find\s+out|learn|read)\s+more(?:\s+(?:about|in)\b[^.!?]{0,100})?
      | (?:(?:more\s+info(?:rmation)?|privacy\s+(?:policy|notice)|cookie\s+(?:policy|notice|settings)|read\s+more|settings|
            ok|okay|got\s+it|i\s+agree|accept|reject|decline|agree|allow|close)(?:\s+all)?[\s|•·,]*){1,4}
      | for\s+more\s+information\b[^.!?]{0,200}
      | (?:manage|change|update|open|adjust)\s+(?:your\s+)?(?:cookie|privacy|consent)\s+(?:settings|preferences|choices)
      | (?:weitere\s+informationen|mehr\s+erfahren|datenschutzerklärung|en\s+savoir\s+plus|más\s+información)\b[^.!?]{0,100}
    )""",
    _I,
)

_BUTTON = regex.compile(
    r"""[\s|•·>»–—-]*(?:
        (?:accept|allow|reject|decline|refuse|deny|disable|enable)\s+(?:all|(?:all\s+|non-essential\s+|optional\s+|necessary\s+)?cookies)
          (?:\s+(?:and\s+)?(?:continue|close))?
      | (?:only\s+)?(?:accept|allow)\s+(?:only\s+)?(?:necessary|essential|required)(?:\s+cookies)?
      | cookie\s*(?:settings|preferences|policy|notice|consent|declaration|banner|choices)
      | (?:manage|customi[sz]e|change|update)\s+(?:cookies?|consent|(?:my\s+|your\s+)?(?:cookie\s+|privacy\s+|consent\s+)?(?:settings|preferences|choices))
          (?:\s+preferences)?
      | manage\s+consent(?:\s+preferences)?
      | (?:strictly\s+)?(?:necessary|essential|functional|functionality|performance|analytics?|analytical|targeting|
          advertising|marketing|social\s+media|preference|statistics?|unclassified)\s+cookies
      | (?:privacy|consent)\s+(?:settings|preferences|(?:management\s+)?center|overview)
      | (?:do\s+not|don['’]t)\s+sell(?:\s+or\s+share)?\s+my\s+personal\s+(?:information|data)
      | (?:alle\s+)?(?:cookies\s+)?(?:akzeptieren|ablehnen|zulassen)(?:\s+und\s+schließen)?
      | alle\s+(?:akzeptieren|ablehnen|zulassen) | cookie-einstellungen | cookies\s+verwalten | einstellungen\s+verwalten
      | (?:tout\s+accepter|tout\s+refuser|accepter\s+(?:tous\s+les\s+)?cookies|refuser\s+(?:tous\s+les\s+)?cookies|
          paramètres\s+des\s+cookies|gérer\s+(?:les\s+)?cookies|personnaliser)
      | (?:aceptar|rechazar)(?:\s+todas?(?:\s+las)?)?(?:\s+(?:las\s+)?cookies)? | configuración\s+de\s+cookies | política\s+de\s+cookies
      | configurar\s+cookies
    )
    (?:[\s|•·]*(?:accept(?:\s+all)?|reject(?:\s+all)?|ok|got\s+it|agree|i\s+agree|close|akzeptieren|accepter|aceptar))?[\s.!:|]*""",
    _I,
)


def _is_banner(text: str) -> bool:
    return only_sentences_of(text, _CALL, _PITCH, max_sentences=5)


# Every consent sentence holds one of these: a cheap substring test first.
_CALL_STEMS = (
    *("cookie", "technolog", "assume", "continu", "poursuivant", "you agree", "you consent"),
    *("you accept", "agreeing", "consenting", "stimmen sie", "erklären sie", "consent"),
    *("erweiterung", "blocker"),
)


# The words a sentence of _CALL or _PITCH opens with, tested before the stems and
# the patterns, some only with a word the sentence needs ("The site", "For more
# information").
_OPENERS = Openers(
    {
        **opener_words(
            "we this our website by these diese unsere wir mit ce nous utilizamos usamos este "
            "esta si you please find learn read privacy cookie settings ok okay got accept "
            "reject decline agree allow close weitere mehr leider ihre deaktivieren"
        ),
        "to": ("cookie", "consent", "privacy"),
        "your": ("cookie", "consent", "privacy"),
        "um": ("cookie", "zustimm", "einwillig", "datenschutz"),
        "the": ("site", "page", "portal", "platform", "following"),
        "if": ("continu",),
        "en": ("poursuivant", "savoir"),
        "but": ("opt",),
        "more": ("info",),
        "i": ("agree",),
        "for": ("information",),
    }
)


# How a consent button opens, tested before the pattern.
_BUTTON_OPENERS = Openers(
    dict.fromkeys(("do", "don"), ()),
    prefixes=(
        "accept allow reject decline refuse deny disable enable only cookie manage customi "
        "change update strictly necessary essential functional performance analytic targeting "
        "advertising marketing social preference statistic unclassified privacy consent alle "
        "akzeptieren ablehnen zulassen einstellungen tout refuser personnaliser aceptar "
        "rechazar configurar"
    ),
    lead="|•·>»–—-",
)


def _banner(ctx: RuleContext) -> Iterator[Hit]:
    """A block made only of cookie consent sentences."""
    for block in ctx.blocks:
        if (
            len(block.text) <= 800
            and _OPENERS.allow(block)
            and has_any(block.lower, _CALL_STEMS)
            and _is_banner(block.text)
        ):
            yield Hit(block=block, reason="a cookie consent banner, no news")


RULES = (
    Rule(
        name="cookie.banner",
        category=Category.COOKIE,
        func=_banner,
        description='Cookie consent banners: "We use cookies to improve your experience…", '
        '"By continuing to use this site you agree…".',
    ),
    line_rule(
        "cookie.button",
        Category.COOKIE,
        _BUTTON,
        "a cookie consent button or link on a line of its own",
        max_chars=80,
        openers=_BUTTON_OPENERS,
        description='Consent buttons and links: "Accept all cookies", "Cookie settings", '
        '"Manage consent".',
    ),
)
