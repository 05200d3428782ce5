"""Stage 5: direct quotations and their speakers.

The stage works in four linear passes over the title, dek and paragraphs:

1. **Marks.**  Double quote marks (“ ” „ ‟ « » 「 」 and straight ``"``) are paired
   within each paragraph; a paragraph that opens a quote without closing it is
   continued by the next paragraph when that one opens with a mark (the
   journalistic convention for long quotations).  Single quotes are never
   marks, so apostrophes and nested ‘quotes’ stay inside the text.
2. **Mask and sentences.**  A copy of the source with every quotation's words
   blanked out (same length, so offsets stay valid) keeps the attribution
   patterns from matching words inside quotes; sentences are cut on it.
3. **Attribution.**  For each quotation, in order of preference: a cue right
   after it (“…,” she said / said X / according to X), a cue earlier in the
   same sentence with its subject (X, the former minister, said “…”; X called
   the deal “a disaster”), a cue later in the sentence (“…” during the talks,
   he told the press), a sentence ending with a colon before it, and last the
   previous quotation's speaker when the quotation is a sentence of its own.
4. **Speakers.**  Names are indexed as they appear; a short name ("Mr. Trump",
   "Clinton") resolves to the first full name with that surname, a pronoun to
   the most salient earlier person of a compatible gender (subjects of recent
   sentences first), and a description ("a senior official") stays as written.

Quoted spans with no speech around them (scare quotes, titles of works,
nicknames, sign text) are returned separately as plain spans.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsparse._model import Quote, Span
from newsparse._quotes_cjk import CjkAttribution, cjk_attribution, is_cjk
from newsparse._speech import (
    ADVERBS,
    APPOSITIVE_STARTS,
    CLAUSE_STARTS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FOREIGN_CUES,
    FOREIGN_PREPOSITION_CUES,
    GROUP_NOUNS,
    MALE_NAMES,
    NAME_PARTICLES,
    NON_SPEAKER_NOUNS,
    NOT_PERSON_WORDS,
    PARTIAL_CUE_VERBS,
    PRONOUN_GENDER,
    SPEECH_NOUNS,
    STOP_WORDS,
    TIME_WORDS,
    TITLES,
    WORK_NOUNS,
    verb_forms,
)
from newsparse._text import trie_pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsparse._model import Paragraph

__all__ = ["extract_quotes"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLANK = "\x00"

# ---------------------------------------------------------------- patterns (compiled once)


def _char_class(test: Callable[[str], bool]) -> str:
    """Letters of the cased scripts passing ``test``, as a ``re`` character class body."""
    spans = ((0x41, 0x250), (0x370, 0x590), (0x10A0, 0x10D0), (0x1E00, 0x2000), (0x2C00, 0x2D30))
    ranges: list[tuple[int, int]] = []
    for lo, hi in spans:
        for code in range(lo, hi):
            if test(chr(code)):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# Patterns use the standard ``re`` engine: it scans simple character classes
# much faster than ``regex`` does Unicode properties.  ``_UPPER`` and ``_LOWER``
# stand for \p{Lu} and \p{Ll}, ``[^\W\d_]`` for a letter, ``[^\W_]`` for a
# letter or digit.
_UPPER = _char_class(str.isupper)
_LOWER = _char_class(str.islower)
_MARK = re.compile(r"[\"“”„‟«»「」]")
_OPENERS = "“„‟«「"
_AFTER_OPEN = set("([{—–-/“‘«„")
_BEFORE_CLOSE = set(".,;:!?)]}—–-…’")

# A word (letters, digits, inner apostrophes, hyphens and dots, possessive
# apostrophe, a final dot) or one punctuation character.
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’\-]|\.-?)[^\W_]+)*(?:['’](?![^\W\d_]))?\.?|[^\s\w]|_")
_ABBREVIATIONS = _words(
    "mr mrs ms dr st sen rep gov gen lt col sgt prof jr sr inc co no vs u.s capt adm "
    "rev sens reps pres ft mt messrs mmes hon gens u.n d.c u.k e.u ltd corp bros"
)


def _word_list(text: str) -> list[str]:
    return text.split()


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_ALL_FORMS = [form for verb in CUE_VERBS for form in verb_forms(verb)]
_FULL_FORMS = [f for v in CUE_VERBS if v not in PARTIAL_CUE_VERBS for f in verb_forms(v)]


def _phrase_table(phrases: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """First word → the phrases it starts (a one-word phrase is the word itself)."""
    table: dict[str, list[str]] = {}
    for phrase in phrases:
        table.setdefault(phrase.split()[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


# Cues, looked up word by word (much faster than one alternation of every form).
# "as a memo put it", "as Doe puts it": an idiom, not the verb "put".
_IDIOM_CUES = ("put it", "puts it")
_CUE_TABLE = _phrase_table([*_ALL_FORMS, *FOREIGN_CUES, *_IDIOM_CUES])
_CUE_FULL = frozenset([*_FULL_FORMS, *FOREIGN_CUES, *_IDIOM_CUES])
_SPACES = re.compile(r"\s+")
_LOWER_OR_CAP_WORD = re.compile(r"\s*[^\W\d_]+")
_NOUNISH = _word_list(
    "state report note call claim comment answer post tweet text email quote question charge "
    "demand echo counter blog reason hope worry point press talk credit attack chant reply "
    "promise pledge vow joke quip shout cry sigh remark plea read estimate mention highlight "
    "label brand term sum thank praise comment"
)
_NOUNISH_FORMS = frozenset(f for v in _NOUNISH for f in verb_forms(v)[:2])
_NOUNISH_BASE = frozenset(v for v in _NOUNISH if v in verb_forms(v))
_PAST_FORMS = frozenset(
    f
    for v in CUE_VERBS
    for f in verb_forms(v)[2:]
    if not f.endswith("ing") and f not in verb_forms(v)[:2]
)
_PREV_WORD = re.compile(r"((?:[^\W\d_]|['’.\-])+)[ ]+\Z")
_THAT = re.compile(r"\bthat\b")


# Noun-like cue forms that are verbs when a name follows ("Doe calls Smith “…”").
_NAME_OBJECT_FORMS = frozenset(
    f
    for v in ("call", "label", "brand", "term", "praise", "thank", "credit")
    for f in verb_forms(v)[:2]
)
_NEXT_WORD = re.compile(r"[ ]+((?:[^\W\d_]|['’\-])+)")
_DETERMINERS = _words("the a an this that these those his her their its our my your")
# Words that may follow a noun-like cue form used as a verb ("Doe notes that",
# "Doe calls it"), as opposed to a noun ("state senator", "emails show").
_VERB_FOLLOWERS = _words(
    "that the a an this these those his her their its our my your it him them us me "
    "he she they we you i to in on at for about of with as out up back from during "
    "after before when if how what why who whether on there here no not only just also "
    "again repeatedly frequently often"
)


@attrs.frozen
class _Cue:
    start: int
    end: int
    text: str


# Every cue word and phrase (a phrase with one space between its words), ending a word.
_CUE_SCAN = re.compile(
    trie_pattern([p for v in _CUE_TABLE.values() for p in v]) + r"(?![^\W\d_]|-[^\W\d_])"
)


_CUE_LONGEST = max(len(p) for v in _CUE_TABLE.values() for p in v)


def _document_cues(
    masked: str, units: Sequence[_Unit], regions: Sequence[tuple[int, int, int]]
) -> tuple[_Cue, ...]:
    """The cues starting in the regions (unit, start, end), in order: each scanned once.

    The regions are where quotations look for their cues; they are merged so
    that no text is scanned twice.  A cue may run past its region's end.
    """
    found: list[_Cue] = []
    merged: list[list[int]] = []
    for u, lo, hi in sorted(regions, key=lambda r: (r[1], r[2])):
        if merged and merged[-1][0] == u and lo <= merged[-1][2]:
            merged[-1][2] = max(merged[-1][2], hi)
        else:
            merged.append([u, lo, hi])
    for u, lo, hi in merged:
        found.extend(_scan_cues(masked, units[u], lo, hi))
    return tuple(found)


def _scan_cues(masked: str, unit: _Unit, lo: int, hi: int) -> list[_Cue]:
    """The cues of ``unit`` that start in ``[lo, hi)``."""
    found: list[_Cue] = []
    # A cue starting before ``hi`` ends within _CUE_LONGEST characters, and the
    # check after it reads two more: the scan need not go further.
    for m in _CUE_SCAN.finditer(masked, lo, min(unit.end, hi + _CUE_LONGEST + 2)):
        start = m.start()
        if start >= hi:
            break
        if start > unit.start and _is_word_char(masked[start - 1]):
            continue
        key = m.group().split(" ", 1)[0]
        cue = _cue_at(masked, key, start, unit.start, unit.end)
        if cue is not None:
            found.append(cue)
    return found


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-" or unicodedata.category(ch).startswith("M")


_CLOSING_MARKS = frozenset(['"', "”", "»", "“", ",”", ',"', ",»"])


def _cue_at(masked: str, key: str, start: int, lo: int, hi: int) -> _Cue | None:
    """The cue starting with the word ``key`` at ``start`` (``lo``/``hi`` bound its unit)."""
    end = start + len(key)
    if key in _NOUNISH_FORMS:
        before = _PREV_WORD.search(masked, max(lo, start - 40), start)
        if before is None:
            if key in _NAME_OBJECT_FORMS and masked[max(lo, start - 2) : start] == ", ":
                # After an appositive: "Doe, a columnist, calls Smith “…”".
                after = _NEXT_WORD.match(masked, end, min(hi, end + 40))
                if after is not None and after.group(1)[0].isupper():
                    return _Cue(start, end, key)
            # Inverted after a quotation: "“…,” read the statement".
            if masked[max(lo, start - 3) : start].strip(" ,") not in _CLOSING_MARKS:
                return None
            after = _NEXT_WORD.match(masked, end, min(hi, end + 40))
            if after is None or after.group(1).lower() not in _DETERMINERS:
                return None
            return _Cue(start, end, key)
        word = before.group(1)
        if not (
            (word[0].isupper() and word.lower() not in _DETERMINERS)
            or word.lower() in PRONOUN_GENDER
            or word in {"they", "who"}
            or word.lower() in DOCUMENT_NOUNS
            or word in _AUXILIARIES  # "could quip", "could only quip"
            or word in _AUX_ADVERBS
        ):
            return None
        after = _NEXT_WORD.match(masked, end, min(hi, end + 40))
        if (
            after is not None
            and after.group(1).lower() not in _VERB_FOLLOWERS
            and not (key in _NAME_OBJECT_FORMS and after.group(1)[0].isupper())
        ):
            return None
        if after is None and masked[end : end + 1] in {",", "’", "'", "-"}:
            return None
    for phrase in _CUE_TABLE[key]:
        if " " not in phrase:
            return _Cue(start, end, phrase)
        tail = phrase.split(" ", 1)[1]
        rest = masked[end : end + len(tail) + 4]
        parts = rest.split(None, tail.count(" ") + 1)[: tail.count(" ") + 1]
        if parts:
            # The last word may carry punctuation: "pointed out, “…”".
            parts[-1] = parts[-1].rstrip(",.;:!?—–")
        if " ".join(parts) == tail:
            last = parts[-1]
            phrase_end = end + rest.index(last) + len(last)
            if phrase_end <= hi:
                return _Cue(start, phrase_end, phrase)
    return None


_CAPITAL_FORMS = sorted({f[0].upper() + f[1:] for f in _FULL_FORMS if " " not in f})
# "Said Comey, “…”" — a cue opening the sentence, then its subject.
_CAPITAL_SET = frozenset(_CAPITAL_FORMS)
_FIRST_WORD = re.compile(r"\s*([" + _UPPER + "][" + _LOWER + r"]+)\s+")
_ACCORDING = re.compile(
    r"(?<![\w'’\-])(?P<cue>(?i:" + _alternation(FOREIGN_PREPOSITION_CUES) + r"))\s+"
)
# A sentence break: end punctuation, closing marks, space, then a capital (or
# newlines).  It starts with a character class so that ``re`` skips fast.
_SENTENCE_BREAK = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[\x00\"”’»)\]]*\s+(?=[" + _UPPER + r"\d\"“‘«(\[¡¿]))"
)
# A run of capitalised words (name particles inside): "Jean-Claude van Damme".
# The first capital comes first so that ``re`` skips quickly to candidates.
_CAP_WORD = "[" + _UPPER + r"][^\W\d_]*(?:['’.\-][^\W\d_]*)*"
_NAME_RUN = re.compile(
    _CAP_WORD.replace("]", r"](?<![\w'’.\-].)", 1)
    + r"(?:\s(?:"
    + _CAP_WORD
    + "|(?:"
    + "|".join(sorted(re.escape(p) for p in NAME_PARTICLES))
    + r")(?=\s["
    + _UPPER
    + "])))*"
)
_WORD_CHARS = re.compile(r"[^\W_]+")
_PP_OR_COMMA = re.compile(r"\s+(?:of|at|from|for|with|in)\s+|,")
_PARENS = re.compile(r"\s*\([^()]{0,40}\)")
_AND = re.compile(r"\s+and\s+|\s*&\s*")
_CAP_WORD_END = re.compile("(" + _CAP_WORD + r")\s\Z")


# ---------------------------------------------------------------- small records


@attrs.frozen
class _Unit:
    start: int
    end: int
    paragraph: int | None


@attrs.frozen
class _Marked:
    start: int
    end: int
    unit: int
    last_unit: int


@attrs.frozen
class _Found:
    """An attribution: the mention span (or None), the cue, and how it was found."""

    mention: tuple[int, int] | None
    cue: str | None
    how: str


class _Person(NamedTuple):
    """A mention of a person (a named tuple: built for every name, so cheap to make)."""

    name: str
    start: int
    subject: bool
    sentence: int


# ---------------------------------------------------------------- 1. marks


def _closer_like(source: str, i: int, lo: int, hi: int) -> bool:
    prev = source[i - 1] if i > lo else " "
    nxt = source[i + 1] if i + 1 < hi else " "
    return (
        not prev.isspace() and prev not in _AFTER_OPEN and (nxt.isspace() or nxt in _BEFORE_CLOSE)
    )


def _opener_like(source: str, i: int, lo: int, hi: int) -> bool:
    prev = source[i - 1] if i > lo else " "
    nxt = source[i + 1] if i + 1 < hi else " "
    return (prev.isspace() or prev in _AFTER_OPEN) and not nxt.isspace()


def _closes(source: str, opener: str, i: int, lo: int, hi: int) -> bool:
    ch = source[i]
    if opener in "“‟":
        return ch == "”" or (ch in '“"' and _closer_like(source, i, lo, hi))
    if opener == "„":
        return ch in "“”" or (ch == '"' and _closer_like(source, i, lo, hi))
    if opener in '"”':
        return ch in '"”'
    if opener == "«":
        return ch == "»"
    if opener == "»":
        return ch == "«"
    return ch == "」"


def _opens_quote(source: str, i: int, lo: int, hi: int) -> bool:
    ch = source[i]
    if ch in _OPENERS:
        return True
    if ch == '"':
        return not _closer_like(source, i, lo, hi) or _opener_like(source, i, lo, hi)
    return _opener_like(source, i, lo, hi)  # ” or » opening (Swedish, German)


_MARK_CHARS = '"“”„‟«»「」'


def _mark_positions(source: str, lo: int, hi: int) -> list[int]:
    """Where ``_MARK`` matches in ``source[lo:hi]``, in order.

    Found character by character with ``str.find``: several times faster than
    a pattern scan, the marks being few.  ASCII text holds only the straight one.
    """
    chars = '"' if source.isascii() else _MARK_CHARS
    found: list[int] = []
    for ch in chars:
        i = source.find(ch, lo, hi)
        while i >= 0:
            found.append(i)
            i = source.find(ch, i + 1, hi)
    found.sort()
    return found


def _pair_marks(source: str, units: Sequence[_Unit]) -> list[_Marked]:
    """Pair the double quote marks of each unit; linear in the number of marks."""
    found: list[_Marked] = []
    carry: tuple[int, str, int] | None = None  # (start, opening mark, unit) across paragraphs
    # Every mark of the document in one scan; each unit takes its own by bisection.
    marks: list[int] = []
    if units:
        marks = _mark_positions(source, units[0].start, max(u.end for u in units))
    for index, unit in enumerate(units):
        lo, hi = unit.start, unit.end
        open_at: tuple[int, str, int] | None = None
        skip_first = False
        if carry is not None:
            open_at, skip_first = carry, True
            carry = None
        k = bisect.bisect_left(marks, lo)
        while k < len(marks) and marks[k] < hi:
            i = marks[k]
            k += 1
            if skip_first:
                skip_first = False
                continue
            if open_at is None:
                if _opens_quote(source, i, lo, hi):
                    open_at = (i, source[i], index)
            elif _closes(source, open_at[1], i, lo, hi):
                found.append(_Marked(open_at[0], i + 1, open_at[2], index))
                open_at = None
            elif source[i] in _OPENERS:
                open_at = (i, source[i], index)
        if open_at is not None and index + 1 < len(units):
            nxt = units[index + 1]
            first = source[nxt.start] if nxt.start < nxt.end else ""
            if (
                unit.paragraph is not None
                and nxt.paragraph == unit.paragraph + 1
                and first
                and first in '“„‟«"”'
            ):
                carry = open_at
    return found


# ---------------------------------------------------------------- 2. mask and sentences


def _mask(source: str, quotes: Sequence[_Marked]) -> str:
    pieces: list[str] = []
    pos = 0
    for q in quotes:
        inner_end = q.end - 1
        keep = (
            source[inner_end - 1]
            if inner_end - 1 > q.start and source[inner_end - 1] in ",.?!"
            else ""
        )
        pieces.append(source[pos : q.start + 1])
        pieces.append(_BLANK * (inner_end - q.start - 1 - len(keep)))
        pieces.append(keep)
        pos = inner_end
    pieces.append(source[pos:])
    return "".join(pieces)


def _is_abbreviation(masked: str, i: int, lo: int) -> bool:
    """Whether the full stop at ``i`` ends an abbreviation or an initial."""
    j = i
    while j > lo and (masked[j - 1].isalpha() or masked[j - 1] == "."):
        j -= 1
    word = masked[j:i].lower()
    return (len(word) == 1 and masked[j].isupper()) or word in _ABBREVIATIONS


def _sentence_starts(masked: str, unit: _Unit) -> list[int]:
    starts = [unit.start]
    for m in _SENTENCE_BREAK.finditer(masked, unit.start, unit.end):
        if (
            masked[m.start()] == "."
            and _is_abbreviation(masked, m.start(), unit.start)
            and not _ends_sentence_anyway(masked, m.start(), m.end(), unit.end)
        ):
            continue
        starts.append(m.end())
    return starts


# Abbreviations that may end a sentence ("… in the U.S. He says …"), unlike titles.
_FINAL_ABBREVIATIONS = _words("u.s u.n d.c u.k e.u inc co ltd corp bros jr sr")
_SENTENCE_OPENERS = _words("he she they we it i the but and this that his her their its a an")
_NEXT_ALPHA = re.compile(r"[^\W\d_]+")


def _ends_sentence_anyway(masked: str, stop: int, nxt: int, hi: int) -> bool:
    """A sentence-final abbreviation followed by a word that opens a sentence."""
    j = stop
    while j > 0 and (masked[j - 1].isalpha() or masked[j - 1] == "."):
        j -= 1
    if masked[j:stop].lower() not in _FINAL_ABBREVIATIONS:
        return False
    word = _NEXT_ALPHA.match(masked, nxt, min(hi, nxt + 12))
    return word is not None and word.group().lower() in _SENTENCE_OPENERS


# ---------------------------------------------------------------- 3. attribution


def _tokens(masked: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(masked, lo, hi)]


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _is_adverb(word: str) -> bool:
    low = _bare(word)
    if not word[:1].islower():
        return low in TIME_WORDS and low not in {"on", "this", "last"}
    return (
        low in ADVERBS
        or low in TIME_WORDS
        or (low.endswith("ly") and len(low) > 5 and low not in _LY_NOUNS)
    )


_LY_NOUNS = _words(
    "daily weekly monthly family assembly rally supply anomaly italy bully ally "
    "quarterly homily monopoly"
)


def _trim_end(tokens: list[tuple[int, int, str]]) -> None:
    """Drop adverbs and time words before the cue ("Doe on Friday", "Doe, however,").

    A time word after a participle stays ("the order released Friday"), and
    adverbs before a comma go only when commas enclose them: in "Doe, who
    spoke this week," they end a relative clause.
    """
    timed = False
    while tokens:
        word = tokens[-1][2]
        if timed and _bare(word) in _TIME_LEADS and len(tokens) >= 2:
            tokens.pop()  # "Doe during a Sunday thanked": the rest of the time phrase
            continue
        timed = False
        if _bare(word) == "ago":
            # "The department less than two weeks ago said"
            tokens.pop()
            while tokens and (_bare(tokens[-1][2]) in _AGO_WORDS or tokens[-1][2][0].isdigit()):
                tokens.pop()
        elif _is_adverb(word):
            if len(tokens) >= 2 and _is_participle_word(tokens[-2][2]):
                return
            tokens.pop()
            timed = _bare(word) in TIME_WORDS and word[0].isupper()
        elif _bare(word) in _AUXILIARIES and len(tokens) >= 2 and word[0].islower():
            tokens.pop()  # "a spokesman could quip", "Doe has said"
        elif (
            _bare(word) in _AUX_ADVERBS
            and len(tokens) >= 3
            and _bare(tokens[-2][2]) in _AUXILIARIES
            and tokens[-2][2][0].islower()
        ):
            del tokens[-2:]  # "a spokesman could only quip", "Doe has since said"
        elif word == ",":
            k = len(tokens) - 1
            while k > 0 and _is_adverb(tokens[k - 1][2]):
                k -= 1
            if k == len(tokens) - 1 or (k > 0 and tokens[k - 1][2] != ","):
                return
            del tokens[k:]
        else:
            return


_TIME_LEADS = _words("a an the during on early late last this next")
_AUXILIARIES = _words("could would can will may might should must did does do has have had")
_AUX_ADVERBS = _words("only since just also not never ever already")
_AGO_WORDS = _words(
    "a an few several some many two three four five six seven eight nine ten a couple of "
    "less more than about nearly almost just only over under days weeks months years hours "
    "minutes decades day week month year hour minute decade"
)


def _is_participle_word(word: str) -> bool:
    return word[:1].islower() and word.endswith("ed") and len(word) > 4


def _is_boundary(word: str) -> bool:
    if word[0] == "(" and len(word) > 1:
        return False
    if not word[0].isalnum():
        return True
    low = _bare(word)
    if word[0].islower():
        return low in STOP_WORDS or low.endswith(("n't", "n’t"))
    return low in CLAUSE_STARTS and low not in APPOSITIVE_STARTS


def _merge_parens(tokens: list[tuple[int, int, str]], masked: str) -> list[tuple[int, int, str]]:
    """Fold a short parenthesis ("(D-N.Y.)", "(R)") into one token."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok[2] == "(":
            for j in range(i + 1, min(len(tokens), i + 8)):
                if tokens[j][2] == ")":
                    out.append((tok[0], tokens[j][1], masked[tok[0] : tokens[j][1]]))
                    i = j + 1
                    break
                if tokens[j][2] in {"(", ",", ";"}:
                    break
            else:
                out.append(tok)
                i += 1
                continue
            if out and out[-1][0] == tok[0]:
                continue
        out.append(tok)
        i += 1
    return out


def _strip_lead(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop clause openers and prepositions from the front of a noun phrase."""
    i = 0
    while i < len(tokens):
        low = _bare(tokens[i][2])
        if (
            low in {"this", "these", "those"}
            and i + 1 < len(tokens)
            and _bare(tokens[i + 1][2]) not in TIME_WORDS
        ):
            break  # a determiner: "this Trump look-alike declared"
        if (
            low in CLAUSE_STARTS and low not in APPOSITIVE_STARTS and low not in PRONOUN_GENDER
        ) or low in {"and", "even", "only", "also", "of"}:
            i += 1
        else:
            break
    return tokens[i:]


def _np_backward_run(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The noun phrase that ends the token list (scanning back to a boundary)."""
    out: list[tuple[int, int, str]] = []
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i][2]
        low = _bare(word)
        if (
            low == "and"
            and out
            and _is_capital(out[0][2])
            and i > 0
            and _is_capital(tokens[i - 1][2])
        ):
            out.insert(0, tokens[i])
            i -= 1
            continue
        if (
            low == "to"
            and out
            and i > 0
            and _bare(tokens[i - 1][2]) in _CLOSE_TO
            and i > 1
            and tokens[i - 2][2][0].isalnum()
        ):
            # "a person close to the Clintons"
            out.insert(0, tokens[i])
            out.insert(0, tokens[i - 1])
            i -= 2
            continue
        if (
            low in _WALK_PREPOSITIONS
            and out
            and i > 1
            and _is_participle(tokens[i - 1][2])
            and tokens[i - 2][2][0].isalnum()
            and not _is_boundary(tokens[i - 2][2])
        ):
            # "Protesters marching through the streets", "aides gathered on the stage"
            out.insert(0, tokens[i])
            out.insert(0, tokens[i - 1])
            i -= 2
            continue
        if low in {"of", "at", "from", "for", "with", "in"} and word[0].islower() and out and i > 0:
            left = tokens[i - 1][2]
            if left[0].isalnum() and not _is_boundary(left):
                out.insert(0, tokens[i])
                i -= 1
                continue
            break
        if low == "and" or _is_boundary(word):
            break
        if low in {"who", "which", "whose"} and out:
            break
        if out and word.endswith(".") and len(word) > 2 and not _is_abbrev_word(word):
            break  # the end of the sentence before: "… online. Her aides say"
        out.insert(0, tokens[i])
        i -= 1
        if len(out) > 14:
            return []
    return _strip_lead(out)


_WALK_PREPOSITIONS = _words(
    "through across into around outside inside near on over behind along under in at"
)


def _is_participle(word: str) -> bool:
    return word[:1].islower() and word.endswith(("ing", "ed")) and len(word) > 4


_CLOSE_TO = _words("close closer next loyal allied linked tied connected")


def _looks_like_np(part: list[tuple[int, int, str]]) -> bool:
    if not part or len(part) > 12:
        return False
    if not all(w[0].isalnum() or w[0] == "(" or w in {"&", "’", "'"} for _, _, w in part):
        return False
    head = _bare(part[-1][2])
    if part[-1][2][0].islower() and (head in STOP_WORDS or head in {"of", "at", "the", "a", "an"}):
        return False
    first = part[0][2]
    return not (first[0].islower() and _bare(first) in STOP_WORDS)


def _is_name_part(part: list[tuple[int, int, str]]) -> bool:
    """A comma part that names someone: capitalised, not a possessive description."""
    if not part or len(part) > 8:
        return False
    first = part[0][2]
    if _bare(first) in PRONOUN_GENDER and first[0].islower():
        return len(part) == 1
    if not first[0].isupper() or _bare(first) in APPOSITIVE_STARTS:
        return False
    if first.endswith(("’s", "'s", "’", "'")):
        return False
    caps = [w for _, _, w in part if w[0].isupper() or w[0] == "("]
    return len(caps) * 2 >= len(part) and not any(w.endswith(("’s", "'s")) for _, _, w in part[:-1])


def _np_part(part: list[tuple[int, int, str]]) -> bool:
    return (
        bool(part)
        and _looks_like_np(part)
        and _bare(part[0][2]) not in {"who", "which", "whose"}
        and not part[0][2].endswith("ing")
        and not part[0][2][0].isdigit()
        and not (
            part[0][2][0].isupper()
            and _bare(part[0][2]) in CLAUSE_STARTS
            and _bare(part[0][2]) not in APPOSITIVE_STARTS
        )
    )


def _is_passive(tokens: list[tuple[int, int, str]]) -> bool:
    for _, _, word in reversed(tokens[-3:]):
        low = _bare(word)
        if low in {"is", "was", "were", "are", "been", "being", "be", "get", "got"}:
            return True
        if not _is_adverb(word):
            return False
    return False


def _subject_before(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker noun phrase that ends right before a cue at ``hi`` (``lo`` bounds the clause).

    For an appositive ("X, the former minister, said") the span covers the name
    and its descriptions; :func:`_speaker_name` picks the name out of it.
    """
    window = max(lo, hi - 320)
    tokens = _tokens(masked, window, hi)
    if "(" in masked[window:hi]:
        tokens = _merge_parens(tokens, masked)
    if _is_passive(tokens):
        return None
    _trim_end(tokens)
    if not tokens:
        return None
    if tokens[-1][2] == ",":
        # Appositive: walk the comma parts back.
        parts: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        complete = True
        for tok in reversed(tokens[:-1]):
            word = tok[2]
            if word == ",":
                parts.append(current)
                current = []
                if len(parts) >= 5:
                    complete = False
                    break
                continue
            if (not word[0].isalnum() and word[0] != "(" and word not in {"&", "’", "'"}) or (
                current and word.endswith(".") and len(word) > 2 and not _is_abbrev_word(word)
            ):
                complete = False
                break
            current.insert(0, tok)
        if current or complete:
            parts.append(current)
        runs = [_np_backward_run(part) for part in parts]
        whole = [
            run if run and _whole_part(run, part) else []
            for run, part in zip(runs, parts, strict=True)
        ]
        return _appositive_span(parts, whole)
    run = _np_backward_run(tokens)
    if not _looks_like_np(run):
        return None
    start_index = bisect.bisect_left(tokens, run[0][0], key=lambda tok: tok[0])
    if (
        start_index > 0
        and _bare(tokens[start_index - 1][2]) in {"who", "which"}
        and _relative_subject(run)
    ):
        # "policies, which he said had harmed", "use, which an FBI inquiry called
        # …": the subject of the relative clause speaks, not its antecedent.
        return run[0][0], _end_of(run[-1])
    if start_index > 1 and run[0][2][:1].islower() and _bare(run[0][2]) not in _DETERMINERS:
        # "an official who spoke anonymously to discuss strategy said": the
        # run is the end of a relative clause; its antecedent speaks.
        for j in range(start_index - 1, max(-1, start_index - 12), -1):
            word = tokens[j][2]
            if word in _RELATIVE_STOPS:
                break
            if word == "who":
                start_index = j + 1
                break
    if start_index > 0 and _bare(tokens[start_index - 1][2]) in {"who", "which", "whose"}:
        # "Nate Silver, the polling guru who founded the site, tweeted": the antecedent.
        ante = _subject_before(masked, lo, tokens[start_index - 1][0])
        if ante is not None:
            head = masked[lo : ante[0]].rstrip()
            if head.endswith(",") and masked[ante[0]].islower():
                # The antecedent is itself an appositive: "Nate Silver, the polling guru who".
                outer = _subject_before(masked, lo, lo + len(head))
                if outer is not None and masked[outer[0]].isupper():
                    return outer[0], _end_of(run[-1])
            return ante[0], _end_of(run[-1])
    if (
        start_index > 0
        and tokens[start_index - 1][2] == ","
        and len(run) >= 2
        and _bare(run[0][2]) in {"the", "a", "an"}
    ):
        # "Sam Lau, the communications director for the party said": the name
        # opening the clause, then its description (the second comma missing).
        outer = _subject_before(masked, lo, tokens[start_index - 1][1])
        name = masked[outer[0] : outer[1]].rstrip(" ,").split() if outer is not None else []
        cue_word = masked[hi : hi + 40].split(None, 1)
        if (
            outer is not None
            and 0 < len(name) <= 4
            and all(w[0].isupper() for w in name)
            and not masked[lo : outer[0]].strip(' —–-(["“”')
            and not (cue_word and cue_word[0].endswith(","))  # "Doe, an aide said, “…”"
        ):
            return outer[0], _end_of(run[-1])
    return run[0][0], _end_of(run[-1])


_SUBJECT_PRONOUNS = _words("he she they we i")


def _relative_subject(run: list[tuple[int, int, str]]) -> bool:
    """The noun phrase right after "which"/"who" is the subject of its clause.

    A pronoun, a name or a determiner phrase ("which he said", "who Trump
    called", "which an FBI inquiry said"), not a predicate ("who spoke").
    """
    first = run[0][2]
    low = _bare(first)
    if low in _SUBJECT_PRONOUNS:
        return len(run) == 1
    if first[0].isupper():
        return low not in CLAUSE_STARTS or low in APPOSITIVE_STARTS
    return low in {"the", "a", "an"} and len(run) >= 2


_RELATIVE_STOPS = _words(
    ", ; ( ) — – when while because after before if as that since although though and but"
)


def _whole_part(run: list[tuple[int, int, str]], part: list[tuple[int, int, str]]) -> bool:
    """The noun phrase is the whole comma part, but for a leading conjunction ("And")."""
    extra = len(part) - len(run)
    return extra == 0 or (
        extra <= 2
        and run[-1] == part[-1]
        and (
            _bare(part[0][2]) in _PART_LEADS
            if extra == 1
            else _bare(part[0][2]) == "in" and _bare(part[1][2]) == "what"
        )
    )


# A word before the name in the first part of an appositive: "and Doe, …", "as Doe,
# …" (and "in what Doe, an aide, called …").
_PART_LEADS = _words("and but so as")


def _appositive_span(
    parts: list[list[tuple[int, int, str]]], whole: list[list[tuple[int, int, str]]]
) -> tuple[int, int] | None:
    """The mention of an appositive subject, its comma parts listed back from the cue.

    The mention runs from the leftmost part of the chain ("Jane Doe, 52, of
    Dayton, a retired nurse, who voted early, said") to the last one, so that it
    starts with what the sentence names first; :func:`_speaker_name` picks the
    name out of it.
    """
    k0 = _appositive_core(parts, whole)
    if k0 is None:
        return None
    best = k0
    # A name after a lead word ("in what Doe, an aide, called") opens the chain.
    stop = k0 + 1 if len(parts[k0]) > len(whole[k0]) else min(len(parts), k0 + 4)
    for k in range(k0 + 1, stop):
        run = whole[k]
        if run and (_is_name_part(run) or _np_part(run)) and not _is_time_part(run):
            best = k
        elif not (parts[k] and _is_aside_part(parts[k])):
            break
    end_tok = whole[0][-1] if whole[0] else whole[k0][-1]
    if k0 == 0 or (parts[0] and _is_aside_part(parts[0])) or _is_relative(parts[0]):
        end_tok = parts[0][-1] if parts[0] else end_tok
    return whole[best][0][0], _end_of(end_tok)


def _appositive_core(
    parts: list[list[tuple[int, int, str]]], whole: list[list[tuple[int, int, str]]]
) -> int | None:
    """The comma part nearest the cue that names the speaker (or describes them)."""
    for k, run in enumerate(whole):
        if run and _is_name_part(run):
            if _is_place_part(run, parts[k + 1] if k + 1 < len(parts) else []):
                continue
            if (
                k + 1 < len(whole)
                and len(parts[k]) == len(run)
                and _np_part(whole[k + 1])
                and not _is_name_part(whole[k + 1])
            ):
                return k + 1
            return k
    for k, run in enumerate(whole):
        if _np_part(run):
            return k
        if k >= 2:
            break
    return None


def _is_place_part(run: list[tuple[int, int, str]], before: list[tuple[int, int, str]]) -> bool:
    """A state or country after a town: "… in Dayton, Ohio," (not a speaker)."""
    return (
        len(run) <= 2
        and len(before) >= 2
        and before[-1][2][0].isupper()
        and _bare(before[-2][2]) in {"in", "at", "from", "near", "of"}
    )


def _is_relative(part: list[tuple[int, int, str]]) -> bool:
    return bool(part) and _bare(part[0][2]) in {"who", "which", "whose"}


def _is_time_part(run: list[tuple[int, int, str]]) -> bool:
    return all(_bare(w) in TIME_WORDS or w[0].isdigit() for _, _, w in run)


def _is_aside_part(part: list[tuple[int, int, str]]) -> bool:
    """An age ("52") or a home town ("of Dayton") inside an appositive chain."""
    if len(part) == 1 and part[0][2].isdigit():
        return True
    return (
        len(part) <= 4
        and _bare(part[0][2]) in {"of", "from"}
        and all(w[0].isupper() for _, _, w in part[1:])
    )


def _end_of(tok: tuple[int, int, str]) -> int:
    _, end, word = tok
    if word.endswith(".") and len(word) > 1 and not _is_abbrev_word(word):
        return end - 1
    return end


def _is_abbrev_word(word: str) -> bool:
    bare = word.rstrip(".")
    return bare.lower() in _ABBREVIATIONS or (len(bare) == 1 and bare.isupper()) or "." in bare


def _subject_after(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker noun phrase that starts at ``lo`` ("said Heidi Cullen, chief scientist").

    The phrase keeps a workplace ("Chris Low at FTN Financial") and a
    participle dating it ("a poll released Thursday").  A short window is
    read first, the full one only when the phrase may run past it.
    """
    limit = min(hi, lo + 200)
    for end in (min(limit, lo + 100), limit):
        tokens = _tokens(masked, lo, end)
        out, stop = _subject_after_run(tokens)
        if end == limit or stop + 12 < len(tokens):
            break
    if out is None:
        return None
    extra: list[tuple[int, int, str]] = []
    if out and stop < len(tokens) and (out[-1][2][0].islower() or out[0][2][0].islower()):
        extra = _description_tail(tokens, stop)
        extra += _name_after_description(tokens, len(out) + len(extra))
    if not extra:
        while out and _bare(out[-1][2]) in {"of", "the", "a", "an", "and", "from", "for", "with"}:
            out.pop()
    if not _looks_like_np(out):
        return None
    last = extra[-1] if extra else out[-1]
    return out[0][0], _end_of(last)


def _subject_after_run(
    tokens: list[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]] | None, int]:
    """The tokens of the noun phrase opening ``tokens`` and the index where it stopped."""
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(tokens):
        word = tok[2]
        low = _bare(word)
        if not word[0].isalnum():
            if word in {"&", "’", "'"} and out:
                out.append(tok)
                continue
            return out, k
        if word[0].islower():
            if out and (tail := _np_tail(tokens, k, out)):
                out.extend(tail)
                return out, k
            if (
                low == "on"
                and out
                and _bare(out[-1][2]) in _ON_HEADS
                and k + 1 < len(tokens)
                and tokens[k + 1][2][0].isupper()
                and _bare(tokens[k + 1][2]) not in TIME_WORDS
            ):
                out.append(tok)  # "the Center on Global Energy Policy"
                continue
            if (
                low in {"who", "whose", "which", "that"}
                or low in STOP_WORDS
                or (out and low in {"in", "on", "during", "to", "after", "before", "at", "about"})
                or (out and low in TIME_WORDS)
                or (out and low.endswith(("ing", "ed")))
            ):
                return out, k
        out.append(tok)
        if word.endswith(".") and not _is_abbrev_word(word):
            return out, k
        if len(out) > 12:
            return None, k
    return out, len(tokens)


def _description_tail(tokens: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, str]]:
    """A modifier ending a description after the cue (else empty).

    "said one Democratic source on the panel.", "said one Republican involved
    in the planning, who …", "according to some on Twitter,": a prepositional
    phrase (after a participle) that runs to the end of the clause.  Times,
    media and verbs rule it out ("said an aide in a statement", "on Monday").
    """
    j = k
    if _is_participle_word(tokens[j][2]):
        j += 1
    if j >= len(tokens) or _bare(tokens[j][2]) not in _TAIL_PREPOSITIONS:
        return []
    if not tokens[j][2][0].islower():
        return []
    j += 1
    end = j
    while end < len(tokens) and end - k <= 10:
        word = tokens[end][2]
        low = _bare(word)
        if not word[0].isalnum():
            break
        if (
            low in TIME_WORDS
            or low in SPEECH_NOUNS
            or low in _MEDIUM_NOUNS
            or (word[0].islower() and (low in STOP_WORDS or _is_verbish(word) or low == "and"))
        ):
            return []
        end += 1
        if word.endswith(".") and not _is_abbrev_word(word):
            return tokens[k:end] if end > j else []
    if end == j or end >= len(tokens) or end - k > 10 or tokens[end][2] not in {",", ";"}:
        return []
    return tokens[k:end]


def _name_after_description(
    tokens: list[tuple[int, int, str]], k: int
) -> list[tuple[int, int, str]]:
    """The name that follows a description after the cue (else empty).

    "exhorted the introducer, actress Jane Doe.": a comma, at most three role
    words, then a name that ends the clause.
    """
    if k + 1 >= len(tokens) or tokens[k][2] != ",":
        return []
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j][2][0].islower():
        if _bare(tokens[j][2]) in STOP_WORDS or _bare(tokens[j][2]) in {"who", "which"}:
            return []
        j += 1
    end = j
    while end < len(tokens) and end - j < 4 and _is_capital(tokens[end][2]):
        end += 1
        if tokens[end - 1][2].endswith(".") and not _is_abbrev_word(tokens[end - 1][2]):
            return tokens[k:end] if end - j >= 2 else []
    if end - j < 2 or (end < len(tokens) and tokens[end][2] not in {",", ";"}):
        return []
    return tokens[k:end]


# Names of bodies that go on with "on": "Council on Foreign Relations".
_ON_HEADS = _words("center centre council committee subcommittee commission institute task")
_TAIL_PREPOSITIONS = _words("on in at from of for with among inside within")
_MEDIUM_NOUNS = _words(
    "interview interviews conference briefing release video broadcast appearance rally event "
    "hearing meeting phone telephone show program programme podcast radio television op-ed "
    "column editorial book memo report article story filing documents document court"
)


_ROLES_TO = _words(
    "adviser advisers advisor advisors aide aides assistant spokesman spokeswoman spokesperson "
    "counselor counsel consultant ambassador envoy secretary successor heir"
)
_NP_LEAD = _words("the both his her their its a an")


def _np_tail(
    tokens: list[tuple[int, int, str]], k: int, head: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A tail at ``tokens[k]`` that belongs to the noun phrase ``head`` (else empty).

    "at" and a capitalised name ("at FTN Financial"), or a participle and a
    time word ("released Thursday").
    """
    low = _bare(tokens[k][2])
    if low == "to" and (_bare(head[-1][2]) in _ROLES_TO or _bare(head[-1][2]) in _CLOSE_TO):
        # "a longtime adviser to both Clintons"
        end = k + 1
        while end < len(tokens) and end - k <= 5 and tokens[end][2][0].isalnum():
            if tokens[end][2][0].islower() and _bare(tokens[end][2]) not in _NP_LEAD:
                break
            end += 1
        return tokens[k:end] if end > k + 1 and tokens[end - 1][2][0].isupper() else []
    if low == "at":
        j = k + 1
        if j < len(tokens) and _bare(tokens[j][2]) == "the":
            j += 1
        end = j
        while (
            end < len(tokens)
            and end - j < 5
            and tokens[end][2][0].isupper()
            and _bare(tokens[end][2]) not in TIME_WORDS
            and not tokens[end][2].endswith(("’s", "'s"))
        ):
            end += 1
            if tokens[end - 1][2].endswith(".") and not _is_abbrev_word(tokens[end - 1][2]):
                break
        return tokens[k:end] if end > j else []
    if (
        _is_participle_word(tokens[k][2])
        and head[-1][2][0].islower()
        and k + 1 < len(tokens)
        and _bare(tokens[k + 1][2]) in TIME_WORDS
        and tokens[k + 1][2][0].isupper()
    ):
        return tokens[k : k + 2]
    return []


def _clause_start(masked: str, lo: int, hi: int) -> int:
    """Start of the clause holding ``hi``: after the last quotation, dash, colon or semicolon.

    A short parenthesis right before ``hi`` belongs to the subject ("Rep. Paul
    Ryan (R-Wis.) said"), so it does not start the clause.
    """
    start = lo
    end = hi
    tail = masked[lo:hi].rstrip(" ,")
    if tail.endswith(")"):
        opening = masked.rfind("(", max(lo, lo + len(tail) - 40), lo + len(tail))
        if opening >= 0:
            end = opening
    for ch in ";:—–”»\x00":
        start = max(start, masked.rfind(ch, lo, end) + 1)
    start = max(start, _paren_boundary(masked, start, end))
    j = hi
    while (j := masked.rfind('"', start, j)) >= 0:
        if j - 1 >= lo and masked[j - 1] in ",.?!\x00":
            return j + 1
    return start


def _paren_boundary(masked: str, lo: int, hi: int) -> int:
    """Where the last parenthesis before ``hi`` ends a clause (``lo`` when none does).

    A short tag after a name ("Ed Rendell (D), a supporter,", "Sen. Jane Doe
    (R-Tenn.)") belongs to the subject and is stepped over.
    """
    end = hi
    for _ in range(4):
        close = masked.rfind(")", lo, end)
        opening = masked.rfind("(", lo, end)
        if close < 0 and opening < 0:
            return lo
        if opening > close:
            return opening + 1  # inside an open parenthesis
        if opening < 0 or close - opening > 14 or " " in masked[opening:close]:
            return close + 1
        end = opening
    return end


def _is_participle_cue(cue: str) -> bool:
    return cue.endswith("ing")


_CONNECTIVES = _words("but and so still yet meanwhile however now then also later instead thus")
_PAST_VERBS = _words(
    "began went made took came gave got put kept left spoke sent met won lost ran "
    "became brought held stood sat saw thought felt found knew heard seemed appeared "
    "seems appears continues hit fought cut"
)
# A dateline before the first sentence: "WASHINGTON (AP) — ", "PARIS, July 4 — ".
_DATELINE = re.compile(
    r"\s*[" + _UPPER + r"](?:[^\W\d_]|[.'’ \-]){0,30}(?:,(?:[^\W_]|[. ]){1,20})?"
    r"(?:\s*\((?:[^\W_]|[ .]){1,12}\))?\s+[—–-]{1,2}\s+"
)


def _skip_intro(tokens: list[tuple[int, int, str]]) -> int | None:
    """Index of the first token after connectives and introductory phrases."""
    start = 0
    for _ in range(4):
        if start >= len(tokens):
            return None
        low = _bare(tokens[start][2])
        if low in _CONNECTIVES:
            start += 1
            if start < len(tokens) and tokens[start][2] == ",":
                start += 1
            continue
        if (
            (low in CLAUSE_STARTS and low not in PRONOUN_GENDER and low not in APPOSITIVE_STARTS)
            or (_is_intro_participle(tokens, start) or low in TIME_WORDS)
            or _time_intro(tokens, start)
            or (low.endswith("ly") and len(low) > 5 and low not in _LY_NOUNS and start == 0)
        ):
            for k in range(start, len(tokens)):
                if tokens[k][2] == ",":
                    start = _after_place(tokens, k)
                    break
            else:
                return None if low not in TIME_WORDS else start
            continue
        break
    return start


def _after_place(tokens: list[tuple[int, int, str]], comma: int) -> int:
    """The index after an introductory phrase's comma, and after the state or country
    that follows a town: "Speaking in Salem, New Hampshire, Doe said …"."""
    if comma < 2 or not _is_capital(tokens[comma - 1][2]):
        return comma + 1
    k = comma - 1
    while k > 0 and _is_capital(tokens[k - 1][2]):
        k -= 1
    if k == 0 or _bare(tokens[k - 1][2]) not in {"in", "at", "from", "near", "outside"}:
        return comma + 1
    end = comma + 1
    while end < len(tokens) and end - comma <= 3 and _is_capital(tokens[end][2]):
        end += 1
    if end > comma + 1 and end < len(tokens) and tokens[end][2] == ",":
        return end + 1
    return comma + 1


def _time_intro(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """ "A few days later, …", "Two weeks ago, …": a short phrase ending in a time word."""
    for j in range(k, min(len(tokens), k + 7)):
        if tokens[j][2] == ",":
            return j > k and _bare(tokens[j - 1][2]) in {"later", "ago", "earlier", "before"}
    return False


def _is_intro_participle(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """ "Speaking to reporters, …", "Asked about it, …" (not a name such as "Ted")."""
    word = tokens[k][2]
    return (
        word[0].isupper()
        and word.endswith(("ing", "ed"))
        and len(word) >= 5
        and k + 1 < len(tokens)
        and not tokens[k + 1][2][0].isupper()
    )


def _first_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject opening a clause: skip an introductory phrase ending with a comma."""
    dateline = _DATELINE.match(masked, lo, min(hi, lo + 80))
    if dateline is not None:
        lo = dateline.end()
    tokens = _tokens(masked, lo, min(hi, lo + 240))
    if not tokens:
        return None
    start = _skip_intro(tokens)
    if start is None:
        return None
    run: list[tuple[int, int, str]] = []
    rest = tokens[start:]
    for k, tok in enumerate(rest):
        word = tok[2]
        if not word[0].isalnum():
            break
        low = _bare(word)
        if run and _time_phrase_at(rest, k):
            break  # "The campaign on Tuesday released …"
        if run and word[0].islower() and low in _SUBJECT_ADVERBS:
            break  # "Her campaign quickly responded"
        if run and word[0].isupper() and low in _CUE_TABLE and low not in NAME_PARTICLES:
            break  # a title-case headline: "Hillary Clinton Praised …"
        if word[0].islower():
            if low in STOP_WORDS or low in _PAST_VERBS:
                break
            if _is_verbish(word) and not (
                len(run) == 1 and _bare(run[0][2]) in APPOSITIVE_STARTS and low.endswith("ed")
            ):
                break
            last = _bare(run[-1][2]) if run else ""
            if run and run[-1][2].endswith(("’s", "'s", "s’", "s'")) and low in SPEECH_NOUNS:
                break
            if (
                len(run) >= 2
                and run[-2][2].endswith(("’s", "'s", "s’", "s'"))
                and last in GROUP_NOUNS
            ):
                break
            if (
                run
                and last not in APPOSITIVE_STARTS
                and not (low in GROUP_NOUNS and run[-1][2][0].isupper())
                and not (_bare(run[0][2]) in _DETERMINERS and len(run) <= 4)
                and (run[-1][2][0].isupper() or last in PRONOUN_GENDER)
                and not run[-1][2].endswith(("’s", "'s", "s’", "s'"))
                and low not in NAME_PARTICLES
                and low not in {"of", "and"}
                and not _title_words_then_name(rest, k)
            ):
                break
        elif run and word in _CAPITAL_SET:
            break
        run.append(tok)
        if len(run) == 1 and low in PRONOUN_GENDER:
            break
        if len(run) > 8:
            return None
    if not run or not _looks_like_np(run):
        return None
    return run[0][0], _end_of(_place_tail(rest, len(run)) or run[-1])


def _place_tail(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int, str] | None:
    """The last token of a place phrase between the subject and its verb, or None:
    "Republicans on Capitol Hill seized …" (the mention keeps it, the speaker not)."""
    if k + 2 >= len(tokens) or _bare(tokens[k][2]) not in {"on", "in", "at", "from"}:
        return None
    end = k + 1
    while end < len(tokens) and end - k <= 3 and _is_capital(tokens[end][2]):
        if _bare(tokens[end][2]) in TIME_WORDS:
            return None
        end += 1
    if end == k + 1 or end >= len(tokens):
        return None
    verb = tokens[end][2]
    low = _bare(verb)
    if verb[0].islower() and (low.endswith("ed") or low in _PAST_VERBS or low in _CUE_TABLE):
        return tokens[end - 1]
    return None


_SUBJECT_ADVERBS = _words(
    "however quickly also later then still again immediately swiftly promptly soon "
    "repeatedly often never once finally initially previously recently"
)


def _time_phrase_at(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """A time phrase starts at ``tokens[k]``: "Tuesday", "on Monday", "last week"."""
    word = tokens[k][2]
    low = _bare(word)
    if word[0].isupper():
        return low in TIME_WORDS and low not in {"on", "this", "last", "next", "earlier", "later"}
    return (
        low in {"on", "last", "this", "next"}
        and k + 1 < len(tokens)
        and _bare(tokens[k + 1][2]) in TIME_WORDS
        and _bare(tokens[k + 1][2]) not in CLAUSE_STARTS
    )


def _title_words_then_name(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Lower-case role words followed by a name: "presidential candidate Jane Doe"."""
    for j in range(k, min(len(tokens), k + 4)):
        word = tokens[j][2]
        if word[0].isupper():
            return j > k
        low = _bare(word)
        if (
            not word[0].isalpha()
            or low in STOP_WORDS
            or _is_verbish(word)
            or low in _PAST_VERBS
            or _is_adverb(word)
            or low in _CUE_TABLE
        ):
            return False
    return False


def _is_verbish(word: str) -> bool:
    low = _bare(word)
    return low.endswith("ed") or low in {"has", "had", "is", "was", "were", "are", "will"}


@attrs.frozen
class _Context:
    source: str
    masked: str
    units: tuple[_Unit, ...]
    starts: tuple[tuple[int, ...], ...]  # sentence starts per unit
    cues: tuple[_Cue, ...]  # every cue of the document, in order
    cue_starts: tuple[int, ...]

    def cues_in(self, lo: int, hi: int) -> list[_Cue]:
        """The cues inside ``[lo, hi)``, in order."""
        out: list[_Cue] = []
        k = bisect.bisect_left(self.cue_starts, lo)
        cues = self.cues
        while k < len(cues) and cues[k].start < hi:
            if cues[k].end <= hi:
                out.append(cues[k])
            k += 1
        return out

    def sentence(self, unit: int, pos: int) -> tuple[int, int]:
        starts = self.starts[unit]
        k = bisect.bisect_right(starts, pos) - 1
        lo = starts[max(k, 0)]
        hi = starts[k + 1] if k + 1 < len(starts) else self.units[unit].end
        return lo, hi


def _after(ctx: _Context, q: _Marked, unit_end: int) -> _Found | None:
    masked = ctx.masked
    window_end = min(unit_end, q.end + 200)
    head = masked[q.end : q.end + 3]
    lead = head.lstrip(" ,—–-")
    offset = q.end + (len(head) - len(lead))
    # ", according to X"
    am = _ACCORDING.match(masked, offset, window_end)
    if am is not None:
        span = _subject_after(masked, am.end(), window_end)
        if span is not None:
            return _Found(span, _SPACES.sub(" ", am["cue"].lower()), "after")
    cues = ctx.cues_in(q.end, min(window_end, q.end + 150))
    if not cues:
        return None
    cue = cues[0]
    if len(cues) > 1 and masked[max(q.end, cue.start - 5) : cue.start].rstrip().endswith(" who"):
        cue = cues[1]  # "“…,” Doe, the analyst who wrote the report, said": the main verb
    if cue.text not in _CUE_FULL and (
        masked[q.end - 2] not in ",?!" or masked[cue.end : cue.end + 1] not in {".", ",", ";"}
    ):
        # A verb that takes a partial quotation speaks a whole one only between the
        # closing mark and the end of the clause: "“…?” Doe demanded.".
        return None
    pre = masked[q.end : cue.start]
    if _BLANK in pre or "“" in pre or '"' in pre or "”" in pre:
        return None
    ended = masked[q.end - 2] in ".?!" if q.end - 2 > q.start else False
    if not pre.strip(" ,—–-\n"):
        # Inverted order: the cue comes first, then the speaker.
        if (ended and masked[q.end - 2] == ".") or _is_participle_cue(cue.text):
            return None
        span = _subject_after(masked, cue.end, window_end)
        if span is None:
            return None
        return _Found(span, cue.text, "after")
    span = _subject_before(masked, q.end, cue.start)
    if span is None or masked[q.end : span[0]].strip(" ,—–-\n") not in {"", "as"}:
        return None  # ("“…,” as a memo put it": the memo speaks)
    if ended and not masked[span[0]].islower():
        if masked[q.end - 2] == "." and not _opens_sentence(
            masked, ctx.sentence(q.unit, q.start)[0], q.start
        ):
            # "Doe called the lines “unacceptable.” Smith wrote …": the quotation
            # ends a sentence of its own, and the next sentence has its own subject.
            return None
        # "…real progress.” He added that …" opens a new sentence of indirect speech
        # ("…?” her aide wrote, noting that …" goes on with the same one).
        rest = masked[cue.end : window_end]
        cut = _SENTENCE_BREAK.search(rest)
        if cut is not None:
            rest = rest[: cut.start()]
        if ("that" in rest and _THAT.search(rest)) or (
            masked[q.end - 2] == "." and masked[span[0]].isupper() and len(rest) > 60
        ):
            return None
    return _Found(span, cue.text, "after")


def _before(ctx: _Context, q: _Marked, sent_lo: int) -> _Found | None:
    masked = ctx.masked
    lo = max(sent_lo, q.start - 400)
    inv = _FIRST_WORD.match(masked, sent_lo, q.start)
    if (
        inv is not None
        and inv.group(1).endswith("ing")
        and (inv.group(1).lower() in _CUE_TABLE or inv.group(1) == "Citing")
    ):
        # "Calling the plan “a disaster,” Doe urged …": the participle opening the
        # sentence speaks through the main clause's subject.
        comma = q.end if ctx.source[q.end - 2] == "," else -1
        if comma < 0 and masked[q.end : q.end + 1] == ",":
            comma = q.end + 1
        if comma >= 0 and "," not in masked[inv.end() : q.start]:
            span = _first_subject(masked, comma, min(len(masked), comma + 200))
            if span is not None:
                return _Found(span, inv.group(1).lower(), "before")
    if inv is not None and inv.group(1) in _CAPITAL_SET:
        span = _subject_after(masked, inv.end(), q.start)
        if span is not None and not masked[span[1] : q.start].strip(" ,:"):
            return _Found(span, inv.group(1).lower(), "before")
    cues = ctx.cues_in(lo, q.start)
    lowered = masked[lo : q.start].lower()
    if any(prep in lowered for prep in FOREIGN_PREPOSITION_CUES):
        accs = list(_ACCORDING.finditer(masked, lo, q.start))
    else:
        accs = []
    for acc in reversed(accs):
        if cues and cues[-1].start > acc.start():
            break
        if any(c.start < acc.start() and c.text in _CUE_FULL for c in cues):
            break  # "Doe said that according to its count, “…”": the outer cue speaks
        span = _subject_after(masked, acc.end(), q.start)
        if span is not None:
            return _Found(span, _SPACES.sub(" ", acc["cue"].lower()), "before")
    words_lo = max(sent_lo, q.start - 80)
    words_of = (
        _IN_WORDS.search(masked, words_lo, q.start)
        if masked.find("words", words_lo, q.start) >= 0
        else None
    )
    if words_of is not None:
        return _Found(words_of.span(1), "words", "before")
    cues = _last_clause_cues(masked, cues, q.start)
    intro_end = _intro_clause_end(masked, sent_lo, q.start)
    with_found = _with_participle(masked, lo, cues, intro_end)
    if with_found is not None:
        return with_found
    if "that" in masked[max(lo, q.start - 150) : q.start]:
        claim = None
        for m in _POSSESSIVE_CLAIM.finditer(masked, max(lo, q.start - 150), q.start):
            claim = m
        if claim is not None and not any(
            c.start >= claim.end() and c.text in _CUE_FULL for c in cues
        ):
            # "Doe’s claim that Smith “founded ISIS”"
            return _Found(claim.span(1), claim.group(2).lower(), "before")
    # The outermost speech verb of the sentence speaks the quotation ("Meeks said
    # Clinton reassured them that …"); failing one, the nearest other cue.
    found: list[_Found] = []
    for k, cm in enumerate(cues):
        cue = cm.text
        if cm.start < intro_end or _used_as_noun(masked, cm.start, cm.text):
            continue
        if cue not in _CUE_FULL and found:
            continue
        if k + 1 < len(cues) and _time_clause_follows(masked, cm.end, cues[k + 1 :]):
            continue
        clause_lo = _clause_start(masked, lo, cm.start)
        before_cue = masked[clause_lo : cm.start].rstrip()
        if (
            before_cue.endswith(",")
            and cue in _INVERTED_CUES
            and _subject_before(masked, clause_lo, cm.start) is None
        ):
            # Inverted inside the sentence: "Because of the calendar, explained Doe, “…”".
            span = _subject_after(masked, cm.end, q.start)
            if (
                span is not None
                and not masked[cm.end : span[0]].strip()
                and (
                    masked[span[0]].isupper()
                    or _bare(masked[span[0] : span[0] + 4]) in {"the", "a", "an"}
                )
                and masked[span[1] : q.start].strip() in {",", ":"}
            ):
                return _Found(span, cue, "before")
        if (
            (
                _is_participle_cue(cue)
                and (before_cue.endswith(",") or not before_cue or _after_object_noun(before_cue))
            )
            or _TRAILING_ADVERBS.sub("", before_cue).endswith((" and", " but"))
            or not before_cue
        ):
            span = _first_subject(masked, sent_lo, cm.start)
        else:
            span = _subject_before(masked, clause_lo, cm.start)
        if span is None:
            continue
        result = _Found(span, cue, "before")
        if cue in _CUE_FULL and not _is_participle_cue(cue):
            return result
        found.append(result)
    return found[-1] if found else None


def _time_clause_follows(masked: str, end: int, later: list[_Cue]) -> bool:
    """A later cue speaks in a time clause of its own: "Doe said as a heckler yelled:
    “…”", "Doe said, after Smith said the plan had …" (not what Doe says)."""
    for cm in later:
        if cm.text not in _CUE_FULL or _is_participle_cue(cm.text):
            continue
        if _used_as_noun(masked, cm.start, cm.text):
            continue
        if cm.start - end > 120 or _BLANK in masked[end : cm.start]:
            return False
        last = None
        for m in _TIME_CLAUSE.finditer(masked, end, cm.start):
            last = m
        if last is None:
            return False
        # The time word, then the subject of the later cue and nothing else.
        span = _subject_before(masked, last.end(), cm.start)
        return span is not None and not masked[last.end() : span[0]].strip()
    return False


# "as", "while", "after", "before", "when" opening a clause with its own subject.
_TIME_CLAUSE = re.compile(r"(?<![^\s,])(?:as|while|after|before|when|whereas)\s+")


# Verbs that come before their subject inside a sentence ("…, explained Doe, “…”").
_INVERTED_CUES = frozenset(
    f
    for v in ("say", "explain", "add", "write", "ask", "note", "continue", "argue", "recall")
    for f in verb_forms(v)[:3]
)


def _with_participle(masked: str, lo: int, cues: list[_Cue], intro_end: int) -> _Found | None:
    """The subject of an absolute clause: "…, with Trump yelling: “…”".

    The participle nearest the quotation, or the one it is coordinated with
    ("with Doe tweeting that … and asking, “…”"), speaks through the noun
    phrase after "with".
    """
    k = len(cues) - 1
    while k >= 0 and _used_as_noun(masked, cues[k].start, cues[k].text):
        k -= 1
    if k < 0 or cues[k].start < intro_end or not _is_participle_cue(cues[k].text):
        return None
    for j in (k, k - 1):
        if j < 0 or cues[j].start < intro_end or not _is_participle_cue(cues[j].text):
            return None
        cm = cues[j]
        clause_lo = _clause_start(masked, lo, cm.start)
        span = _subject_before(masked, clause_lo, cm.start)
        if span is not None and _WITH_BEFORE.search(masked, max(lo, span[0] - 6), span[0]):
            return _Found(span, cues[k].text, "before")
        if span is not None:
            # The noun phrase took the lead in: "concludes with footage of Doe saying".
            inner = None
            for m in _FOOTAGE_OF.finditer(masked, span[0], span[1]):
                inner = m
            if inner is not None and masked[inner.end() : inner.end() + 1].isupper():
                return _Found((inner.end(), span[1]), cues[k].text, "before")
        if j == k:
            between = masked[cues[k - 1].end : cm.start].rstrip() if k > 0 else ""
            if ";" in between or not between.endswith((" and", " and then", " and also")):
                return None
    return None


_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+\Z")
# "footage of Doe saying": the name after it speaks.
_FOOTAGE_OF = re.compile(r"\b(?:footage|video|clip|clips|audio|recording|tape)\s+of\s+")


_POSSESSIVE_CLAIM = re.compile(
    r"(?<![\w'’])((?:[" + _UPPER + r"][\w.\-]*\s+){0,3}[" + _UPPER + r"][\w.\-]*)"
    r"['’]s\s+(?:[" + _LOWER + r"\-]+\s+)?"
    r"(claim|claims|assertion|argument|insistence|promise|pledge|vow|warning|suggestion"
    r"|accusation|charge|contention|prediction|boast)\s+(?:[^\W\d_]+\s+){0,3}?that\s"
)


_COORDINATION = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+|[;:]\s+")


def _last_clause_cues(masked: str, cues: list[_Cue], hi: int) -> list[_Cue]:
    """The cues of the last coordinated clause before ``hi``, when it has a speech verb.

    ("Cruz said he would make sand “glow,” and Trump vowed to “bomb them”": the
    second clause speaks for itself; "Doe said Smith lied, and that “…”" has no
    verb of its own, so Doe's cue still governs it.)
    """
    if len(cues) < 2:
        return cues
    last = None
    for m in _COORDINATION.finditer(masked, cues[0].end, hi):
        last = m
    if last is None or masked[last.end() : last.end() + 3].lower() in {"in ", "on ", "at "}:
        return cues
    tail = [c for c in cues if c.start >= last.end()]
    if any(
        not _is_participle_cue(c.text) and not _used_as_noun(masked, c.start, c.text) for c in tail
    ):
        return tail
    return cues


# "in Forbes’ words, “…”", "in his own words: “…”": the possessor speaks.
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+((?:[" + _UPPER + r"][^\s,]*\s+){0,3}[" + _UPPER + r"][^\s,]*?)"
    r"(?:['’]s?)?\s+(?:own\s+)?words\s*[,:]?\s*\Z"
)


def _after_object_noun(before: str) -> bool:
    """A participle cue right after a common noun: "issued a statement saying"."""
    words = before.rsplit(None, 2)
    if len(words) < 2:
        return False
    last = words[-1]
    return last[:1].islower() and last.isalpha() and _bare(words[-2]) not in PRONOUN_GENDER


_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:also|now|then|later|still|again|quickly|finally|even|just|never|often))+\Z"
)


def _intro_clause_end(masked: str, sent_lo: int, hi: int) -> int:
    """End of the last subordinate clause that introduces the main one.

    "When Rubio said …, a man yelled", also after a first clause: "Some booed,
    and when Rubio said …, a man yelled".  Only the 400 characters before
    ``hi`` are searched for a clause after a first one, so each call is short.
    """
    start = sent_lo
    while start < hi and masked[start].isspace():
        start += 1
    end = sent_lo
    m = _SUBORDINATE_WORD.match(masked, start, hi)
    if m is not None:
        comma = masked.find(",", m.end(), hi)
        if comma < 0:
            return sent_lo
        end = comma
    else:
        m = _INTRO_PREPOSITION.match(masked, start, hi)
        if m is not None:
            # The phrase ends at a comma that a clause follows ("… who tweeted, “…”" is
            # no phrase of its own).
            comma = masked.find(",", m.end(), min(hi, m.end() + 120))
            if comma >= 0 and masked[comma + 1 : hi].strip():
                end = comma
    for m in _SUBORDINATE_WORD.finditer(masked, max(start + 1, end, hi - 400), hi):
        before = masked[max(sent_lo, m.start() - 5) : m.start()]
        if not before.endswith((", ", " and ", " but ", " so ")):
            continue
        comma = masked.find(",", m.end(), hi)
        if comma < 0:
            break
        end = comma
    return end


# ``\b(?:[Ww]hen|[Aa]fter|…)\b``, written to start with a character class (the first
# letter, then a look-behind for the word start) so that ``re`` skips straight to candidates.
_SUBORDINATE_WORD = re.compile(
    r"[AaBbIiOoSsTtUuWw](?<!\w.)(?:(?<=[Ww])(?:hen(?:ever)?|hile)|(?<=[Aa])(?:fter|lthough)"
    r"|(?<=[Bb])(?:efore|ecause)|(?<=[Ii])f|(?<=[Tt])hough|(?<=[Ss])ince|(?<=[Oo])nce"
    r"|(?<=[Uu])ntil)\b"
)


# A prepositional phrase opening the sentence: "In a Facebook post after the
# speech, Doe wrote", "But at the rally, …" (its nouns are no cues).
_INTRO_PREPOSITION = re.compile(
    r"(?:(?:And|But|So|Yet|Still|Meanwhile|Then|Now),?\s+)?"
    r"(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Ff]rom|[Ff]or|[Uu]nder|[Aa]mid|[Tt]hroughout|[Ff]ollowing"
    r"|[Dd]espite|[Aa]mong|[Ii]nside|[Oo]ver|[Ww]ithin|[Tt]hrough)\s"
)


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|this|that|our|my|your|whose|no|any|every|each)"
    r"|['’]s)\s+(?:[" + _LOWER + r"]+\s+)?\Z"
)
_DETERMINER_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|this|that|our|my|your|whose|no|any|every|each)"
    r"|['’]s)\s+\Z"
)


