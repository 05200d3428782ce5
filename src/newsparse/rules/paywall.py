"""Subscription prompts, meter messages and paywall placeholders [paywall].

``paywall.prompt`` removes a short block made only of subscription calls
("Subscribe now", "Already a subscriber? Log in", "You have 3 free articles
left", "Only $1 for unlimited access. Cancel anytime.").  The object decides
against newsletter prompts: access, reading and subscribers belong here, e-mail
and newsletters to :mod:`newsparse.rules.newsletter`.  ``paywall.placeholder``
cuts template markers such as ``___PAYWALL___`` that leaked into the text,
also from inside a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import Openers, has_any, only_sentences_of, opener_words
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

_CAP = r"(?-i:\p{Lu})"
_BRAND = rf"{_CAP}[\w'’&.+-]*(?:\s+{_CAP}[\w'’&.+-]*){{0,3}}"
_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_READ = r"(?:continue\s+reading|keep\s+reading|read\s+(?:on|more|this|the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article)|the\s+rest)|access\s+this\s+(?:article|story|content)|unlock\s+this\s+(?:article|story))"
_ACCESS = r"(?:unlimited|full|digital|complete|premium|all-access|instant)\s+(?:digital\s+)?access"
_PRICE = r"(?:[$€£]\s?\d{1,4}(?:[.,]\d{2})?|\d{1,4}(?:[.,]\d{2})?\s?(?:€|euros?|dollars?|cents?|¢))"
_PERIOD = r"(?:(?:a|per|/)\s?(?:day|week|month|year|wk|mo|yr)|for\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?))"

# A subscription call or meter message, as a whole sentence (trailing punctuation stripped).
_CALL = regex.compile(
    rf"""(?:
        (?:please\s+)?subscribe(?:\s+(?:now|today|here))?
      | subscribe\s+(?:now\s+|today\s+)?(?:for|to\s+get|and\s+get)\s+(?:\w+\s+){{0,3}}?{_ACCESS}\b[^.!?]{{0,100}}
      | subscribe\s+(?:now\s+|today\s+)?to\s+{_READ}\b[^.!?]{{0,100}}
      | subscribe\s+to\s+(?![^.!?]{{0,60}}\b(?:newsletters?|e-?mails?|briefings?|podcasts?|channel|feed)\b)(?:the\s+)?{_BRAND}(?:\s+(?:now|today))?
            (?:\s+and\s+(?:stay|get|enjoy|support|read)\b[^.!?]{{0,100}})?
      | (?:already\s+(?:a\s+)?(?:subscriber|subscribed|member|registered)|already\s+have\s+an?\s+(?:account|subscription))
            (?:\s*[?,.]?\s*(?:please\s+)?(?:log|sign)\s*in(?:\s+(?:here|now))?)?
      | (?:create\s+(?:an?|your)\s+(?:free\s+)?account|register(?:\s+for\s+free|\s+now)?|(?:log|sign)\s*in|subscribe)
            (?:\s*(?:,|or|and)\s+(?:create\s+(?:an?|your)\s+(?:free\s+)?account|register|(?:log|sign)\s*in|subscribe)){{0,2}}
            \s+(?:to|for)\s+{_READ}\b[^.!?]{{0,80}}
      | to\s+{_READ}\s*,?\s+(?:please\s+)?(?:subscribe|(?:log|sign)\s*in|register|create\s+an?\s+(?:free\s+)?account)\b[^.!?]{{0,80}}
      | (?:you\s+have|you['’]ve\s+got)\s+{_NUM}\s+(?:free\s+)?(?:articles?|stories|story|pages?)\s+(?:left|remaining)\b[^.!?]{{0,60}}
      | {_NUM}\s+(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)(?:\s+this\s+month)?
      | (?:this\s+is\s+your\s+(?:last|final)\s+free\s+(?:article|story)|you['’]ve\s+read\s+(?:all\s+)?(?:{_NUM}\s+(?:of\s+)?)?(?:your\s+)?(?:{_NUM}\s+)?free\s+(?:articles?|stories))\b[^.!?]{{0,80}}
      | you(?:['’]ve|\s+have)\s+(?:reached|hit|used\s+up)\s+(?:your|the)\s+(?:free\s+)?(?:monthly\s+|weekly\s+)?(?:article|story|reading|free\s+article|page\s*view)?\s*limit\b[^.!?]{{0,100}}
      | (?:for\s+|exclusive(?:ly)?\s+(?:for|to)\s+|only\s+for\s+)?subscribers?(?:['’]s?)?\s+(?:only|exclusive)
      | (?:this\s+(?:article|story|content|page)\s+is\s+)?(?:only\s+)?(?:available|reserved|exclusive)\s+(?:only\s+)?(?:to|for)\s+(?:paying\s+|digital\s+)?(?:{_BRAND}\s+)?(?:subscribers|members)(?:\s+only)?
      | (?:premium|subscriber|exclusive)\s+(?:content|article|story)
      | (?:(?:get|try)\s+)?(?:only|just)?\s*{_PRICE}\s*{_PERIOD}?\s+for\s+(?:\w+\s+){{0,2}}?{_ACCESS}\b[^.!?]{{0,80}}
      | (?:get|try|start)\s+(?:\w+\s+){{0,3}}?{_ACCESS}\b[^.!?]{{0,80}}
      | (?:start\s+(?:your\s+)?free\s+trial|try\s+(?:it\s+)?(?:free|for\s+{_PRICE})|(?:your\s+)?first\s+(?:\w+\s+){{0,2}}(?:month|week)s?\s+(?:free|for\s+{_PRICE}))\b[^.!?]{{0,60}}
      | (?:jetzt\s+)?(?:abonnieren|abonnent\s+werden|\w+\s*plus\s+(?:testen|lesen))
      | (?:jetzt\s+)?(?:weiterlesen|lesen)\s+mit\s+{_BRAND}
      | (?:sie\s+sind\s+)?bereits\s+(?:abonnent(?:in)?|registriert)(?:\s*\?\s*(?:hier\s+)?(?:anmelden|einloggen))?
      | (?:exklusiv\s+)?für\s+abonnenten(?:\s+(?:verfügbar|reserviert))?
      | dieser\s+(?:artikel|inhalt|beitrag)\s+ist\s+(?:nur\s+)?(?:für\s+abonnenten|abonnenten\s+vorbehalten)\b[^.!?]{{0,60}}
      | abonnez-vous(?:\s+pour\s+(?:lire\s+la\s+suite|continuer|accéder|\w+\s+l['’]article)\b[^.!?]{{0,60}})?
      | déjà\s+abonné(?:e)?(?:\s*\?\s*(?:se\s+connecter|connectez-vous|je\s+me\s+connecte))?
      | (?:(?:cet\s+)?article\s+)?réservé\s+aux\s+abonnés
      | il\s+vous\s+reste\s+{_NUM}\s+articles?\s+(?:gratuits?\s+)?à\s+lire\b[^.!?]{{0,40}}
      | (?:suscríbete|suscríbase|hazte\s+suscriptor)(?:\s+(?:ahora|ya|para\s+(?:seguir\s+leyendo|continuar|leer)\b[^.!?]{{0,60}}))?
      | ¿?ya\s+eres\s+suscriptor(?:a)?\s*\??(?:\s*(?:inicia\s+sesión|ingresa))?
      | (?:contenido\s+)?exclusivo\s+para\s+suscriptores
      | te\s+quedan?\s+{_NUM}\s+(?:artículos?|noticias?)\s+(?:gratis|gratuitos?)\b[^.!?]{{0,40}}
    )""",
    _I,
)

# Statements that go with a subscription call, never carrying news on their own.
_PITCH = regex.compile(
    rf"""(?:
        cancel\s+(?:any\s*time|at\s+any\s+time)\b[^.!?]{{0,40}}
      | no\s+commitment | jederzeit\s+kündbar | sans\s+engagement | cancela\s+cuando\s+quieras
      | (?:please\s+)?(?:log|sign)\s*in(?:\s+(?:here|now))?
      | (?:hier\s+)?(?:anmelden|einloggen) | se\s+connecter | connectez-vous | inicia(?:r)?\s+sesión
      | (?:or\s+)?create\s+(?:an?|your)\s+(?:free\s+)?account
      | (?:(?:only|just)\s+)?{_PRICE}\s*{_PERIOD}?(?:\s+(?:thereafter|after\s+that|afterwards))?
      | (?:support|subscribe\s+to)\s+(?:quality|independent|local)\s+journalism\b[^.!?]{{0,60}}
      | (?:want|like|enjoy(?:ing)?)\s+(?:to\s+)?(?:read\s+more|keep\s+reading|this\s+(?:article|story))\b[^.!?]{{0,60}}
      | (?:this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to)\s+subscribers)\b[^.!?]{{0,40}}
    )""",
    _I,
)

# Template markers left in the text: ___PAYWALL___, {{paywall}}, [[PAYWALL_START]].
_PLACEHOLDER = regex.compile(
    r"(?<![\w{\[])(?:_{2,8}|\{\{\s?|\[\[\s?|%%)[A-Za-z0-9_]{0,30}(?i:paywall|paymeter|metered_content|premium_content)"
    r"[A-Za-z0-9_]{0,30}(?:_{2,8}|\s?\}\}|\s?\]\]|%%)(?![\w}\]])"
)
_MARKER_STEMS = ("paywall", "paymeter", "metered_content", "premium_content")
# Two scans that every marker stem passes, before the four.
_MARKER_SCREEN = ("pay", "_content")

# Every subscription call holds one of these: a cheap substring test first.
_STEMS: tuple[str, ...] = (
    "subscri",
    "already",
    "member",
    "regist",
    "account",
    "log",
    "sign",
    "left",
    "remaining",
)
_STEMS += ("free", "limit", "premium", "exclusive", "$", "€", "£", "euro", "dollar", "cent", "¢")
_STEMS += ("access", "trial", "abonn", "plus", "lesen", "reste", "suscri", "suscrí", "queda")


def _has_stem(lowered: str) -> bool:
    return has_any(lowered, _STEMS)


# The words a sentence of _CALL or _PITCH opens with (a price opens with a digit
# or a currency sign), tested before the stems and the patterns; a brand name
# before "plus" ("Zeitplus testen") may be any word.
_OPENERS = Openers(
    opener_words(
        "please subscribe subscriber subscribers already create register log login sign signin "
        "to you one two three four five six seven eight nine ten this for exclusive exclusively "
        "only available reserved premium get try just start first your jetzt abonnieren "
        "abonnent weiterlesen lesen sie bereits exklusiv dieser abonnez cet article il hazte ya "
        "contenido exclusivo te "
        "cancel no jederzeit sans cancela hier anmelden einloggen se connectez inicia iniciar "
        "or support want like enjoy enjoying"
    ),
    lead="$€£¿",
    any_word=("plus",),
    any_char=("plus",),
)


def _is_prompt(text: str) -> bool:
    return only_sentences_of(text, _CALL, _PITCH, max_sentences=4)


def _prompt(ctx: RuleContext) -> Iterator[Hit]:
    """A short block made only of subscription calls and meter messages."""
    for block in ctx.blocks:
        if (
            len(block.text) <= 300
            and _OPENERS.allow(block)
            and _has_stem(block.lower)
            and _is_prompt(block.text)
        ):
            yield Hit(block=block, reason="a subscription prompt at the paywall, no news")


def _placeholder(ctx: RuleContext) -> Iterator[Hit]:
    """Paywall template markers, cut out of the block they sit in."""
    for block in ctx.blocks:
        if not has_any(block.lower, _MARKER_SCREEN) or not has_any(block.lower, _MARKER_STEMS):
            continue
        for m in _PLACEHOLDER.finditer(block.text):
            yield Hit(
                block=block,
                start=block.start + m.start(),
                end=block.start + m.end(),
                reason="a paywall template marker left in the text",
            )


RULES = (
    Rule(
        name="paywall.prompt",
        category=Category.PAYWALL,
        func=_prompt,
        description='Subscription prompts: "Subscribe now", "Already a subscriber? Log in", '
        '"You have 3 free articles left", "Jetzt abonnieren".',
    ),
    Rule(
        name="paywall.placeholder",
        category=Category.PAYWALL,
        func=_placeholder,
        description="Paywall template markers such as ___PAYWALL___ left in the text.",
    ),
)
