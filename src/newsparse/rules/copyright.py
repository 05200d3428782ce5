"""Copyright footers and wire-service restrictions [copyright].

``copyright.notice`` removes a short block made only of notice sentences:
"© 2024 Owner. All rights reserved.", "Copyright © 2019 …", "This material may
not be published, broadcast, rewritten or redistributed.", "Alle Rechte
vorbehalten", "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>", "無断転載を禁じます".
A notice needs the © sign, or "Copyright" with a year or "(c)", or the
fixed reserved-rights wording, so a sentence about a copyright lawsuit stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import Openers, has_any, only_sentences_of, opener_words
from newsparse.rules._base import Hit, Rule, RuleContext

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsparse._blocks import Block

__all__ = ["RULES", "is_notice_block"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

_YEARS = r"(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2}|present|heute))?"
# The owner: up to 100 characters, full stops only inside words ("Example.com") or after
# company abbreviations ("Example Inc."), each alternative taking one character.
_OWNER = r"(?:[^.!?©\n]|\.(?=\S)|(?<=\b(?:Inc|Co|Corp|Ltd|LLC|Jr|Sr|St|S\.A))\.){0,100}"

_NOTICE = regex.compile(
    rf"""(?:
        (?:copyright\s*|\(c\)\s*|copr\.\s*)?©\s*(?:{_YEARS}\s*,?\s*)?{_OWNER}
      | (?:copyright|\(c\))\s+(?:\(c\)\s*)?{_YEARS}\s*,?{_OWNER}
      | [^.!?©\n]{{0,60}}(?:™|®)\s*(?:&|and)\s*©\s*{_YEARS}{_OWNER}
      | copyright\s*\(c\)\s*(?:{_YEARS}\s*,?\s*)?{_OWNER}
      | [<〈《\[【(]?\s*저작권자\s*(?:©|\(c\))\s*{_OWNER}
      | 무단\s*전재[^.!?\n]{{0,40}}금지[^.!?\n]{{0,10}}
      | (?:[^。.!?\n]{{0,20}}の)?無断(?:転載|複製|転用|使用|引用)[^。.!?\n]{{0,20}}禁[^。.!?\n]{{0,10}}。?
      | [^.!?。\n]{{0,60}}版[权權]所有[^.!?。\n]{{0,60}}。?
      | (?:all|some)\s+rights\s+reserved | alle\s+rechte\s+vorbehalten | tous\s+droits\s+réservés
      | todos\s+los\s+derechos\s+reservados | tutti\s+i\s+diritti\s+riservati | alle\s+rechten\s+voorbehouden
      | (?:this\s+(?:material|article|story|content)|(?:the\s+)?(?:material|content)\s+on\s+this\s+(?:site|page))\s+may\s+not\s+be\s+
            (?:published|reproduced|copied|distributed)\b[^.!?]{{0,200}}
      | no\s+part\s+of\s+this\s+(?:article|publication|material|website|content)\s+may\s+be\s+(?:reproduced|copied|published)\b[^.!?]{{0,200}}
      | (?:any\s+)?(?:unauthori[sz]ed|further)\s+(?:reproduction|copying|use|redistribution|republication|distribution)\b
            [^.!?]{{0,100}}\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+permitted)\b[^.!?]{{0,80}}
      | (?:reproduction|republication|redistribution|reprinting)\s+(?:of\s+this\s+(?:article|content|material)\s+)?
            (?:is\s+)?(?:strictly\s+)?(?:prohibited|forbidden|not\s+permitted)\b[^.!?]{{0,100}}
      | our\s+standards\s*:\s*the\s+thomson\s+reuters\s+trust\s+principles
    )""",
    _I,
)


def _is_notice(text: str) -> bool:
    return only_sentences_of(text, _NOTICE, max_sentences=4)


# Every notice holds one of these: a cheap substring test first.
_STEMS = (
    *("©", "copyright", "(c)", "copr", "rights reserved", "rechte", "droits", "derechos"),
    *("diritti", "rechten", "may not be", "no part of", "prohibited", "forbidden"),
    *("not permitted", "trust principles", "저작권", "무단", "無断", "版权", "版權"),
)


# The words a notice opens with, tested before the stems and the pattern; a
# trademark line ("Brand™ & © 2024 …") may open with anything.
_OPENERS = Openers(
    opener_words(
        "copyright copr all some alle tous todos tutti this the material content no any "
        "unauthorized unauthorised further reproduction republication redistribution "
        "reprinting our"
    ),
    lead="(©<〈《[【",
    any_word=("™", "®"),
    any_char=("™", "®"),
)


def is_notice_block(block: Block) -> bool:
    """Whether ``block`` is a short block made only of copyright and reproduction notices."""
    return (
        len(block.text) <= 400
        and _OPENERS.allow(block)
        and has_any(block.lower, _STEMS)
        and _is_notice(block.text)
    )


def _notice(ctx: RuleContext) -> Iterator[Hit]:
    """A short block made only of copyright and reproduction notices."""
    for block in ctx.blocks:
        if is_notice_block(block):
            yield Hit(block=block, reason="a copyright or reproduction notice, no news")


RULES = (
    Rule(
        name="copyright.notice",
        category=Category.COPYRIGHT,
        func=_notice,
        description='Copyright footers: "© 2024 Owner. All rights reserved.", wire-service '
        'restrictions, "Alle Rechte vorbehalten".',
    ),
)