def _used_as_noun(masked: str, pos: int, cue: str) -> bool:
    """A cue word after a determiner is a noun ("a telephone call", "the report").

    Past forms are never nouns ("the senator said"); with a word between the
    determiner and the cue, only a noun-like base form is ("a phone call").
    """
    if cue in _PAST_FORMS or " " in cue:
        return False
    if _DETERMINER_RIGHT_BEFORE.search(masked, max(0, pos - 30), pos) is not None:
        return True
    return (
        cue in _NOUNISH_BASE
        and _DETERMINER_BEFORE.search(masked, max(0, pos - 30), pos) is not None
    )


def _later(ctx: _Context, q: _Marked, sent_hi: int) -> _Found | None:
    """A cue later in the sentence: "“…” during the talks, he told the press."."""
    masked = ctx.masked
    hi = min(sent_hi, q.end + 400)
    for cm in ctx.cues_in(q.end, hi):
        cue = cm.text
        if cue in _PARTIAL_FORMS or _used_as_noun(masked, cm.start, cm.text):
            continue
        before = masked[max(q.end, cm.start - 200) : cm.start]
        if not before.rstrip():
            continue
        if cue in _CUE_FULL and before.rstrip().endswith(",") and not _is_participle_cue(cue):
            span = _subject_after(masked, cm.end, hi)
            if span is not None and masked[span[1] : span[1] + 1] in {",", ".", ""}:
                # "“…” if she loses by less, said Jane Doe, an analyst."
                return _Found(span, cue, "later")
        span = _subject_before(masked, q.end, cm.start)
        if span is None:
            continue
        lead = masked[max(q.end, span[0] - 3) : span[0]]
        if "," not in lead and "”" not in lead and '"' not in lead and "—" not in lead:
            continue
        tail = masked[cm.end : hi]
        if "“" in tail or ("that" in tail[:40] and _THAT.search(tail[:40])):
            continue
        return _Found(span, cue, "later")
    return None


