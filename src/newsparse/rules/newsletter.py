"""Newsletter sign-up prompts and form labels [newsletter].

``newsletter.prompt`` removes a short block made only of sign-up sentences
("Sign up for our daily newsletter. Enter your email address."), and
``newsletter.label`` removes headings and form text on a line of their own
("Newsletters", "Your email address", "Thanks for signing up!").  A prompt is
decided on its object: subscribing to a newsletter or an inbox is a newsletter
prompt, subscribing for access or reading is a paywall prompt
(:mod:`newsparse.rules.paywall`).  A news paragraph about a newsletter company
keeps narrative sentences, so it never consists of prompts alone.
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

# Button text that extraction often glues to the end of a prompt: "…Newsletter:Continue".
_BUTTON = r"""(?:[\s:>»|–—-]*(?:continue|submit|subscribe|sign\s*up|sign\s*me\s*up|go|ok|send|join|
    abonnieren|absenden|anmelden|bestellen|s['’]inscrire|je\s+m['’]inscris|valider|envoyer|enviar|suscribirme|suscribirse)
    [.!]?)?"""

_OBJECT = r"""(?:e-?mail\s+)?(?:newsletters?|bulletins?|briefings?|digest|e-?mails?|e-?mail\s+updates|
    mailing\s+list|inbox)"""

# A sign-up call, as a whole sentence (trailing punctuation stripped).
_CALL = regex.compile(
    rf"""(?:please\s+)?(?:
        (?:sign\s*up|subscribe|register|opt\s*in|join|enroll|click\s+here)(?:\s+(?:now|today|here|free|for\s+free))?
            \s*(?:for|to)\s+(?:one\s+of\s+)?(?:our|the|my|this|a|\w+['’]s)?\s*(?:[\w'’&.+-]+\s+){{0,4}}?
            (?:free\s+|daily\s+|weekly\s+|morning\s+|evening\s+)*{_OBJECT}\b[^.!?]{{0,160}}
      | (?:join|subscribe\s+to)\s+(?:our|the|my)\s+(?:free\s+)?(?:e-?mail\s+|mailing\s+)?(?:list|newsletter)(?:\s+(?:now|today|here))?
      | get\s+(?:a|our|the)\s+(?:free\s+)?(?:\w+\s+)?newsletter\b[^.!?]{{0,120}}
      | (?:sign\s*up|subscribe|register|join(?:\s+(?-i:\p{{Lu}})[\w'’&.+-]*)?)\s+(?:now\s+|today\s+|here\s+|for\s+free\s+)?(?:to|and)\s+(?:get|receive|have)\b[^.!?]{{0,100}}?
            \b(?:{_OBJECT}|updates|alerts|news|headlines|stories)\b[^.!?]{{0,100}}
      | (?:get|receive|have|want)\b[^.!?]{{0,140}}?\b(?:to|in|into|straight\s+to|direct(?:ly)?\s+to)\s+
            your\s+(?:e-?mail\s+)?inbox\b[^.!?]{{0,120}}
      | sign\s*up(?:\s+(?:now|today|here|for\s+free))?
      | (?:sign\s*up|subscribe|register)\s+(?:for|to)\s+(?:the\s+)?(?-i:\p{{Lu}})[\w'’&.+-]*(?:\s+(?-i:\p{{Lu}})[\w'’&.+-]*){{0,3}}
            (?:\s+(?:now|today|here))?\s+(?:to|and)\s+(?:get|receive|have)\b[^.!?]{{0,100}}?\b{_OBJECT}\b[^.!?]{{0,100}}
      | get\s+(?:the\s+latest|our\s+best)\b[^.!?]{{0,100}}?(?:\s+and|\s*&)\s+stay\s+(?:in\s+touch|informed|up\s+to\s+date)
      | enter\s+(?:your\s+)?e-?mail(?:\s+address)?(?:\s+(?:here|below))?
      | by\s+(?:signing\s+up|subscribing|registering|clicking\s+[“"']?\w+(?:\s+\w+)?[”"']?|entering\s+your\s+e-?mail)\b
            [^.!?]{{0,160}}\b(?:agree|accept|consent|acknowledge)\b[^.!?]{{0,200}}
      | (?:thanks?|thank\s+you)\s+for\s+(?:signing\s+up|subscribing|your\s+subscription)\b[^.!?]{{0,80}}
      | if\s+(?:you\s+were|you['’]ve\s+been|someone)\s+forwarded\s+(?:you\s+)?this\s+(?:newsletter|e-?mail|issue|message)\b[^.!?]{{0,150}}
      | was\s+this\s+(?:newsletter|e-?mail|issue|message)\s+forwarded\s+to\s+you(?:\?\s*sign\s*up(?:\s+(?:here|now))?)?
      | \W{{0,6}}(?:have|got)\s+(?:a|an|any)\b[^.!?]{{0,120}}\b(?:you['’]d\s+like\s+(?:us\s+)?to\s+(?:see|share|cover)|to\s+(?:share|suggest))
            \s+(?:in|with)\s+(?:our|the|this)\s+(?:[\w'’&.+-]+\s+){{0,2}}?newsletter\b[^.!?]{{0,60}}
      | (?:newsletter|e-?mail)\s+(?:abonnieren|anmelden|bestellen|erhalten)
      | (?:jetzt\s+)?(?:kostenlos(?:en)?\s+)?(?:zum|für\s+den|für\s+unseren)\s+(?:kostenlosen\s+)?newsletter\s+anmelden
      | (?:abonnieren|bestellen)\s+sie\s+(?:jetzt\s+)?(?:unseren|den)\s+(?:\w+\s+){{0,2}}?newsletter\b[^.!?]{{0,120}}
      | melden\s+sie\s+sich\s+(?:jetzt\s+)?(?:kostenlos\s+)?(?:für|zu)\s+(?:unseren|unserem|den|dem)\s+(?:\w+\s+){{0,2}}?newsletter\s+an\b[^.!?]{{0,120}}
      | (?:inscrivez-vous|abonnez-vous|s['’]inscrire|s['’]abonner)\s+(?:gratuitement\s+)?(?:à|aux)\s+(?:notre|nos|la|les)\s+
            (?:\w+\s+){{0,2}}?(?:newsletters?|lettres?\s+d['’]information)\b[^.!?]{{0,120}}
      | recevez\s+(?:notre|nos|la)\s+(?:\w+\s+){{0,2}}?(?:newsletters?|lettres?\s+d['’]information)\b[^.!?]{{0,120}}
      | (?:suscríbete|suscríbase|suscribirse|regístrate|apúntate)\s+(?:gratis\s+)?(?:a|al)\s+(?:nuestro|nuestra|nuestros|el|la|los)?\s*
            (?:\w+\s+){{0,2}}?(?:boletín|boletines|newsletters?)\b[^.!?]{{0,120}}
      | recibe\s+(?:nuestro|nuestra|el|la|las|los)\s+[^.!?]{{0,80}}\ben\s+tu\s+(?:correo|e-?mail|bandeja)\b[^.!?]{{0,60}}
    ){_BUTTON}""",
    _I,
)

# Statements that go with a sign-up call, never carrying news on their own.
_PITCH = regex.compile(
    r"""(?:
        (?:want|like|love|enjoy(?:ed|ing)?|looking\s+for|never\s+miss|don['’]t\s+miss|stay\s+(?:informed|up\s+to\s+date|in\s+the\s+know|ahead))
            \b[^.!?]{0,120}
      | (?:the\s+)?(?:best|latest|top|biggest)\s+(?:news|stories|headlines|of\s+\w+)\b[^.!?]{0,120}
      | (?:it['’]s\s+)?free(?:\s+and\s+easy)?
      | there['’]s\s+(?:plenty|lots|much)\s+more\s+where\s+(?:that|this)\s+came\s+from
      | (?:you\s+can\s+)?unsubscribe\s+at\s+any\s+time\b[^.!?]{0,80}
      | (?:we\s+(?:will\s+)?(?:never|won['’]t)\s+(?:share|sell|spam)|no\s+spam)\b[^.!?]{0,100}
      | (?:see\s+our|read\s+our|view\s+our)\s+privacy\s+(?:policy|notice)\b[^.!?]{0,60}
      | (?:your\s+)?e-?mail(?:\s+address)?\*?
      | invalid\s+e-?mail(?:\s+address)?
      | (?:delivered|sent)\s+(?:to\s+your\s+inbox\s+)?(?:every|each)\s+\w+(?:\s+\w+)?
      | (?:if\s+you\s+have\b[^.!?]{0,200}?,\s*)?(?:e-?mail|write\s+to|contact|reach)\s+us\s+(?:at\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | we\s+(?:invite|encourage)\s+you\s+to\s+(?:subscribe|follow|join)\b[^.!?]{0,150}
      | welcome(?:\s+back)?\s+to\s+[^.!?]{1,40}
      | (?:consider\s+)?invit(?:e|ing)\s+your\s+(?:friends|colleagues)\b[^.!?]{0,120}
      | (?:and\s+)?if\s+you\s+are\s+new\s+(?:to|here)\b[^.!?]{0,60}?,\s+you\s+can\s+(?:learn|read|find\s+out)\b[^.!?]{0,100}
    )""",
    _I,
)

# Headings and form text on a line of their own.
_LABEL = regex.compile(
    rf"""[\s|•·>»–—-]*(?:
        (?!(?:the|a|an|why|how|what|our\s+take)\b)(?:(?:our|free|daily|weekly|e-?mail|morning|evening|(?-i:\p{{Lu}})[\w'’&.+-]*)\s+){{0,3}}
            newsletters?(?:[\s-]*(?:sign[\s-]*up|signup|archive|archiv|abonnieren|anmelden|bestellen|subscription|preferences))?
      | (?:your|ihre|votre|tu)\s+(?:e-?mail(?:[\s-]*ad(?:d)?ress[e]?)?|correo(?:\s+electrónico)?|adresse\s+e-?mail)\s*\*?
      | (?:e-?mail[\s-]*ad(?:d)?ress[e]?|adresse\s+e-?mail|correo\s+electrónico)\s*\*?
      | (?:please\s+)?(?:enter|provide)\s+a\s+valid\s+e-?mail(?:\s+address)?
      | invalid\s+e-?mail(?:\s+address)?
      | (?:thanks?|thank\s+you)\s+for\s+(?:signing\s+up|subscribing)
      | you['’]re\s+(?:all\s+set|subscribed|signed\s+up|on\s+the\s+list)
      | check\s+your\s+inbox(?:\s+to\s+confirm(?:\s+your\s+subscription)?)?
      | (?:manage|update)\s+(?:your\s+)?(?:newsletter|e-?mail)\s+(?:preferences|subscriptions?)
      | (?:and\s+|i\s+)(?:agree|consent)\s+to\s+(?:our|the)\s+terms(?:\s+(?:&|and)\s+conditions|\s+of\s+(?:use|service))?
            (?:\s+(?:&|and)\s+(?:the\s+)?privacy\s+(?:policy|notice))?
    ){_BUTTON}[\s.!:]*""",
    _I,
)


def _is_prompt(text: str) -> bool:
    return only_sentences_of(text, _CALL, _PITCH, max_sentences=4)


# Every sign-up call holds one of these: a cheap substring test first.
_CALL_STEMS = (
    *("newsletter", "bulletin", "briefing", "digest", "mail", "inbox", "sign up", "signup"),
    *("sign-up", "subscri", "regist", "suscr", "bolet", "correo", "abonn", "anmeld", "inscri"),
    *("recevez", "recibe", "lettre", "signing", "by clicking", "by entering", "thank", "join"),
    "stay in touch",
)


# The words a sentence of _CALL or _PITCH opens with, tested before the stems and
# the patterns; "The" opens only the best or latest news, "And" only "if you are new".
# A call may open with a few non-word characters before "have" or "got".
_OPENERS = Openers(
    {
        **opener_words(
            "please sign signup subscribe register opt optin join enroll click get receive have "
            "want enter by thanks thank if got newsletter e email jetzt kostenlos kostenlosen zum "
            "abonnieren bestellen melden inscrivez abonnez s recevez suscribirse recibe "
            "like love enjoy enjoyed enjoying looking never don stay best latest top biggest it "
            "free there you unsubscribe we no see read view your invalid delivered sent write "
            "contact reach was welcome consider invite inviting"
        ),
        "the": ("best", "latest", "top", "biggest"),
        "and": ("new",),
    },
    any_char=("have", "got"),
)


def _prompt(ctx: RuleContext) -> Iterator[Hit]:
    """A short block made only of newsletter sign-up sentences."""
    for block in ctx.blocks:
        if (
            len(block.text) <= 480
            and _OPENERS.allow(block)
            and has_any(block.lower, _CALL_STEMS)
            and _is_prompt(block.text)
        ):
            yield Hit(block=block, reason="a newsletter sign-up prompt, no news")


RULES = (
    Rule(
        name="newsletter.prompt",
        category=Category.NEWSLETTER,
        func=_prompt,
        description='Newsletter sign-up prompts: "Sign up for our daily newsletter", '
        '"Get X delivered to your inbox", "Abonnieren Sie unseren Newsletter".',
    ),
    line_rule(
        "newsletter.label",
        Category.NEWSLETTER,
        _LABEL,
        "a newsletter heading or sign-up form text on a line of its own",
        max_chars=80,
        description='Newsletter headings and form text: "Newsletters", "Your email address".',
        stems=(
            *("newsletter", "mail", "correo", "signing up", "subscrib", "all set", "signed up"),
            *("on the list", "inbox", "agree to", "consent to"),
        ),
    ),
)
