"""The small text helpers: the opening-word screens that run before the rules' patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsparse._blocks import Block
from newsparse._text import Openers, opening, trie_pattern
from newsparse.rules import ads, cookie, fundraising, newsletter, paywall, share
from newsparse.rules import copyright as copyright_rules

CASES = Path(__file__).parent.parent / "rules" / "cases"


def _block(text: str) -> Block:
    return Block(text=text, start=0, end=len(text), index=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subscribe now.", ("subscribe", "")),
        ("  it’s free", ("it", "")),
        ("you've got", ("you", "")),
        ("Déjà abonné ?", ("", "D")),  # an ASCII run glued to another letter
        ("“Quote”", ("", "“")),
        ("2 free articles left", ("", "2")),
        ("", ("", "")),
    ],
)
def test_opening(text: str, expected: tuple[str, str]) -> None:
    assert opening(text) == expected


def test_openers_words_lead_and_fallbacks() -> None:
    screen = Openers({"give": (), "the": ("best",)}, lead="$", any_char=("tip",))
    assert screen.allow(_block("Give today."))
    assert screen.allow(_block("The best of the week"))
    assert not screen.allow(_block("The council voted on Tuesday."))
    assert not screen.allow(_block("Officials said nothing."))  # any_word not given
    assert screen.allow(_block("$5 a month"))
    assert screen.allow(_block("Élan relies on readers like you"))  # non-ASCII letter: passes
    assert screen.allow(_block("— Got a tip?"))
    assert not screen.allow(_block("— Got nothing?"))
    glued = Openers({}, prefixes="facebook email")
    assert glued.allow(_block("FacebookTwitterEmail"))
    assert not glued.allow(_block("Face the facts"))
    # Letters that case-insensitive patterns read as ASCII ("ſ" as "s") keep the door open.
    assert Openers({"the": ("best",)}).allow(_block("The beſt of the week"))


_RULES = {
    "fundraising.appeal": fundraising._OPENERS,
    "paywall.prompt": paywall._OPENERS,
    "newsletter.prompt": newsletter._OPENERS,
    "cookie.banner": cookie._OPENERS,
    "copyright.notice": copyright_rules._OPENERS,
    "ads.label": ads._OPENERS,
    "share.label": share._OPENERS,
    "cookie.button": cookie._BUTTON_OPENERS,
}


def _removed_texts() -> list[tuple[str, str]]:
    """The texts the case files expect these rules to remove (after a case's second ".")."""
    found = []
    for path in sorted(CASES.glob("*.md")):
        dots = 0
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line == ".":
                dots = (dots + 1) % 3
                continue
            rule, sep, text = line.partition(": ")
            if dots == 2 and sep and rule in _RULES:
                found.append((rule, text))
    return found


@pytest.mark.parametrize(("rule", "text"), _removed_texts())
def test_screens_pass_every_removed_case(rule: str, text: str) -> None:
    assert _RULES[rule].allow(_block(text))


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("paywall.prompt", "¿Ya eres suscriptor? Inicia sesión"),
        ("paywall.prompt", "Zeitplus testen"),
        ("paywall.prompt", "€1 a week for unlimited access"),
        ("paywall.prompt", "Login to continue reading"),
        ("newsletter.prompt", "— Have a tip you'd like to share in our newsletter?"),
        ("newsletter.prompt", "The latest news, straight to your inbox"),
        ("newsletter.prompt", "S’inscrire à notre newsletter"),
        ("cookie.banner", "The site uses cookies to improve your experience."),
        ("cookie.banner", "For more information, read our cookie policy."),
        ("copyright.notice", "(c) 2024 Example Media"),
        ("copyright.notice", "© 2024 Example Media"),
        ("copyright.notice", "Example™ & © 2024 Example Media"),
        ("fundraising.appeal", "ProPublica relies on readers like you."),
        ("fundraising.appeal", "Non-profit journalism needs your support."),
        ("ads.label", "ADVERTISEMENTSKIP ADVERTISEMENT"),
        ("ads.label", "— Advertisement —"),
        ("share.label", "FacebookTwitterEmail"),
        ("share.label", "E-mail this article"),
        ("share.label", "| Copied the link"),
        ("cookie.button", "Don’t sell my personal information"),
        ("cookie.button", "CookieSettings"),
    ],
)
def test_screens_pass_other_openings(rule: str, text: str) -> None:
    assert _RULES[rule].allow(_block(text))


@pytest.mark.parametrize("rule", sorted(_RULES))
def test_screens_reject_a_news_sentence(rule: str) -> None:
    assert not _RULES[rule].allow(_block("Officials said the council approved the budget."))


@pytest.mark.parametrize(
    "text",
    ["no credit here", "photo: jane doe", "pictured", "a/b", "(c) 2024", "x via y", "© ap", ""],
)
def test_trie_pattern_finds_what_substring_tests_find(text: str) -> None:
    stems = ["/", "©", "(c)", " via ", "photo", "pic", "picture", "getty"]
    pattern = re.compile(trie_pattern(stems))
    assert (pattern.search(text) is not None) == any(s in text for s in stems)