_PARTIAL_FORMS = frozenset(f for v in PARTIAL_CUE_VERBS for f in verb_forms(v))


def _according_after(ctx: _Context, q: _Marked, sent_hi: int) -> _Found | None:
    """A source reporting the whole attribution: "“…,” Doe said, according to the Post."."""
    masked = ctx.masked
    hi = min(sent_hi, q.end + 200)
    if "ccording" not in masked[q.end : hi] or _BLANK in masked[q.end : hi]:
        return None
    for acc in _ACCORDING.finditer(masked, q.end, hi):
        if masked[max(q.end, acc.start() - 2) : acc.start()].strip() != ",":
            # Without a comma only right after the attribution: "Doe said in a
            # statement according to the Post".
            before = _PREV_WORD.search(masked, max(q.end, acc.start() - 30), acc.start())
            word = before.group(1).lower() if before is not None else ""
            if word not in _CUE_FULL and word not in SPEECH_NOUNS and word not in _MEDIUM_NOUNS:
                continue
        span = _subject_after(masked, acc.end(), hi)
        if span is not None:
            return _Found(span, _SPACES.sub(" ", acc["cue"].lower()), "after")
    return None


def _colon(ctx: _Context, q: _Marked, unit_index: int, sent_lo: int) -> _Found | None:
    """A quotation introduced by a colon: "Trump had a message for reporters: “…”"."""
    masked = ctx.masked
    left = masked[max(sent_lo, q.start - 400) : q.start].rstrip()
    if left.endswith(":"):
        clause_lo = sent_lo
        colon = max(sent_lo, q.start - 400) + len(left) - 1
        span = _name_before_colon(masked, sent_lo, colon) or _from_source(masked, sent_lo, colon)
        if span is not None:
            return _Found(span, ":", "colon")
        span = _first_subject(masked, clause_lo, q.start)
        if span is not None:
            return _Found(span, ":", "colon")
        return None
    if left.strip():
        return None
    # The quotation opens its sentence: look at the sentence (or paragraph) before.
    unit = ctx.units[unit_index]
    if sent_lo > unit.start:
        prev_lo, _ = ctx.sentence(unit_index, sent_lo - 1)
        prev_text = masked[prev_lo:sent_lo].rstrip()
    elif unit_index > 0 and unit.paragraph is not None:
        prev_unit = ctx.units[unit_index - 1]
        prev_lo, _ = ctx.sentence(unit_index - 1, prev_unit.end - 1)
        prev_text = masked[prev_lo : prev_unit.end].rstrip()
    else:
        return None
    if not prev_text.endswith(":"):
        return None
    end = prev_lo + len(prev_text)
    prev_unit_index = unit_index if sent_lo > unit.start else unit_index - 1
    for cm in reversed(_scan_cues(masked, ctx.units[prev_unit_index], prev_lo, end)):
        span = _subject_before(masked, _clause_start(masked, prev_lo, cm.start), cm.start)
        if span is not None:
            return _Found(span, cm.text, "colon")
    span = _first_subject(masked, prev_lo, end)
    if span is not None:
        return _Found(span, ":", "colon")
    return None


