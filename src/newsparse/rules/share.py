"""Share buttons and follow-us lines [share].

``share.label`` removes a short line of share or follow wording ("Share this
article", "Click to share on Twitter (Opens in new window)", "Follow us on
Facebook", "Teilen") or of two or more network names, glued or not
("FacebookTwitterEmail").  ``share.network_run`` removes a run of consecutive
lines that each hold one network name ("Facebook", "Twitter", "Email"): a
single such word on its own stays, since it may be a heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse._model import Category
from newsparse._text import Openers
from newsparse.rules._base import Hit, Rule, RuleContext
from newsparse.rules._lines import line_rule

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["RULES"]

_I = regex.IGNORECASE | regex.VERSION1 | regex.VERBOSE

# Networks that name nothing but a share button when they stand alone on a line.
_STRONG = r"""(?:facebook|twitter|linkedin|linked\s*in|whats\s*app|pinterest|reddit|tumblr|telegram|
    messenger|flipboard|pocket|xing|mastodon|bluesky|threads|instagram|youtube|tiktok|snapchat|
    google\s*\+|google\s*plus|vkontakte|vk|weibo|wechat|digg|stumbleupon|evernote|hacker\s*news)"""
# Words that join a share row but are too plain to stand for one alone.
_WEAK = r"""(?:e-?mail|mail|print|drucken|imprimer|imprimir|sms|x|copy\s*link|copy|link|share|
    teilen|partager|compartir|condividi|tweet|pin|comments?|kommentare|short\s*link)"""
_NETWORK = rf"(?:{_STRONG}|{_WEAK})"
_SEP = r"[\s|•·,/]*"
_NEW_WINDOW = r"""(?:\s*\(?\s*(?:opens|öffnet|s['’]ouvre|se\s+abre)\s+(?:in\s+(?:a\s+)?new\s+(?:window|tab)|
    in\s+(?:einem\s+)?neuen\s+fenster|dans\s+une\s+nouvelle\s+fenêtre|en\s+una\s+nueva\s+ventana)\s*\)?)?"""
_THING = r"(?:article|story|post|page|video|gallery|link|photo|image|recipe|piece)"

_LABEL = regex.compile(
    rf"""[\s|•·>»–—-]*(?:
        (?:click\s+to\s+)?share(?:\s+(?:this|the|this\s+\w+['’]s)\s+{_THING})?(?:\s+(?:on|via|to|with|by)\s+
            (?:{_NETWORK}|your\s+(?:friends|followers|network)|social\s+media|e-?mail))?{_NEW_WINDOW}
      | (?:click\s+to\s+(?:e-?mail|print|tweet|pin|post)|(?:e-?mail|print|tweet|pin|post)(?=\s+(?:this|it|a\s+link)\b))
            (?:\s+(?:this|it|a\s+link\s+to\s+a\s+friend))?(?:\s+(?:article|story|page|post))?(?:\s+(?:on|to|via)\s+{_NETWORK})?{_NEW_WINDOW}
      | (?:send|e-?mail)\s+(?:this\s+)?(?:article|story|page|link)?\s*(?:to\s+a\s+friend|by\s+e-?mail)
      | (?:copy|copied)\s+(?:the\s+)?(?:link|url)(?:\s+(?:to\s+clipboard|copied))? | link\s+copied(?:\s+to\s+clipboard)?
      | pin\s+it | share\s+(?:this|it)
      | help\s+(?:me|us)\s+spread\s+the\s+word(?:\s+about\s+(?:this|our|my)\s+(?:{_THING}|podcast|newsletter|show|site|blog))?
      | (?:if\s+you\s+(?:like[ds]?|enjoy(?:ed)?|found)\s+(?:it|this(?:\s+{_THING})?)(?:\s+(?:useful|helpful))?,?\s+)?please\s+share
            (?:\s+(?:it|this(?:\s+{_THING})?))?(?:\s+with\s+(?:your\s+)?(?:friends|family|colleagues|network))?
      | (?:did\s+you\s+(?:enjoy|like)|enjoyed)\s+this\s+{_THING}\s*\??(?:\s*share\s+it(?:\s+with\s+(?:your\s+)?friends)?)?
      | follow\s+(?:us|me)(?:(?:\s+(?:on|at)\s+{_NETWORK}(?:{_SEP}(?:and\s+|&\s+|or\s+)?{_NETWORK}){{0,6}}|\s+on\s+social\s+media)
            (?:\s*@\w{{1,30}})?)?(?:\s+(?:for|to\s+(?:get|stay))\b[^.!?\n]{{0,80}})?
      | {_NETWORK}(?:{_SEP}{_NETWORK}){{1,12}}
      | (?:artikel\s+|beitrag\s+|seite\s+)?teilen(?:\s+(?:auf|per|via)\s+{_NETWORK})?
      | (?:auf|per)\s+{_NETWORK}\s+teilen
      | teile\s+(?:diesen|den)\s+(?:beitrag|artikel)(?:\s+(?:auf|per|mit)\s+\w+)?
      | folgen\s+sie\s+uns(?:\s+auf\s+{_NETWORK}(?:{_SEP}(?:und\s+)?{_NETWORK}){{0,6}})?
      | partager(?:\s+(?:sur|par|via)\s+{_NETWORK}|\s+(?:cet|l['’])\s*(?:article|vidéo))?
      | suivez-nous(?:\s+sur\s+{_NETWORK}(?:{_SEP}(?:et\s+)?{_NETWORK}){{0,6}})?
      | compartir(?:\s+(?:en|por|vía)\s+{_NETWORK}|\s+(?:este|el)\s+(?:artículo|vídeo|video))?
      | síguenos(?:\s+en\s+{_NETWORK}(?:{_SEP}(?:y\s+)?{_NETWORK}){{0,6}})?
      | condividi(?:\s+su\s+{_NETWORK})?
    )[\s:.!|»>]*""",
    _I,
)

_ONE_NETWORK = regex.compile(rf"[\s|•·]*(?:{_NETWORK})[\s:|]*", _I)
_ONE_STRONG = regex.compile(rf"[\s|•·]*(?:{_STRONG})[\s:|]*", _I)


def _network_run(ctx: RuleContext) -> Iterator[Hit]:
    """Two or more consecutive lines that each name one network (one of them a real network)."""
    run: list[int] = []

    def flush() -> Iterator[Hit]:
        if len(run) >= 2 and any(_ONE_STRONG.fullmatch(ctx.blocks[i].text) for i in run):
            for i in run:
                yield Hit(block=ctx.blocks[i], reason="one of a run of share-button network names")
        run.clear()

    for i, block in enumerate(ctx.blocks):
        if len(block.text) <= 30 and _ONE_NETWORK.fullmatch(block.text):
            run.append(i)
        else:
            yield from flush()
    yield from flush()


# How a share label opens (networks may be glued: "FacebookTwitterEmail"), tested
# before the pattern.
_OPENERS = Openers(
    dict.fromkeys(("e", "if", "did", "auf", "per"), ()),
    prefixes=(
        "click share email print tweet pin post send copy copied link help please enjoyed follow "
        "facebook twitter linked whats pinterest reddit tumblr telegram messenger flipboard "
        "pocket xing mastodon bluesky threads instagram youtube tiktok snapchat google vk weibo "
        "wechat digg stumbleupon evernote hacker mail drucken imprim sms x comment kommentare "
        "short teilen partager compartir condividi artikel beitrag seite teile folgen suivez"
    ),
    lead="|•·>»–—-",
)

RULES = (
    line_rule(
        "share.label",
        Category.SHARE,
        _LABEL,
        "share or follow buttons on a line of their own",
        max_chars=160,
        openers=_OPENERS,
        description='Share and follow buttons: "Share this article", "Share on Facebook", '
        '"FacebookTwitterEmail", "Follow us on Twitter", "Teilen".',
    ),
    Rule(
        name="share.network_run",
        category=Category.SHARE,
        func=_network_run,
        description='A run of lines holding one network name each: "Facebook", "Twitter", "Email".',
    ),
)
