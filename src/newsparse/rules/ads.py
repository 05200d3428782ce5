"""Advertising labels and ad-ops links [advertisement]."""

from __future__ import annotations

import regex

from newsparse._model import Category
from newsparse._text import Openers
from newsparse.rules._lines import line_rule

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1

_ONE = r"""(?:
        advertisements?|advert|ads?|anzeigen?|werbung|publicidad|publicité|pubblicità|reklame|reklama|
        advertentie|annonse|mainos|публикация|реклама|広告|광고|广告|sponsored(?:\s+(?:content|links?|posts?|stories|by\b.{1,60}))?|
        paid\s+(?:content|post|partnership|for\s+by\b.{1,60})|promoted(?:\s+(?:content|stories|links?|by\b.{1,60}))?|
        partner\s+content|sponsor(?:ed)?\s+message|
        skip\s+(?:this\s+)?(?:advertisement|ad)|
        (?:the\s+)?(?:story|article|content|text)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s+(?:advertisement|ad|video)|
        continue\s+reading(?:\s+(?:the\s+main\s+story|below|after\s+(?:the\s+)?ad(?:vertisement)?))?|
        scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|
        ad\s+(?:policy|feedback|choices)|adchoices|advertise\s+(?:with|on)\s+us|advertising|
        remove\s+ads|report\s+(?:this\s+)?ad|why\s+this\s+ad\??|close\s+ad|
        weiter\s+nach\s+der\s+anzeige|artikel\s+wird\s+nach\s+der\s+anzeige\s+fortgesetzt|
        la\s+suite\s+après\s+(?:cette\s+)?(?:la\s+)?publicité|continúa\s+después\s+de\s+la\s+publicidad|
        (?:the\s+)?(?:story|article)\s+continues\s+below|continue\s+reading\s+below|
        (?:lesen\s+sie\s+)?(?:nach\s+der\s+anzeige\s+weiter|weiterlesen\s+nach\s+der\s+anzeige)|
        (?:sponsored\s+(?:links?|stories|content)\s+)?(?:by|from)\s+(?:taboola|outbrain|revcontent|zergnet|mgid)|
        (?:recommended|promoted|powered)\s+by\s+(?:taboola|outbrain|revcontent|zergnet|mgid)|ads\s+by\s+google|
        advertisement\s+feature|advertorial|promoted\s+(?:post|listing)|
        (?:in\s+partnership|presented|brought\s+to\s+you)\s+(?:with|by)(?:\s+(?-i:\p{Lu})[\w'’&.+-]*(?:\s+(?-i:\p{Lu})[\w'’&.+-]*){0,3})?|
        (?:buy|shop|view|see|check\s+(?:it\s+out|prices?|availability))(?:\s+(?:it|now|deal|prices?|packages|plans))?\s+(?:on|at)\s+
            (?-i:\p{Lu})[\w'’&.+-]*(?:\s+(?-i:\p{Lu})[\w'’&.+-]*){0,2}(?:\s+links\s+to\s+[\w.-]{2,40})?|
        (?:see|view|compare)\s+(?:packages|plans|prices|deals)(?:\s+links\s+to\s+[\w.-]{2,40})?|
        get\s+(?:[$€£]\s?\d{1,4}|\d{1,2}\s?%)\s+off\s+(?:your\s+)?(?:first\s+)?(?:\w+\s+){0,3}?with\s+(?:the\s+)?(?:promo\s+|coupon\s+|discount\s+)?code:?\s+\S{2,30}|
        (?:download|get|install|add)\s+(?:our\s+|the\s+)?(?:free\s+)?(?:chrome|firefox|safari|edge|browser)\s+extension(?:\s*[-–—:]\s*[\w\s]{1,30}!?)?|
        (?:get|download|grab|claim)\s+(?:the|our|your|a|my)\s+free\s+(?:[\w-]+\s+)?(?:e-?books?|guides?|tools?|checklists?|templates?|
            white\s*papers?|cheat\s*sheets?|consultation|demo)(?:\s+(?:now|today|here))?!?|
        (?:request|book|schedule|get|watch)\s+(?:a|your|my|the)\s+(?:free\s+|live\s+|personali[sz]ed\s+|quick\s+)?demo(?:\s+(?:now|today|here))?!?|
        (?:start|begin|try)\s+(?:(?:a|your|my)\s+)?(?:\d{1,2}[-\s]day\s+)?free\s+trial(?:\s+(?:now|today|here))?!?|
        (?:get|request)\s+(?:a|your|my)\s+free\s+(?:quote|estimate|consultation|assessment|audit)(?:\s+(?:now|today|here))?!?|
        use\s+(?:the\s+)?(?:coupon|promo|discount)\s+code:?\s+\S{2,30}(?:\s+(?:or|and)\s+\S{2,30})?(?:\s+at\s+checkout)?!?|
        get\s+(?:[$€£]\s?\d{1,4}|\d{1,2}\s?%)\s+off\s+(?:your\s+)?first\s+(?:\w+\s+){0,2}?(?:order|box|month|purchase|year|delivery)!?
    )"""

# One label, or two or three run together ("Advertisement - Scroll to continue",
# "ADVERTISEMENTSKIP ADVERTISEMENT"), framed by dashes, bars or colons.
_LABEL = regex.compile(
    rf"[\s\-–—_*|•·:]*{_ONE}(?:[\s\-–—_*|•·:.]*{_ONE}){{0,2}}[\s\-–—_*|•·:.]*",
    _I | regex.VERBOSE,
)

# How a label line opens (labels may be glued: "ADVERTISEMENTSKIP ADVERTISEMENT"),
# tested before the pattern.
_OPENERS = Openers(
    dict.fromkeys(("the", "la", "by", "in"), ()),
    prefixes=(
        "ad anzeige werbung publicidad publicit pubblicit reklam advertentie annonse mainos "
        "sponsor paid promoted partner skip story article content text continue scroll remove "
        "report why close weiter artikel contin lesen nach from recommended powered presented "
        "brought buy shop view see check compare get download install grab claim request book "
        "schedule watch start begin try use"
    ),
    lead="-–—_*|•·:",
)


RULES = (
    line_rule(
        "ads.label",
        Category.ADVERTISEMENT,
        _LABEL,
        "an advertising label or ad-ops link on a line of its own",
        max_chars=120,
        openers=_OPENERS,
        description='Ad labels and links on their own line: "Advertisement", "Ad Policy", '
        '"Story continues below advertisement", "Sponsored content", "Anzeige", '
        '"Request a demo", "Use coupon code SAVE10".',
    ),
)