_COLON_NAME = re.compile(
    r"(?:(?<=\s)|\A)(" + _CAP_WORD + r"(?:\s+(?:" + _CAP_WORD + r"))*)(?:\s*\([^()]{1,20}\))?\s*\Z"
)
_NOT_BEFORE_COLON_NAME = _words(
    "of for to with at from in on by and or as like than about against into onto over under "
    "between among toward towards via per visit visited"
)


def _name_before_colon(masked: str, sent_lo: int, colon: int) -> tuple[int, int] | None:
    """A person's name ending right before a colon that opens the quotation.

    ("Republican pollster Daron Shaw: “…”", "— Jane Doe: “…”", "explained the
    moderator Jane Doe: “…”".)  A name after a preposition is not a speaker
    ("Clinton said of Donald Trump: “…”").
    """
    lo = max(sent_lo, colon - 80)
    m = _COLON_NAME.search(masked, lo, colon)
    if m is None:
        return None
    run = m.group(1)
    parsed = _parse_run(run)
    if parsed is None:
        return None
    before = masked[max(sent_lo, m.start() - 40) : m.start()].rstrip()
    dash = not before or before.endswith(("-", "—", "–"))
    if not dash:
        prev = before.rsplit(None, 1)[-1]
        low = prev.lower()
        if (
            not prev[:1].islower()
            or low in _NOT_BEFORE_COLON_NAME
            or low in _DETERMINERS
            or len(parsed.words) + len(parsed.titles) < 2
        ):
            return None
    return m.start(1), m.start(1) + len(run)


