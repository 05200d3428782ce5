"""Donation and membership appeals [fundraising].

Two rules: ``fundraising.appeal`` removes a short block made only of appeal
sentences ("Support independent journalism. Donate today."), and
``fundraising.dear_reader`` removes a whole letter to readers, from its
salutation through the sign-off and the signer's title line, when the letter
asks for money.  A news paragraph that merely talks about donations keeps
narrative sentences, so it never consists of appeal sentences alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import Openers, has_any, only_sentences_of, opener_words, word_count
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsparse._blocks import Block

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1

# A call to give money or join, as a whole sentence (trailing punctuation stripped).
_CTA = regex.compile(
    r"""(?:please[,]?\s+)?(?:
        (?:donate|give|contribute|chip\s+in)(?:\s+(?:now|today|here|online|monthly|what\s+you\s+can))*
      | (?:or\s+)?(?:make|give)\s+(?:a|your)\s+(?:(?:small\s+)?(?:tax-deductible|one-time|one-off|monthly|recurring|small|regular)\s+)?(?:gift|donation|contribution)(?:\s+(?:now|today|here))*
      | (?:visit|go\s+to|head\s+to)\s+our\s+(?:support|donations?|donate|membership|giving|patreon)\s+page\b[^.!?]{0,120}
      | (?:we|i)\s+need\s+your\s+(?:support|help)\s+to\s+(?:keep|continue|sustain|stay|remain)\b[^.!?]{0,80}
      | (?:become|join\s+us\s+as)\s+an?\s+(?:member|supporter|patron|sustainer|subscriber|donor)(?:\s+(?:now|today|here))*
      | (?:support|fund|power|sustain)\s+(?:us|our\s+(?:work|journalism|reporting|mission|newsroom)|independent\s+(?:journalism|media|news|reporting)|(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}(?:['’]s\s+(?:journalism|work|reporting))?)(?:\s+(?:now|today|here))*
      | (?:support|donate\s+to)\s+(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}\s+(?:today|now)
      | (?:yes[,!]?\s+)?i\s+want\s+to\s+(?:donate|support|give|contribute)\b[^.!?]{0,60}
      | click\s+here\s+to\s+(?:donate|support\s+us|give)
      | jetzt\s+(?:spenden|unterstützen|mitglied\s+werden)
      | unterstützen\s+sie\s+(?:uns|unabhängigen\s+journalismus|(?-i:\p{Lu})\w+)(?:\s+jetzt)?
      | (?:faire|faites)\s+un\s+don | soutenez(?:-nous|\s+(?-i:\p{Lu})\w+)
      | dona(?:\s+ahora|\s+aquí)? | haz\s+una\s+donación | apóyanos
    )[.!]*""",
    _I | regex.VERBOSE,
)

# Statements that go with a call in an appeal, never carrying news on their own.
_PITCH = regex.compile(
    r"""(?:
        (?:independent|quality|public[-\s]interest|nonprofit|non-profit|fearless|our)\s+journalism\s+(?:is\s+)?(?:needs|depends\s+on|relies\s+on|requires|matters|is\s+(?:now\s+)?(?:more\s+)?(?:vital|important|essential))\b.*
      | (?:we|(?-i:\p{Lu})\w+(?:\s+(?-i:\p{Lu})\w+){0,3})\s+(?:relies?|depends?|counts?)\s+on\s+(?:readers|supporters|members|donors|people)\s+like\s+you\b.*
      | (?:every|any)\s+(?:contribution|donation|gift|dollar)[^.!?]{0,60}(?:makes\s+a\s+difference|counts|helps|matters)\b.*
      | (?:(?-i:\p{Lu})\w+(?:\s+(?-i:\p{Lu})\w+){0,3})\s+is\s+(?:reader[-\s](?:funded|supported)|funded\s+by\s+(?:readers|members|donations))\b(?!.*\b(?:buy|purchase|affiliate|commission)\b).*
      | (?:it\s+)?(?:only\s+)?takes\s+(?:a\s+minute|one\s+minute|\$\d+)\b.*
      | (?:a\s+(?:huge|big|heartfelt)\s+)?thank\s+you(?:\s+for\s+(?:your|reading|supporting|making)[^.!?]{0,60})?
      | (?:enjoyed|liked|loved|like|love|appreciate|value)\s+(?:reading\s+)?(?:this|our|what\s+you(?:\s+just)?\s+read)(?:\s+(?:piece|article|story|post|essay|newsletter|work|journalism|reporting|content))?
      | already\s+an?\s+(?:supporter|member|donor|patron|friend)
      | (?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,3}\s+is\s+an?\s+(?:non-?profit|independent|charitable)\s[^.!?]{0,60}?\b(?:kept\s+alive|funded|supported|sustained|powered|made\s+possible)\s+(?:entirely\s+|solely\s+|only\s+)?by\s+(?:(?:our\s+)?readers?|members|donations|donors|supporters|listeners|viewers)\b(?!.*\b(?:buy|purchase|affiliate|commission)\b).*
      | your\s+(?:support|contribution|donation|gift)\s+(?:makes|helps|keeps|allows|matters|is)\b.*
      | (?:[^.!?]{0,60}\bbut\s+)?(?:we|i)\s+(?:need|count\s+on)\s+your\s+(?:support|help)\b.*
      | (?:(?-i:\p{Lu})\w+\s+)?(?:ist|sind)\s+spendenfinanziert.*
      | den\s+preis\s+für\b.*\bbestimmen\s+sie\b.*
    )""",
    _I | regex.VERBOSE,
)

_SALUTATION = regex.compile(
    r"(?:dear|hello|hi|to\s+our)\s+(?:(?:fellow|valued|loyal|new)\s+)?(?:(?-i:\p{Lu})[\w'’-]*\s+){0,2}"
    r"(?:reader|readers|friend|friends|supporter|supporters|subscriber|subscribers|member|members)"
    r"[\s,:;!.—–-]*",
    _I,
)
_MONEY_WORDS = regex.compile(
    r"\b(?:donat\w*|donors?|contribut\w+|fundrais\w*|support|supporters?|sustain\w*|gift|member(?:ship)?|chip\s+in|give|giving|subscrib\w+|spend\w*|spenden|don|soutien|apoy\w*)\b",
    _I,
)
# Cheap pre-check: every call in _CTA contains one of these stems (plain
# substring tests are much faster than a regex alternation over each block).
_CTA_STEMS = (
    *("donat", "donac", "dona", "donor", "give", "contribut", "chip in", "gift", "member"),
    *("support", "patron", "sustain", "fund", "power", "spend", "unterstütz", "mitglied"),
    *("un don", "soutenez", "apoy", "apóy", "support page", "need your help"),
)


def _may_be_appeal(lowered: str) -> bool:
    return has_any(lowered, _CTA_STEMS)


# The words a sentence of _CTA or _PITCH opens with, tested before the stems and
# the patterns (the first sentence must be one of them).  A pitch may open with
# any capitalised name when it relies on readers like you or is reader-funded.
_OPENERS = Openers(
    opener_words(
        "please donate give contribute chip make become join support fund power sustain yes i "
        "click jetzt faire faites soutenez dona haz "
        "independent quality public nonprofit non fearless our we every any it only takes "
        "thank your ist sind den visit go head or enjoyed liked loved like love appreciate value "
        "already a"
    ),
    any_word=("like", "reader", "funded", "spendenfinanziert"),
)


_VALEDICTION = regex.compile(
    r"(?:sincerely|yours(?:\s+truly|\s+sincerely)?|best(?:\s+wishes|\s+regards)?|warm(?:ly|est\s+regards)|"
    r"with\s+(?:gratitude|thanks|appreciation)|thank\s+you|thanks|in\s+solidarity|onward|regards)[,.!]?",
    _I,
)
_ROLE_WORDS = regex.compile(
    r"\b(?:editor|editorial|director|publisher|president|ceo|founder|co-founder|executive|chief|"
    r"manager|chair|chairman|chairwoman|head|officer|team|staff|trustee|board)\b",
    _I,
)
_PERSON_NAME = regex.compile(
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|der|den|de|la|le|da|di|del|bin|al|vanden|van\s+der)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}"
    r"|\p{Lu}[\p{L}'’.-]+\s+(?:vanden|van|von|de|da|di|del|le|la)\s+\p{Lu}[\p{L}'’.-]+",
)


def _is_appeal(text: str) -> bool:
    return only_sentences_of(text, _CTA, _PITCH, max_sentences=8)


def _short_appeal(ctx: RuleContext) -> Iterator[Hit]:
    """A short block made only of donation calls and their pitch."""
    for block in ctx.blocks:
        if (
            len(block.text) <= 700
            and _OPENERS.allow(block)
            and _may_be_appeal(block.lower)
            and _is_appeal(block.text)
        ):
            yield Hit(block=block, reason="a donation call and its pitch, no news")


def _short_line(block: Block) -> bool:
    text = block.text
    return len(text) <= 90 and word_count(text) <= 12


def _signature_end(blocks: tuple[Block, ...], start: int) -> int:
    """Where the sign-off after an appeal ends: [valediction] name [title line, at most two]."""
    pos = start
    if pos < len(blocks) and _short_line(blocks[pos]) and _VALEDICTION.fullmatch(blocks[pos].text):
        pos += 1
    if not (
        pos < len(blocks)
        and _short_line(blocks[pos])
        and _PERSON_NAME.fullmatch(blocks[pos].text.rstrip(","))
    ):
        return pos
    pos += 1
    for _ in range(2):
        if (
            pos < len(blocks)
            and _short_line(blocks[pos])
            and blocks[pos].text[:1].isupper()
            and blocks[pos].text[-1:] not in ".?!"
            and _ROLE_WORDS.search(blocks[pos].text)
        ):
            pos += 1
    return pos


def _letter(ctx: RuleContext) -> Iterator[Hit]:
    """A letter to readers that asks for money: salutation through signature."""
    blocks = ctx.blocks
    i = 0
    while i < len(blocks):
        head = blocks[i]
        # Every salutation opens with "dear", "hello", "hi" or "to our": test the
        # first letter before the pattern (each call of a pattern has a cost).
        m = _SALUTATION.match(head.text) if head.text[:1] in "DdHhTt" else None
        if m is None or len(head.text) > 1500:
            i += 1
            continue
        # The letter runs while its blocks keep talking about support; its last
        # block is the last one (within ten) that mentions giving or supporting.
        last = i if _MONEY_WORDS.search(head.text, m.end()) else -1
        for j in range(i + 1, min(i + 11, len(blocks))):
            if _MONEY_WORDS.search(blocks[j].text):
                last = j
        if last < 0:
            i += 1
            continue
        end = _signature_end(blocks, last + 1)
        for k in range(i, end):
            yield Hit(
                block=blocks[k],
                reason=(
                    "salutation of a letter to readers asking for support"
                    if k == i
                    else "sign-off of the appeal letter"
                    if k > last
                    else "body of a letter to readers asking for support"
                ),
            )
        i = end


RULES = (
    Rule(
        name="fundraising.appeal",
        category=Category.FUNDRAISING,
        func=_short_appeal,
        description='Short donation calls: "Support independent journalism. Donate today."',
    ),
    Rule(
        name="fundraising.dear_reader",
        category=Category.FUNDRAISING,
        func=_letter,
        description='A "Dear reader" letter asking for support, through its signature.',
    ),
)
