"""Small, linear-time text helpers shared by the stages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

import attrs
import regex

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from newsparse._blocks import Block

__all__ = [
    "Openers",
    "has_any",
    "iter_sentences",
    "only_sentences_of",
    "opener_words",
    "opening",
    "sentences",
    "trie_pattern",
    "word_count",
]

# A sentence ends at . ! ? or … (possibly followed by closing quotes or
# brackets), then whitespace.  A plain character-class pattern: the standard
# library's engine finds these fastest; abbreviations are checked in Python.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*\s+")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "prof",
        "jr",
        "sr",
        "inc",
        "co",
        "no",
        "vs",
        "u.s",
    ]
)
_WORD = regex.compile(r"\w+(?:['’.-]\w+)*")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the ``.`` at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    return word.casefold() in _ABBREVIATIONS


def iter_sentences(text: str) -> Iterator[str]:
    """Yield the sentences of ``text``, stripped (rough, for classifying short blocks)."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if (
            text[m.start()] == "."
            and m.group().count(".") == 1
            and _is_abbreviation(text, m.start())
        ):
            continue
        piece = text[pos : m.end()].strip()
        if piece:
            yield piece
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        yield tail


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as a list."""
    return list(iter_sentences(text))


def only_sentences_of(
    text: str,
    call: regex.Pattern[str],
    pitch: regex.Pattern[str] | None = None,
    *,
    max_sentences: int = 4,
    call_stems: tuple[str, ...] = (),
    pitch_stems: tuple[str, ...] = (),
) -> bool:
    """Whether ``text`` consists only of sentences that ``call`` or ``pitch`` match in full.

    At least one sentence must be a ``call``, and there may be no more than
    ``max_sentences``.  Trailing punctuation is stripped before matching.  Stops
    at the first sentence that is neither, so a news paragraph costs one or
    two failed matches.

    ``call_stems`` and ``pitch_stems``, when given, are lower-case substrings
    one of which every sentence the pattern matches contains: a sentence
    without any is not tried against the pattern (a large pattern costs
    microseconds per attempt, even on a sentence it rejects at once).
    """
    has_call = False
    gated = bool(call_stems or pitch_stems)
    for count, sentence in enumerate(iter_sentences(text), start=1):
        if count > max_sentences:
            return False
        part = sentence.rstrip(" .!?…")
        low = part.lower() if gated else ""
        if (not call_stems or has_any(low, call_stems)) and call.fullmatch(part):
            has_call = True
        elif pitch is None or not (
            (not pitch_stems or has_any(low, pitch_stems)) and pitch.fullmatch(part)
        ):
            return False
    return has_call


_Trie: TypeAlias = "dict[str, _Trie]"


def trie_pattern(words: Sequence[str]) -> str:
    """An alternation of ``words`` as a character trie (one branch per first letter).

    Starting with a branch of literals lets the standard ``re`` engine skip every
    position that cannot start a word, and no position tries more than one branch.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def has_any(lowered: str, stems: tuple[str, ...]) -> bool:
    """Whether ``lowered`` (text already in lower case) contains one of ``stems``.

    A pre-check before a regex: plain substring tests run far faster than an
    alternation scanned at every position of the block.
    """
    for stem in stems:  # noqa: SIM110 (a plain loop skips any()'s generator overhead)
        if stem in lowered:
            return True
    return False


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


# The first word of a text when it is ASCII letters (not glued to another
# letter), else its first non-space character (after ``\s*``, which takes the
# characters ``str.strip`` does).
_OPENING_WORD = re.compile(r"[A-Za-z]+(?![^\W\d_])")
_OPENING = re.compile(r"\s*(?:([A-Za-z]+)(?![^\W\d_])|(.))", re.DOTALL)
# Lower-case text that case-insensitive patterns still match as ASCII letters:
# "ſ" is an "s", and "İ" lowers to "i" and a combining dot.
_ODD_CASE = ("ſ", "\u0307")


def opening(text: str) -> tuple[str, str]:
    """How ``text`` opens: ``(word, "")`` for a first word of ASCII letters (in lower
    case), else ``("", char)`` with its first non-space character (``("", "")`` if blank)."""
    m = _OPENING_WORD.match(text)
    if m is not None:  # the common case, tested first
        return m.group().lower(), ""
    m = _OPENING.match(text)
    if m is None:
        return "", ""
    word = m.group(1)
    return (word.lower(), "") if word is not None else ("", m.group(2))


def opener_words(words: str) -> dict[str, tuple[str, ...]]:
    """The space-separated ``words``, each opening a match with no further condition."""
    return dict.fromkeys(words.split(), ())


def _split_words(words: str | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(words.split()) if isinstance(words, str) else words


def _with_odd_case(stems: tuple[str, ...]) -> tuple[str, ...]:
    return (*stems, *_ODD_CASE) if stems else ()


def _word_table(words: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {word: _with_odd_case(stems) for word, stems in words.items()}


def _stems_or_none(stems: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if stems is None else _with_odd_case(stems)


@attrs.frozen
class Openers:
    """How every match of a whole-sentence pattern opens: a screen run before it.

    ``words`` maps each lower-case ASCII word a match may open with to
    substrings one of which the text must then hold (empty: no condition);
    ``prefixes`` (a tuple or a space-separated string) begin other such
    words (a label may glue its words: "FacebookTwitterEmail").  ``lead``
    holds the other characters (neither letters nor digits) a match may open
    with.  ``any_word`` and ``any_char``, when given, let the text open with
    any other word, or any other character, provided it holds one of these
    substrings.  A text opening with a letter outside ASCII or a digit
    always passes, so the screen never rejects a text the pattern matches
    (ignoring case).
    """

    words: dict[str, tuple[str, ...]] = attrs.field(converter=_word_table)
    prefixes: tuple[str, ...] = attrs.field(default=(), converter=_split_words)
    lead: str = ""
    any_word: tuple[str, ...] | None = attrs.field(default=None, converter=_stems_or_none)
    any_char: tuple[str, ...] | None = attrs.field(default=None, converter=_stems_or_none)

    def allow(self, block: Block) -> bool:
        """Whether the first sentence of ``block`` may match."""
        word, char = block.opening
        if word:
            stems = self.words.get(word)
            if stems is None:
                if word.startswith(self.prefixes):
                    return True
                stems = self.any_word
        elif not char or char.isalnum() or char in self.lead:
            return True
        else:
            stems = self.any_char
        return stems is not None and (not stems or has_any(block.lower, stems))