_FROM_SOURCE = re.compile(
    r"\s*(?:[Aa]nd\s+)?[Ff]rom\s+((?:the|a|an|his|her|their|its)\s+[^,:]{1,60})\Z"
)


def _from_source(masked: str, sent_lo: int, colon: int) -> tuple[int, int] | None:
    """A sentence "From the report:" before the quotation: the report speaks."""
    m = _FROM_SOURCE.match(masked, sent_lo, colon)
    if m is None or m.group(1).split()[-1].lower() not in DOCUMENT_NOUNS | SPEECH_NOUNS:
        return None
    return m.span(1)


_LEAD_CONNECTIVES = _CONNECTIVES | _words("instead again")


def _opens_sentence(masked: str, sent_lo: int, pos: int) -> bool:
    """Nothing but a connective before ``pos`` in its sentence ("Instead, “…”")."""
    if pos - sent_lo > 40:
        return not masked[sent_lo:pos].strip(" ([—–-")
    lead = masked[sent_lo:pos].strip(" ([—–-")
    if not lead:
        return True
    word = lead.rstrip(",").lower()
    return " " not in word and word in _LEAD_CONNECTIVES


def _previous_sentence(ctx: _Context, q: _Marked, sent_lo: int, after: int) -> _Found | None:
    """A quotation opening its sentence after a sentence of reported speech.

    ("Jane Doe agreed. “We are running out of time.”", "Doe said the talks
    had failed. “Nobody wanted a deal.”")  The sentence before (in the same
    paragraph, or ending the one before) must hold no quotation and start
    after ``after``, the end of the last quotation; its outermost cue's subject
    speaks.
    """
    masked = ctx.masked
    unit = ctx.units[q.unit]
    if sent_lo > unit.start:
        prev_unit = unit
        prev_lo, _ = ctx.sentence(q.unit, sent_lo - 1)
        end = sent_lo
    elif q.unit > 0 and unit.paragraph is not None and ctx.units[q.unit - 1].paragraph is not None:
        prev_unit = ctx.units[q.unit - 1]
        prev_lo, _ = ctx.sentence(q.unit - 1, prev_unit.end - 1)
        end = prev_unit.end
    else:
        return None
    if end - prev_lo > 1000:
        return None
    text = masked[prev_lo:end].rstrip()
    if prev_lo < after or _BLANK in text or not text.endswith("."):
        return None
    end = prev_lo + len(text)
    for cm in _scan_cues(masked, prev_unit, prev_lo, end):
        if _used_as_noun(masked, cm.start, cm.text) or (
            cm.text not in _CUE_FULL and _is_participle_cue(cm.text)
        ):
            continue
        clause_lo = _clause_start(masked, prev_lo, cm.start)
        if not masked[clause_lo : cm.start].strip():
            continue
        span = _subject_before(masked, clause_lo, cm.start)
        if span is not None:
            return _Found(span, cm.text, "previous")
        return None
    return None


def _heading(ctx: _Context, q: _Marked) -> _Found | None:
    """A digest item: an all-capitals heading, then the quotation it introduces.

    ("HOW CHINA’S SLOWDOWN AFFECTS THE WORLD “China’s economic slowdown …”")
    """
    unit = ctx.units[q.unit]
    if q.start - unit.start > 160:
        return None
    lead = ctx.masked[unit.start : q.start]
    text = lead.strip(" :—–-")
    words = text.split()
    if len(words) < 2 or not text.isupper() or len(text) > 120:
        return None
    start = unit.start + (len(lead) - len(lead.lstrip()))
    return _Found((start, start + len(text)), None, "heading")


def _sentence_subject(ctx: _Context, q: _Marked, sent_lo: int) -> _Found | None:
    """A quoted phrase inside a sentence with no cue: the sentence's person subject, if any.

    ("Sanders hit back at Clinton’s “judgment”" — words in quotes inside a
    sentence about a person are that person's words.)
    """
    masked = ctx.masked
    if not masked[sent_lo : q.start].strip():
        return None
    inner = ctx.source[q.start + 1 : q.end - 1].split()
    if len(inner) <= 3 and _DETERMINER_BEFORE.search(masked, max(0, q.start - 30), q.start):
        return None  # a term in scare quotes: "in favor of a “Libya model”"
    span = _first_subject(masked, sent_lo, q.start)
    if span is None:
        return None
    words = ctx.source[span[0] : span[1]].split()
    low = words[0].lower()
    if len(words) == 1 and low in {"he", "she", "they"}:
        return _Found(span, None, "subject")
    if all(w[0].isupper() for w in words) and low not in CLAUSE_STARTS and len(words) <= 4:
        return _Found(span, None, "subject")
    if low in CLAUSE_STARTS and low not in APPOSITIVE_STARTS:
        return None
    last = _bare(words[-1])
    titled = any(_bare(w) in TITLES for w in words[:-1])
    if (titled and words[-1][0].isupper() and last not in NOT_PERSON_WORDS) or (
        len(words) >= 2 and words[-2].endswith(("’s", "'s")) and last in GROUP_NOUNS
    ):
        return _Found(span, None, "subject")
    return None


def _mention_head(source: str, span: tuple[int, int]) -> str:
    words = _WORD_CHARS.findall(source, span[0], span[1])
    return words[-1].lower() if words else ""


# ---------------------------------------------------------------- 4. speakers


def _clean_name(words: list[str]) -> list[str]:
    """Drop titles before a name: "Secretary of State Mike Pompeo" → Mike Pompeo."""
    last_title = -1
    for k, word in enumerate(words):
        if word.lower() in TITLES or word.lower().rstrip(".") in TITLES:
            last_title = k
    rest = words[last_title + 1 :]
    if not rest:
        rest = [w for w in words if w.lower() not in TITLES and w.lower().rstrip(".") not in TITLES]
    return rest


def _gender_of_name(words: list[str], titles: list[str]) -> str:
    for t in titles:
        low = t.lower().rstrip(".")
        if low in {"mr", "sir", "lord", "king", "prince", "father", "congressman"}:
            return "m"
        if low in {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman"}:
            return "f"
    if words:
        first = words[0].lower()
        if first in FEMALE_NAMES:
            return "f"
        if first in MALE_NAMES:
            return "m"
    return ""


@attrs.frozen
class _People:
    """People named in the document, in order, with what is known of them."""

    mentions: tuple[_Person, ...]
    positions: tuple[int, ...]
    full_by_last: dict[str, str]
    full_by_first: dict[str, str]
    gender: dict[str, str]

    def canonical(self, words: list[str]) -> str:
        if len(words) == 1:
            key = words[0].lower()
            return self.full_by_last.get(key) or self.full_by_first.get(key) or words[0]
        name = " ".join(words)
        return self.full_by_last.get(name.lower(), name)


class _Run(NamedTuple):
    """A run of capitalised words read as a name: its words, titles and gender."""

    words: tuple[str, ...]
    titles: tuple[str, ...]
    first: str  # lower-case first and last name words
    last: str
    gender: str


@functools.lru_cache(maxsize=1 << 15)
def _parse_run(run: str) -> _Run | None:
    """A run of capitalised words as a name, or None if it does not name a person."""
    words = run.split()
    if words[-1].endswith(".") and not _is_abbrev_word(words[-1]):
        words[-1] = words[-1].rstrip(".")
    if "s" in run and ("’s" in run or "'s" in run):
        words = [w.removesuffix("’s").removesuffix("'s") for w in words]
    lows = [w.lower() for w in words]
    lead = 0
    while lead < len(words) - 1 and lows[lead] in CLAUSE_STARTS:
        lead += 1
    if lead:
        words, lows = words[lead:], lows[lead:]
    if len(words) == 1 and lows[0] in CLAUSE_STARTS:
        return None
    last_title = -1
    for k, low in enumerate(lows):
        if low in TITLES or (low.endswith(".") and low.rstrip(".") in TITLES):
            last_title = k
    if last_title + 1 < len(words):
        name_words, titles = words[last_title + 1 :], words[: last_title + 1]
        name_lows = lows[last_title + 1 :]
    else:
        name_words = _clean_name(words)
        titles = words[: len(words) - len(name_words)]
        name_lows = [w.lower() for w in name_words]
    if not name_words or not NOT_PERSON_WORDS.isdisjoint(name_lows):
        return None
    return _Run(
        words=tuple(name_words),
        titles=tuple(titles),
        first=name_lows[0],
        last=name_lows[-1],
        gender=_gender_of_name(name_words, titles),
    )


def _index_people(
    masked: str, units: Sequence[_Unit], starts: Sequence[Sequence[int]], limit: int
) -> _People:
    """Every mention of a person before ``limit``, in one pass over the capitalised runs.

    Past ``limit`` (beyond the last quotation's attribution window) no name
    can speak a quotation or resolve one, so the rest is not scanned.
    """
    mentions: list[_Person] = []
    positions: list[int] = []
    full_by_last: dict[str, str] = {}
    full_by_first: dict[str, str] = {}
    gender: dict[str, str] = {}
    known: set[str] = set()
    lows: dict[str, str] = {}
    sentence_base = 0
    for u, unit in enumerate(units):
        if unit.start >= limit:
            break
        sent_starts = starts[u]
        k = 0  # sentence of the current run (runs come in order)
        subject_sentence = -1  # the last sentence whose subject is known
        for m in _NAME_RUN.finditer(masked, unit.start, min(unit.end, limit)):
            run = m.group()
            pos = m.start()
            if " " not in run:
                low = lows.get(run)
                if low is None:
                    low = lows[run] = run.rstrip(".").lower().removesuffix("’s").removesuffix("'s")
                if low not in known or low in {"he", "she"}:
                    if low in {"he", "she"}:
                        # A sentence opening with "He"/"She" continues a chain: resolve it now.
                        k = bisect.bisect_right(sent_starts, pos) - 1
                        if sent_starts[k] == pos:
                            want = PRONOUN_GENDER[low]
                            name = _resolve_in(mentions, positions, gender, pos, want)
                            if name is not None:
                                gender.setdefault(name, want)
                                mentions.append(_Person(name, pos, True, sentence_base + k))  # noqa: FBT003
                                positions.append(pos)
                    continue
            parsed = _parse_run(run)
            if parsed is None:
                continue
            if (
                not parsed.titles
                and pos - 4 >= unit.start
                and masked[pos - 4 : pos].lower() == "the "
            ):
                continue
            name_words = parsed.words
            if len(name_words) >= 2:
                full = " ".join(name_words)
                full_by_last.setdefault(parsed.last, full)
                full_by_first.setdefault(parsed.first, full)
                known.add(parsed.last)
                known.add(parsed.first)
                name = full_by_last.get(parsed.last, full)
                if parsed.first != name.split(" ", 1)[0].lower():
                    name = full
            elif parsed.titles or parsed.first in known:
                name = full_by_last.get(parsed.first) or full_by_first.get(
                    parsed.first, name_words[0]
                )
                known.add(parsed.first)
            else:
                continue
            if parsed.gender and name not in gender:
                gender[name] = parsed.gender
            k = bisect.bisect_right(sent_starts, pos, k) - 1
            subject = k != subject_sentence and _subject_position(masked, sent_starts[k], pos)
            if subject:
                subject_sentence = k
            mentions.append(_Person(name, pos, subject, sentence_base + k))
            positions.append(pos)
        sentence_base += len(sent_starts)
    return _People(
        mentions=tuple(mentions),
        positions=tuple(positions),
        full_by_last=full_by_last,
        full_by_first=full_by_first,
        gender=gender,
    )


def _resolve_in(
    mentions: Sequence[_Person],
    positions: Sequence[int],
    gender: dict[str, str],
    pos: int,
    want: str,
) -> str | None:
    """The most salient earlier person of gender ``want`` ("" for any)."""
    k = bisect.bisect_left(positions, pos)
    # Sentence by sentence, back from the pronoun: the subject first, then the others.
    sentences = 0
    i = k - 1
    while i >= 0 and sentences < 10:
        sentence = mentions[i].sentence
        if pos - mentions[i].start > 4000:
            break
        j = i
        while j >= 0 and mentions[j].sentence == sentence:
            j -= 1
        group = mentions[j + 1 : i + 1]
        for subject_pass in (True, False):
            for person in reversed(group):
                if person.subject != subject_pass:
                    continue
                known = gender.get(person.name, "")
                if want and known and known != want:
                    continue
                return person.name
        sentences += 1
        i = j
    return None


def _subject_position(masked: str, sent_lo: int, pos: int) -> bool:
    """A name near the start of its sentence, or right after an introductory phrase."""
    prefix = masked[sent_lo:pos]
    head = prefix.split(None, 1)
    if not head:
        return True
    first = head[0].lower()
    rest = prefix
    if first in CLAUSE_STARTS or first.endswith("ing"):
        if first in {"but", "and", "so", "still", "yet", "meanwhile", "now", "then"}:
            rest = head[1] if len(head) > 1 else ""
        elif "," in prefix:
            rest = prefix.rsplit(",", 1)[1]
        else:
            return False
    # Word by word, stopping at the first that is not a title or a capital: a
    # long prefix is only split in full when it is all names and titles.
    words = rest.split(None, 6)
    if len(words) > 6:
        if not all(_subject_prefix_word(w) for w in words[:6]):
            return False  # the usual case: the rest of a long prefix is never split
        words = words[6].split()
    return all(_subject_prefix_word(w) for w in words)


def _subject_prefix_word(word: str) -> bool:
    low = word.lower()
    return low in TITLES or low in {"of", "the", "former", "a"} or word[:1].isupper()


def _resolve_pronoun(
    people: _People, pos: int, gender: str, resolved: dict[str, str]
) -> str | None:
    return _resolve_in(people.mentions, people.positions, resolved, pos, gender)


def _speaker_name(
    source: str, span: tuple[int, int], people: _People, resolved: dict[str, str]
) -> str | None:
    text = source[span[0] : span[1]]
    low = text.lower()
    if low in PRONOUN_GENDER:
        if low in {"i", "we", "you", "it", "they"}:
            return None
        if low == "who":
            return _resolve_pronoun(people, span[0], "", resolved)
        name = _resolve_pronoun(people, span[0], PRONOUN_GENDER[low], resolved)
        if name and PRONOUN_GENDER[low] and name not in resolved:
            resolved[name] = PRONOUN_GENDER[low]
        return name
    possessor = _POSSESSOR_SPEECH.match(text)
    if possessor is not None:
        # "Doe’s succinct reply", "the Post’s report": the possessor speaks.
        return _speaker_name(source, (span[0], span[0] + possessor.end(1)), people, resolved)
    pieces = [piece.strip() for piece in _PARENS.sub(" ", text).split(",") if piece.strip()]
    if not pieces:
        return text
    chosen = pieces[0]
    for piece in pieces:
        words = piece.split()
        caps = sum(1 for w in words if w[0].isupper())
        if (
            words[0][0].isupper()
            and words[0].lower() not in APPOSITIVE_STARTS
            and not any(w.endswith(("’s", "'s", "’", "'")) for w in words)
            and caps * 2 >= len(_PP_OR_COMMA.split(piece, maxsplit=1)[0].split())
        ) or (
            # "the introducer, actress Jane Doe": a role word, then the name.
            piece is not pieces[0]
            and 3 <= len(words) <= 5
            and words[0][0].islower()
            and all(w[0].isupper() for w in words[-2:])
            and _role_prefix([w for w in words if w[0].islower()])
            and not any(w.endswith(("’s", "'s", "’", "'")) for w in words)
        ):
            chosen = piece
            break
    text = chosen
    core = _description_core(_PP_OR_COMMA.split(chosen, maxsplit=1)[0])
    if core != chosen.strip() and (
        not any(w[:1].isupper() for w in core.split()[1:])
        or (core[:1].islower() and not any(w[:1].isupper() for w in text[len(core) :].split()))
    ):
        # A description with its modifiers: "a person close to the Clintons".
        text = core
    parts = _AND.split(core)
    names: list[str] = []
    for part in parts:
        words = part.split()
        if not words:
            continue
        cap_tail: list[str] = []
        for w in reversed(words):
            if w[0].isupper() or w.lower() in NAME_PARTICLES:
                cap_tail.insert(0, w)
            else:
                break
        if not cap_tail or cap_tail[-1].endswith(("’s", "'s")):
            return text
        owner = [k for k, w in enumerate(cap_tail) if w.endswith(("’s", "'s", "s’", "s'"))]
        if owner:
            # "Iowa State University’s Dianne Bystrom": the name after the owner.
            words = cap_tail = cap_tail[owner[-1] + 1 :]
        name_words = _clean_name(cap_tail)
        if not name_words or any(w.lower() in NOT_PERSON_WORDS for w in name_words):
            return text
        if (
            len(cap_tail) < len(words)
            and words[0].lower() not in APPOSITIVE_STARTS
            and not _role_prefix(words[: len(words) - len(cap_tail)])
        ):
            return text
        names.append(people.canonical(name_words))
    return " and ".join(names) if names else text


_POSSESSOR_SPEECH = re.compile(
    r"((?:the\s+)?(?:[" + _UPPER + r"][^\s’']*\s+){0,3}[" + _UPPER + r"][^\s’']*)['’]s?"
    r"\s+(?:["
    + _LOWER
    + r"\-]+\s+){0,2}(?:"
    + "|".join(sorted(SPEECH_NOUNS | DOCUMENT_NOUNS, key=len, reverse=True))
    + r")\Z"
)


_POST_MODIFIERS = _words(
    "of at from for with in on to by close closer near familiar involved who which that "
    "whose inside outside within across through"
)


def _description_core(text: str) -> str:
    """A noun phrase without its post-modifiers: prepositional phrases, participles.

    "one Republican involved in the planning" → "one Republican", "Protesters
    marching through the streets" → "Protesters".
    """
    words = text.split()
    for i in range(1, len(words)):
        word = words[i]
        low = word.lower()
        if not word[:1].islower():
            continue
        prev = words[i - 1].lower()
        if low in _POST_MODIFIERS or (
            low.endswith(("ing", "ed"))
            and len(low) > 4
            and prev not in _DETERMINERS
            and prev not in _QUANTIFIERS
            and not prev.endswith("ly")
        ):
            return " ".join(words[:i])
    return text


_QUANTIFIERS = _words("one two three some many several few most all other another each no")


def _role_prefix(words: list[str]) -> bool:
    """Words before a name that only describe the role: "presidential candidate"."""
    return len(words) <= 4 and not any(
        w.lower() in _PREPOSITIONS or w.endswith(("’s", "'s", "’", "'")) or w.lower() in STOP_WORDS
        for w in words
    )


_PREPOSITIONS = _words("of for to with at from in on by and or")


# ---------------------------------------------------------------- not speech


def _other_kind(ctx: _Context, q: _Marked, found: _Found | None, sent_lo: int) -> str | None:
    source, masked = ctx.source, ctx.masked
    inner = source[q.start + 1 : q.end - 1]
    # Only counts up to 10 matter: a long quotation is not split in full.
    words = inner.split(None, 11)
    prev = masked[max(0, q.start - 40) : q.start]
    nxt = masked[q.end : q.end + 3]
    # Nickname inside a name: Dwayne “The Rock” Johnson.
    pm = _CAP_WORD_END.search(prev)
    if (
        pm is not None
        and nxt[:1] == " "
        and nxt[1:2].isupper()
        and pm.start(1) + max(0, q.start - 40) >= sent_lo
    ):
        word_before = pm.group(1)
        if word_before.lower() not in CLAUSE_STARTS and len(words) <= 4:
            return "nickname"
    # Title of a work: the book “Fire and Fury”.
    pw = _WORD_CHARS.findall(prev[-30:])
    if pw and any(w.lower() in WORK_NOUNS for w in pw[-3:]) and len(words) <= 10:
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) * 2 >= len(words):
            return "title"
    if prev.rstrip().lower().endswith(("so-called", "so called")) and len(words) <= 4:
        return "scare"
    if found is not None:
        if found.mention is not None and _mention_head(source, found.mention) in NON_SPEAKER_NOUNS:
            return "sign"
        return None
    if len(words) <= 4:
        return "scare"
    return None


# ---------------------------------------------------------------- main


def _units(
    paragraphs: Sequence[Paragraph], title: Span | None, dek: Span | None
) -> tuple[_Unit, ...]:
    units = [_Unit(p.start, p.end, i) for i, p in enumerate(paragraphs)]
    units.extend(_Unit(head.start, head.end, None) for head in (title, dek) if head is not None)
    units.sort(key=lambda u: (u.start, u.end))
    return tuple(units)


def _cue_regions(
    units: Sequence[_Unit], starts: Sequence[Sequence[int]], marked: Sequence[_Marked]
) -> list[tuple[int, int, int]]:
    """Where the quotations look for cues: (unit, start, end), before and after each."""
    regions: list[tuple[int, int, int]] = []
    for q in marked:
        last = units[q.last_unit]
        k = bisect.bisect_right(starts[q.unit], q.start) - 1
        regions.append((q.unit, max(starts[q.unit][max(k, 0)], q.start - 400), q.start))
        # After: the attribution window (150) or the rest of the sentence (up to 400).
        k = bisect.bisect_right(starts[q.last_unit], q.end - 1) - 1
        sent_hi = starts[q.last_unit][k + 1] if k + 1 < len(starts[q.last_unit]) else last.end
        hi = min(last.end, max(q.end + 150, min(sent_hi, q.end + 400)))
        regions.append((q.last_unit, min(q.end, last.end), hi))
    return regions


def extract_quotes(
    source: str,
    paragraphs: tuple[Paragraph, ...],
    title: Span | None = None,
    dek: Span | None = None,
) -> tuple[tuple[Quote, ...], tuple[Span, ...]]:
    """Return (speech quotes, other quoted spans) found in the title, dek and paragraphs."""
    units = _units(paragraphs, title, dek)
    marked = _pair_marks(source, units)
    if not marked:
        return (), ()
    masked = _mask(source, marked)
    limit = max(q.end for q in marked) + _PEOPLE_MARGIN
    # Past ``limit`` nothing reads a unit's sentences: each is one sentence.
    starts = tuple(
        tuple(_sentence_starts(masked, u)) if u.start < limit else (u.start,) for u in units
    )
    cues = _document_cues(masked, units, _cue_regions(units, starts, marked))
    ctx = _Context(
        source=source,
        masked=masked,
        units=units,
        starts=starts,
        cues=cues,
        cue_starts=tuple(c.start for c in cues),
    )
    people = _index_people(masked, units, starts, limit)
    resolved_gender: dict[str, str] = dict(people.gender)

    quotes: list[Quote] = []
    other: list[Span] = []
    last_in_unit: dict[int, tuple[Quote, int]] = {}
    for q in marked:
        unit = units[q.unit]
        nxt = masked[q.end : q.end + 1]
        if nxt == "と" or "\uac00" <= nxt <= "\ud7a3":
            cjk = cjk_attribution(masked, unit.start, q.start, q.end)
            if cjk is not None:
                quote = _cjk_quote(source, q, unit, cjk, last_in_unit)
                quotes.append(quote)
                last_in_unit[q.last_unit] = (quote, q.end)
                continue
        if (
            is_cjk(source, q.start + 1, min(q.end - 1, q.start + 9))
            and (is_cjk(source, max(unit.start, q.start - 2), q.start) or is_cjk(nxt, 0, 1))
            and not (q.start <= unit.start and q.end >= unit.end - 1)
        ):
            # Japanese and Korean put a cue after every quotation of speech; without
            # one it names something (映画「七人の侍」), unless it is the whole paragraph.
            # (Set in an English sentence, it goes the English way: Tanaka said: “…”.)
            other.append(Span(text=source[q.start : q.end], start=q.start, end=q.end))
            continue
        sent_lo, sent_hi = ctx.sentence(q.unit, q.start)
        if q.end > sent_hi:
            sent_hi = ctx.sentence(q.unit, q.end - 1)[1] if q.end <= unit.end else unit.end
        found = (
            _after(ctx, q, unit.end if q.end <= unit.end else q.end + 200)
            or _before(ctx, q, sent_lo)
            or _later(ctx, q, sent_hi)
            or _colon(ctx, q, q.unit, sent_lo)
            or _heading(ctx, q)
            or _sentence_subject(ctx, q, sent_lo)
        )
        if found is not None and found.cue != "according to":
            found = _according_after(ctx, q, sent_hi) or found
        inherited: Quote | None = None
        prev_here = last_in_unit.get(q.unit)
        if found is None and prev_here is not None and prev_here[1] > sent_lo:
            if prev_here[0].speaker is not None or prev_here[0].speaker_mention:
                inherited = prev_here[0]
        elif found is None and _opens_sentence(masked, sent_lo, q.start):
            prev = last_in_unit.get(q.unit)
            if prev is None and q.unit > 0 and q.start - unit.start < 3:
                before = last_in_unit.get(q.unit - 1)
                if before is not None and unit.paragraph is not None:
                    prev = before
            fresh = _previous_sentence(ctx, q, sent_lo, prev[1] if prev is not None else -1)
            if fresh is not None:
                found = fresh
            elif prev is not None and (prev[0].speaker is not None or prev[0].speaker_mention):
                inherited = prev[0]
        kind = _other_kind(
            ctx, q, found if found is not None or inherited is None else _INHERIT, sent_lo
        )
        if kind is not None:
            other.append(Span(text=source[q.start : q.end], start=q.start, end=q.end))
            continue
        if inherited is not None:
            quote = Quote(
                text=source[q.start + 1 : q.end - 1].strip(),
                start=q.start,
                end=q.end,
                speaker=inherited.speaker,
                speaker_mention=inherited.speaker_mention,
                cue=inherited.cue,
                paragraph=unit.paragraph,
            )
        elif found is not None and found.mention is not None:
            span = found.mention
            quote = Quote(
                text=source[q.start + 1 : q.end - 1].strip(),
                start=q.start,
                end=q.end,
                speaker=_speaker_name(source, span, people, resolved_gender),
                speaker_mention=Span(text=source[span[0] : span[1]], start=span[0], end=span[1]),
                cue=found.cue,
                paragraph=unit.paragraph,
            )
        else:
            quote = Quote(
                text=source[q.start + 1 : q.end - 1].strip(),
                start=q.start,
                end=q.end,
                paragraph=unit.paragraph,
            )
        quotes.append(quote)
        last_in_unit[q.last_unit] = (quote, q.end)
    return tuple(quotes), tuple(other)


def _cjk_quote(
    source: str,
    q: _Marked,
    unit: _Unit,
    cjk: CjkAttribution,
    last_in_unit: dict[int, tuple[Quote, int]],
) -> Quote:
    """A Japanese or Korean quotation with its cue; a sentence without a subject goes on
    with the speaker of the quotation before it in the paragraph or the one before."""
    speaker, mention = cjk.speaker, None
    if cjk.mention is not None:
        a, b = cjk.mention
        mention = Span(text=source[a:b], start=a, end=b)
    else:
        prev = last_in_unit.get(q.unit) or last_in_unit.get(q.unit - 1)
        if prev is not None and prev[0].speaker is not None:
            speaker, mention = prev[0].speaker, prev[0].speaker_mention
    return Quote(
        text=source[q.start + 1 : q.end - 1].strip(),
        start=q.start,
        end=q.end,
        speaker=speaker,
        speaker_mention=mention,
        cue=cjk.cue,
        paragraph=unit.paragraph,
    )


_INHERIT = _Found(None, None, "continued")
# How far past the last quotation names are indexed: its attribution windows
# reach 400 characters, and a full name shortly after a short one still counts.
_PEOPLE_MARGIN = 1000
