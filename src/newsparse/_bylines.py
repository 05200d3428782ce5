"""Byline detection and parsing: ``By JANE DOE and John Smith, Associated Press``.

A byline is read in four steps, each a small pure function:

1. :func:`_clean` drops markup, links, e-mail addresses, @handles and symbols.
2. :func:`_sections` cuts the line at credit cues ("By", "Written by", "Von",
   "Photographs by"…); photo and video credits are set aside.
3. :func:`_tokens` and :func:`_chunks` split a section into words and the
   separators between them (commas, "and", "|", dashes, brackets), undoing
   words glued together by careless text extraction (``Pete EvansSenior Writer``).
4. :func:`_read_chunk` labels the words of each chunk (name, role, credential,
   outlet, place, date, page furniture) and :func:`_assemble` turns the labels
   into :class:`Author` values, attaching roles and affiliations to the names
   they follow.

The word lists live in :mod:`newsparse._byline_lexicon`.
"""

from __future__ import annotations

import functools
import html
from typing import NamedTuple

import regex

from newsparse import _byline_lexicon as lex
from newsparse._errors import InputTypeError
from newsparse._model import Author, Byline

__all__ = ["is_by_line", "looks_like_byline", "parse_byline"]

#: Only the start of a (very long) string is read; a byline is short.
_MAX_CHARS = 1000
#: At most this many authors are reported for one byline.
_MAX_AUTHORS = 40
#: A person's name has at most this many words.
_MAX_NAME_WORDS = 6

_V1 = regex.VERSION1


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases)


# --- step 1: cleaning --------------------------------------------------------

_TAG = regex.compile(r"<[^<>]{0,300}>")
_URL = regex.compile(r"(?:https?://|www\.)\S{1,300}", regex.IGNORECASE)
_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_HANDLE = regex.compile(r"(?<![\w@])@\w{1,50}")
_UNDERSCORE = regex.compile(r"(?<=\p{L})_(?=\p{L})")
_SYMBOLS = regex.compile(r"[\p{So}\p{Co}\p{Cf}\p{Cs}\p{Cc}×]")
# A nickname in quotes between a first name and a surname: ``Jenny "The Author" Smith``.
_NICKNAME = regex.compile(
    r"(?<=\p{Lu}[\p{Ll}\p{M}.]{0,30})\s+[\"“„'‘][^\"“”„'‘’\n]{1,30}[\"”“'’]\s+(?=\p{Lu}\p{Ll})", _V1
)
_FURNITURE = regex.compile(
    r"(?<!\p{L})(?i:" + _alternation(lex.FURNITURE_PHRASES) + r")(?![\p{L}:])", _V1
)


def _clean(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    text = _TAG.sub(" ", text)
    text = _URL.sub(" | ", text)
    text = _EMAIL.sub(" | ", text)
    text = _HANDLE.sub(" | ", text)
    text = _UNDERSCORE.sub(" ", text)
    text = _FURNITURE.sub(" | ", text)
    if '"' in text or "“" in text or "„" in text or "'" in text or "‘" in text:
        text = _NICKNAME.sub(" ", text)
    return _SYMBOLS.sub(" ", text)


# --- step 2: cue sections ----------------------------------------------------

_WRITER_CUES = frozenset(lex.WRITER_CUES)
_PHOTO_CUES = frozenset(lex.PHOTO_CUES)
_EDITOR_CUES = frozenset(lex.EDITOR_CUES)
_CUE = regex.compile(
    r"(?<![\p{L}'’.-])(?P<cue>(?i:"
    + _alternation(tuple(sorted(_WRITER_CUES | _PHOTO_CUES | _EDITOR_CUES, key=lambda s: -len(s))))
    + r"))(?:(?P<colon>[ \t]{0,3}[:：])[ \t]*|\s+|(?=\p{Lu}[\p{Ll}.])|(?=\p{Lo}))",
    _V1,
)
_NAME_AHEAD = regex.compile(r"\s*(?:der\s+|dem\s+)?\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}")
_LEAD_JUNK = regex.compile(r"[\W\d_]{0,40}")
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}.])\p{Lu}\.\s*$", _V1)


class _Section(NamedTuple):
    kind: str  # "lead" (before any cue), "writer", "editor" or "photo"
    text: str


def _cue_kind(phrase: str) -> str:
    key = " ".join(phrase.lower().split())
    if key in _PHOTO_CUES:
        return "photo"
    if key in _EDITOR_CUES:
        return "editor"
    return "writer"


def _valid_cue(text: str, m: regex.Match[str]) -> bool:
    key = " ".join(m["cue"].lower().split())
    at_start = _LEAD_JUNK.fullmatch(text, 0, m.start()) is not None
    rest = text[m.end() :]
    if not any(ch.isalpha() for ch in rest[:40]):
        return False
    if key in lex.LEADING_CUES or (key in _PHOTO_CUES and " " not in key):
        return at_start or m["colon"] is not None
    if key in {"von", "de", "di", "da"} and not at_start:
        # "Kolumne von Carla Siepmann", but "Ludwig von Mises" and "Daniel D. Von Hoff" are names.
        if _INITIAL_BEFORE.search(text, 0, m.start()):
            return False
        return m["cue"][0].isupper() or _NAME_AHEAD.match(rest) is not None
    return True


def _sections(text: str) -> list[_Section]:
    sections: list[_Section] = []
    kind, pos = "lead", 0
    for m in _CUE.finditer(text):
        if m.start() < pos or not _valid_cue(text, m):
            continue
        sections.append(_Section(kind, text[pos : m.start()]))
        kind, pos = _cue_kind(m["cue"]), m.end()
    sections.append(_Section(kind, text[pos:]))
    return [s for s in sections if s.text.strip()]


# --- step 3: tokens and chunks -----------------------------------------------

_TOKEN = regex.compile(
    r"""(?P<word>[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]{0,80})
      | (?P<sep>//|[-–—]{1,3}|[,;|/•·:()\[\]{}«»"“”„!?+*#=>…\\]|\.)
      | (?P<space>\s+)
      | (?P<other>.)""",
    regex.VERBOSE | _V1,
)
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=By$)")
_LETTER_DIGIT = regex.compile(r"(?<=\p{L}{2})(?=\d)|(?<=\d)(?=\p{Lu}\p{Ll})")
_CAPS_MONTH = regex.compile(
    r"(\p{Lu}{2,40}?)(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)", _V1
)
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,4}|\p{Lu}\.?-\p{Lu}\.?|\p{Lu}", _V1)
_DOMAIN = regex.compile(r"\.\p{Ll}{2,}", _V1)
_INNER_NAME = regex.compile(r"(?:al|el|d|l|di|da|de|ibn|bin|ben)['’-]\p{Lu}", _V1)
_ABBREVIATIONS = lex.HONORIFICS | lex.NAME_SUFFIXES | frozenset({"st.", "ste.", "co."})


class _Tok(NamedTuple):
    kind: str  # "word", "sep" or "conj"
    text: str


def _is_upper(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_name_word(word: str) -> bool:
    first = word[0]
    if any(ch.isdigit() for ch in word) or _DOMAIN.search(word):
        return False
    if first.isupper():
        return True
    if first.isalpha() and not first.islower():
        return True  # a script without case: Han, Arabic, Hebrew, Thai…
    return _INNER_NAME.match(word) is not None


def _glue_word(part: str) -> bool:
    low = part.lower()
    if low in lex.AMBIGUOUS_DATE_WORDS:
        return False
    return (
        low in lex.GLUE_WORDS
        or low in lex.ROLE_HEADS
        or low in lex.DATE_WORDS
        or low.endswith(lex.ROLE_HEAD_SUFFIXES)
    )


_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")  # the head of a capitalised word


def _split_glued(word: str, prev: str | None, run: int, nxt: str) -> list[str]:
    """Undo words glued by text extraction: ``EvansSenior``, ``Brazil0``, ``SauerDo 9``.

    ``prev`` is the word before (``None`` after a separator), ``run`` how many
    name-like words precede without a separator, ``nxt`` the following token.
    """
    pieces = [p for p in _LETTER_DIGIT.split(word) if p]
    out: list[str] = []
    for piece in pieces:
        parts = _CAMEL.split(piece)
        current = parts[0]
        for part in parts[1:]:
            head = current.rsplit("-", 1)[-1]
            tail_start = _CAPITALISED.match(part)
            first = tail_start.group(0) if tail_start else part
            date_ahead = first.lower() in lex.DATE_WORDS and nxt[:1].isdigit() and part == first
            split = (
                head.islower()
                or head.lower() in lex.GLUE_WORDS
                or _glue_word(first)
                or date_ahead
                or (
                    run == 1
                    and not out
                    and len(head) >= 3
                    and len(first) >= 3
                    and _prefix_of(head) is None
                    and (prev or "").lower() not in lex.DESK_WORDS
                )
            )
            if split:
                out.append(current)
                current = part
            else:
                current += part
        out.append(current)
    return out


def _prefix_of(head: str) -> str | None:
    """The name prefix a camel-case head ends with (``Mc`` in ``McDonald``), if any."""
    low = head.lower()
    for prefix in lex.NAME_PREFIXES:
        if low == prefix or low.endswith(("-" + prefix, "'" + prefix)):
            return prefix
    return None


def _tokens(text: str) -> list[_Tok]:
    raw: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        if m["word"]:
            word = m["word"].rstrip("-'’")
            period = word.endswith(".") and len(word) > 2 and "." not in word[:-1]
            keep = word.lower() in _ABBREVIATIONS or word[:-1].lower() in lex.DATE_WORDS
            if period and not keep:
                raw.append(_Tok("word", word[:-1]))
                raw.append(_Tok("sep", "."))
            else:
                raw.append(_Tok("word", word))
        elif m["sep"] or m["other"]:
            raw.append(_Tok("sep", (m["sep"] or m["other"])[:1]))
    out: list[_Tok] = []
    prev: str | None = None
    run = 0
    for i, tok in enumerate(raw):
        if tok.kind != "word":
            out.append(tok)
            prev, run = None, 0
            continue
        word = tok.text
        nxt = raw[i + 1].text if i + 1 < len(raw) else ""
        caps = _CAPS_MONTH.fullmatch(word)
        if caps is not None and nxt[:1].isdigit():
            pieces = [caps[1], caps[2]]
        else:
            pieces = _split_glued(word, prev, run, nxt)
        for k, piece in enumerate(pieces):
            if k:
                out.append(_Tok("sep", "glue"))
            out.append(_Tok(_word_kind(piece), piece))
        prev = pieces[-1]
        run = run + 1 if len(pieces) == 1 and _is_name_word(word) else 0
    return out


def _word_kind(word: str) -> str:
    low = word.lower()
    if low in lex.CONJUNCTIONS or word in lex.CONJUNCTIONS_LOWER_ONLY:
        return "conj"
    return "word"


class _Chunk(NamedTuple):
    boundary: str  # the separator before the chunk: "start", ",", "and", "|", "(", "glue"…
    words: tuple[str, ...]
    in_brackets: bool


def _role_word(word: str) -> bool:
    low = word.lower()
    return low in lex.ROLE_MODIFIERS or _is_role_head(word)


def _is_role_head(word: str) -> bool:
    low = word.lower()
    return low in lex.ROLE_HEADS or (len(low) > 8 and low.endswith(lex.ROLE_HEAD_SUFFIXES))


def _chunks(tokens: list[_Tok]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    words: list[str] = []
    boundary, depth = "start", 0
    start_depth = 0

    def flush(next_boundary: str) -> None:
        nonlocal words, boundary, start_depth
        if words:
            chunks.append(_Chunk(boundary, tuple(words), start_depth > 0))
            words = []
            boundary = next_boundary
        elif boundary != "start":
            boundary = next_boundary
        start_depth = depth

    for i, tok in enumerate(tokens):
        if tok.kind == "word":
            if not words:
                start_depth = depth
            words.append(tok.text)
        elif tok.kind == "conj":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                words
                and _role_word(words[-1])
                and nxt is not None
                and nxt.kind == "word"
                and _role_word(nxt.text)
            ):
                words.append(tok.text)  # "Home and Digital Security Expert"
            else:
                flush("and")
        elif tok.text in "([{":
            flush("(")
            depth += 1
            start_depth = depth
        elif tok.text in ")]}":
            flush(")")
            depth = max(0, depth - 1)
            start_depth = depth
        else:
            flush(tok.text)
    flush("end")
    return chunks


# --- step 4: reading chunks ----------------------------------------------------


class _Item(NamedTuple):
    kind: str  # "name", "mono", "org", "desk", "role", "affiliation"
    text: str
    role: str | None = None


_AGENCY = regex.compile(r"(?i:" + _alternation(lex.AGENCIES) + r")", _V1)


def _is_credential(word: str) -> bool:
    low = word.lower()
    if low not in lex.CREDENTIALS:
        return False
    upper = sum(1 for ch in word if ch.isupper())
    return upper >= 2 or (upper == 1 and "." in word and len(word) > 2) or low.startswith("esq")


def _is_date(words: tuple[str, ...], i: int) -> bool:
    word = words[i]
    if any(ch.isdigit() for ch in word):
        return True
    low = word.lower().rstrip(".")
    if low not in lex.DATE_WORDS:
        return False
    if low not in lex.AMBIGUOUS_DATE_WORDS:
        return True
    near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
    return any(any(ch.isdigit() for ch in w) for w in near)


def _label(words: tuple[str, ...], i: int, run: int) -> str:
    """What ``words[i]`` is, given that ``run`` name words precede it in the chunk."""
    word = words[i]
    low = word.lower()
    if _is_date(words, i):
        return "date"
    if low in lex.SPEECH_WORDS and word.islower():
        return "speech"
    if _is_credential(word) and (run or i):
        return "credential"
    if word == "&" or low in lex.CONJUNCTIONS or word in lex.CONJUNCTIONS_LOWER_ONLY:
        return "conj"
    if low in lex.NOISE_WORDS:
        return "noise"
    if low in lex.AFFILIATION_PREPOSITIONS and (word.islower() or low != "at"):
        return "affiliation"
    if low in lex.PLACE_PREPOSITIONS and word.islower():
        return "place"
    if low in lex.HONORIFICS and word[0].isupper() and run == 0:
        return "honorific"
    if word in lex.PARTICLES:
        return "particle"
    if low in lex.FUNCTION_WORDS and not (low == "the" and run == 0):
        return "lower"
    if _is_name_word(word):
        return "name"
    return "lower"


def _role_start(words: tuple[str, ...], i: int) -> int | None:
    """The end of the role phrase starting at ``words[i]``, if one starts there."""
    if not _role_word(words[i]):
        return None
    j = i
    loose = 0
    while j < len(words) and j - i < 8:
        w = words[j]
        if _is_role_head(w):
            return j + 1
        if _role_word(w) or w in {"&", "and", "und"}:
            j += 1
            continue
        if _is_name_word(w) and loose < 2:
            loose += 1
            j += 1
            continue
        return None
    return None


def _role_end(words: tuple[str, ...], j: int) -> int:
    """Extend a role phrase over "of Operations", "at Oakywood", "für Wirtschaft"."""
    if j < len(words) and words[j].lower() in lex.ROLE_LINKS:
        k = j + 1
        while k < len(words) and not _is_date(words, k) and words[k].lower() not in lex.NOISE_WORDS:
            k += 1
        if k > j + 1:
            return k
    return j


def _avatar_initials(words: tuple[str, ...], i: int) -> bool:
    """``LP`` in ``LP Luana Patriolino``: the initials shown in an avatar."""
    word = words[i]
    if not (2 <= len(word) <= 3 and word.isupper() and word.isalpha()):
        return False
    following = words[i + 1 : i + 1 + len(word)]
    return len(following) == len(word) and all(
        f[:1] == ch for f, ch in zip(following, word, strict=True)
    )


_FIRST_AND_MIDDLE = 2


def _case_break(run_words: list[str], word: str, *, last: bool = False) -> bool:
    """A name run ends where the writing switches between Title Case and CAPITALS.

    A surname in capitals that ends the chunk stays: ``André Oliver KLEIN``.
    """
    upper_run = [w for w in run_words if _is_upper(w)]
    title_run = [w for w in run_words if not _is_upper(w) and len(w) > 1 and w[1:2].islower()]
    if _is_upper(word):
        letters = sum(1 for ch in word if ch.isalpha())
        if last and len(run_words) == _FIRST_AND_MIDDLE and letters >= 3:
            return False
        return len(title_run) >= 2 and letters >= 3 and not upper_run
    return bool(word[1:2].islower() and len(upper_run) >= 2 and not title_run)


def _org_split(run_words: list[str]) -> int | None:
    """Where an outlet starts inside a run: ``Mike Isaac New York Times``."""
    if len(run_words) < 3:
        return None
    for k in range(2, len(run_words)):
        tail = " ".join(run_words[k:])
        if _AGENCY.fullmatch(tail):
            return k
    return None


def _camel_brand(word: str) -> bool:
    """``BuzzFeed``, ``UCaaS``: an inner capital that no name prefix explains."""
    for m in _CAMEL.finditer(word):
        head = word[: m.start()].rsplit("-", 1)[-1]
        if _prefix_of(head) is None:
            return True
    return False


def _loose_role_end(words: tuple[str, ...]) -> int | None:
    """A chunk that is all role: ``Shipping Expert`` after ``Mike Marshall,``."""
    for j, word in enumerate(words[:4]):
        if _is_role_head(word):
            return _role_end(words, j + 1) if j else None
        if not _is_name_word(word) and not _role_word(word):
            return None
    return None


def _read_chunk(words: tuple[str, ...], *, after_name: bool = False) -> list[_Item]:
    """Label the words of one chunk and group them into items."""
    if _AGENCY.fullmatch(" ".join(words)):
        return [_Item("org", " ".join(words))]  # "Reuters", "dpa", "The Associated Press"
    items: list[_Item] = []
    i, n = 0, len(words)
    seen_name = False
    furniture = False  # lower-case words or page furniture after a name
    if after_name:
        end = _loose_role_end(words)
        while end is None and i < n and _is_credential(words[i]):
            i += 1  # ", MD, PhD"
        if i:
            end = i
        if end is not None:
            items.append(_Item("role", " ".join(words[:end])))
            i = end
    while i < n:
        label = _label(words, i, 0)
        if label == "speech":
            break
        role_to = _role_start(words, i)
        if role_to is not None:
            end = _role_end(words, role_to)
            items.append(_Item("role", " ".join(words[i:end])))
            i = end
            continue
        if label == "credential":
            j = i
            while j < n and _is_credential(words[j]):
                j += 1
            items.append(_Item("role", " ".join(words[i:j])))
            i = j
            continue
        if label == "affiliation":
            j = i + 1
            if j < n and words[j].lower() == "the" and j + 1 < n:
                j += 1
            k = j
            while k < n and _label(words, k, 1) not in {"date", "noise", "speech"}:
                k += 1
            if k > i + 1 and any(_is_name_word(w) for w in words[i + 1 : k]):
                items.append(_Item("affiliation", " ".join(words[i + 1 : k])))
            i = max(k, i + 1)
            continue
        if label == "place":
            j = i + 1
            while j < n and _label(words, j, 1) in {"name", "particle"}:
                j += 1
            i = max(j, i + 1)
            continue
        article = words[i] in {"the", "The", "THE"} and i + 1 < n and _is_name_word(words[i + 1])
        if label not in {"name", "honorific"} and not article:
            if seen_name and label in {"lower", "noise"}:
                furniture = True
            i += 1
            continue
        run_start = i
        honorifics: list[str] = []
        while i < n and _label(words, i, 0) == "honorific":
            honorifics.append(words[i])
            i += 1
        run: list[str] = []
        if article:
            run.append(words[i])
            i += 1
        while i < n and len(run) < _MAX_NAME_WORDS + 2:
            word = words[i]
            lab = _label(words, i, len(run))
            if lab == "particle":
                if i + 1 < n and _label(words, i + 1, len(run) + 1) in {"name", "particle"} and run:
                    run.append(word)
                    i += 1
                    continue
                break
            if lab != "name":
                break
            if run and _case_break(run, word, last=i == n - 1):
                break
            enough = len(run) >= 2 or (seen_name and len(run) >= 1)
            if enough and (_role_start(words, i) is not None or _camel_brand(word)):
                break
            if _avatar_initials(words, i):
                i += 1
                if run:
                    break
                continue
            run.append(word)
            i += 1
        if not run:
            if honorifics:
                items.append(_Item("role", " ".join(honorifics)))
            continue
        if i < n and words[i] in lex.DESK_WORDS and run[-1].lower() not in lex.DESK_WORDS:
            run.append(words[i])  # "Chrome Safe Browsing team"
            i += 1
        if seen_name and i < n and _role_start(words, i) is not None:
            # "Ikran Dahir BuzzFeed UK News Fellow": what follows a name and
            # runs into a role is part of the role.
            end = _role_end(words, _role_start(words, i) or i + 1)
            items.append(_Item("role", " ".join([*run, *words[i:end]])))
            i = end
            continue
        if run[-1].lower() in lex.DESK_WORDS and run_start > 0 and not seen_name:
            lead = words[run_start - 1]
            plain = lead[:1].islower() and lead.lower() not in lex.FUNCTION_WORDS
            if _label(words, run_start - 1, 0) == "lower" and plain:
                run.insert(0, lead)  # "auto-motor.at Redaktion"
        if furniture:
            continue  # "Jane Doe Become a fan Dolphin Defender"
        role = " ".join(honorifics) or None
        items.extend(_classify_run(run, role, seen_name=seen_name))
        seen_name = True
    return items


def _classify_run(run: list[str], role: str | None, *, seen_name: bool) -> list[_Item]:
    text = " ".join(run)
    low_last = run[-1].lower()
    if low_last in lex.DESK_WORDS:
        if len(run) >= 4 and run[0].lower() != "the" and run[-1][0].isupper():
            return [_Item("name", " ".join(run[:2]), role), _Item("desk", " ".join(run[2:]))]
        return [_Item("desk", text)]
    if _AGENCY.fullmatch(text):
        return [_Item("org", text)]
    k = _org_split(run)
    if k is not None:
        return [_Item("name", " ".join(run[:k]), role), _Item("org", " ".join(run[k:]))]
    if run[0].lower() == "the" or (low_last in lex.ORG_WORDS and len(run) >= 2):
        return [_Item("org", text)]
    if len(run) == 1:
        if seen_name:
            return []
        return [_Item("mono", text, role)]
    return [_Item("name", text, role)]


# --- assembling authors ----------------------------------------------------------


class _Draft(NamedTuple):
    name: str
    roles: tuple[str, ...]
    affiliation: str | None


_PLURAL_ROLE = regex.compile(r"(?i:(?:writer|reporter|correspondent|editor|contributor)s)\b")


def _assemble(chunks: list[_Chunk], *, cued: bool, lead: bool) -> list[_Draft]:
    read: list[tuple[_Chunk, list[_Item]]] = []
    named = False
    for chunk in chunks:
        after_name = named and chunk.boundary in {",", "glue", "-", "–", "—", "|", "/", ";", "and"}
        items = _read_chunk(chunk.words, after_name=after_name)
        named = named or any(item.kind == "name" for item in items)
        read.append((chunk, items))
    flipped = _surname_first(read)
    if flipped is not None:
        return [flipped]
    drafts: list[_Draft] = []
    pending: list[int] = []
    after_role = False
    orgs: list[str] = []
    lone_roles: list[str] = []
    monos: list[_Item] = []
    all_mono = True

    def affiliate(org: str) -> None:
        nonlocal pending
        targets = pending or [len(drafts) - 1]
        for k in targets:
            d = drafts[k]
            if d.affiliation is None:
                drafts[k] = d._replace(affiliation=org)
        pending = []

    for chunk, items in read:
        for pos, item in enumerate(items):
            if item.kind != "mono":
                all_mono = False
            if chunk.in_brackets:
                if drafts and item.kind in {"org", "name", "affiliation", "desk"}:
                    affiliate(item.text)
                elif drafts and item.kind == "role":
                    d = drafts[-1]
                    drafts[-1] = d._replace(roles=(*d.roles, item.text))
                continue
            if item.kind == "mono":
                monos.append(item)
                continue
            if item.kind == "name":
                if after_role and drafts and pos == 0 and chunk.boundary in {",", "glue", "-"}:
                    affiliate(item.text)  # "Jane Doe, Director, Atlas Van Lines"
                    continue
                roles = (item.role,) if item.role else ()
                drafts.append(_Draft(item.text, roles, None))
                pending.append(len(drafts) - 1)
                after_role = False
                continue
            if item.kind == "role":
                last = drafts[-1] if drafts else None
                if (
                    last is not None
                    and pos == 0
                    and chunk.boundary == "and"
                    and not last.roles
                    and len(last.name.split()) >= 3
                ):
                    # "Brett Cruz Privacy and Digital Security Expert"
                    words = last.name.split()
                    role = " ".join([*words[2:], "and", item.text])
                    drafts[-1] = last._replace(name=" ".join(words[:2]), roles=(role,))
                    after_role = True
                    continue
                nxt = items[pos + 1] if pos + 1 < len(items) else None
                if nxt is not None and nxt.kind == "name" and pos == 0:
                    # "Senior Correspondent Jane Doe": the role belongs to the name after it.
                    items[pos + 1] = nxt._replace(
                        role=", ".join(filter(None, [nxt.role, item.text]))
                    )
                    continue
                if drafts:
                    targets = pending if _PLURAL_ROLE.search(item.text) and pending else [-1]
                    for k in targets:
                        d = drafts[k]
                        drafts[k] = d._replace(roles=(*d.roles, item.text))
                    after_role = True
                else:
                    lone_roles.append(item.text)
                continue
            if item.kind == "desk":
                if drafts and chunk.boundary in {"-", "–", "—", "|", "/", ")"}:
                    affiliate(item.text)
                else:
                    drafts.append(_Draft(item.text, (), None))
                continue
            # "org" and "affiliation"
            if drafts:
                affiliate(item.text)
            else:
                orgs.append(item.text)
    if drafts:
        return drafts
    if orgs:
        return [_Draft(o, (), None) for o in orgs]
    if monos and (cued or (all_mono and not lead) or (all_mono and len(monos) > 1)):
        return [_Draft(m.text, (m.role,) if m.role else (), None) for m in monos]
    if lone_roles and cued:
        return [_Draft(r, (), None) for r in lone_roles]
    return []


def _surname_first(read: list[tuple[_Chunk, list[_Item]]]) -> _Draft | None:
    """``Kaufman, Jeff T.`` → Jeff T. Kaufman."""
    nonempty = [(c, items) for c, items in read if items]
    if len(nonempty) != 2:
        return None
    (_, first), (second_chunk, second) = nonempty
    if len(first) != 1 or len(second) != 1 or second_chunk.boundary != ",":
        return None
    surname, given = first[0], second[0]
    if surname.kind != "mono" or given.kind not in {"mono", "name"}:
        return None
    given_words = given.text.split()
    if len(given_words) > 3 or not (given.kind == "mono" or _INITIAL.fullmatch(given_words[-1])):
        return None
    if _AGENCY.fullmatch(surname.text) or _AGENCY.fullmatch(given.text):
        return None
    return _Draft(f"{given.text} {surname.text}", (), None)


# --- names -------------------------------------------------------------------------

_MC = regex.compile(r"^(Mc)(\p{Ll})", _V1)
_LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_UPPERISH = regex.compile(r"(?:Mc)?[\p{Lu}\p{M}'’.\-]+", _V1)


def _recase_word(word: str, *, inner: bool) -> str:
    if _INITIAL.fullmatch(word) or word.lower() in lex.NAME_SUFFIXES:
        return word
    if inner and word.lower() in lex.PARTICLES:
        return word.lower()
    out = _LETTERS.sub(
        lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(),
        word,
    )
    return _MC.sub(lambda m: m.group(1) + m.group(2).upper(), out)


def _recase(name: str) -> str:
    """``ABBY GOODNOUGH`` → ``Abby Goodnough``; ``McDONALD`` → ``McDonald``; others unchanged."""
    words = name.split()
    letters = [w for w in words if sum(ch.isalpha() for ch in w) >= 2]
    if not letters or not all(_UPPERISH.fullmatch(w) for w in letters):
        return name
    if len(words) == 1 and len(letters[0]) <= 4:
        return name  # "AFP", "NASA": an acronym, not a shouted name
    return " ".join(_recase_word(w, inner=0 < k < len(words) - 1) for k, w in enumerate(words))


_EDGE = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}--[.)]]+$|\s+\)$", _V1)


def _finish(draft: _Draft) -> Author | None:
    name = _EDGE.sub("", draft.name)
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and not _INITIAL.fullmatch(last) and last.lower() not in _ABBREVIATIONS:
        name = name.rstrip(".")
    name = _recase(" ".join(name.split()))
    if "By " in name:  # a cue glued inside a word ("A.BY JANE") is never part of a name
        name = _EDGE.sub("", name.rsplit("By ", 1)[1])
    if not name or not any(ch.isalpha() for ch in name):
        return None
    role = ", ".join(dict.fromkeys(r for r in draft.roles if r)) or None
    return Author(name=name, role=role, affiliation=draft.affiliation)


# --- entry points ---------------------------------------------------------------------


class _Reading(NamedTuple):
    authors: tuple[Author, ...]
    cued: bool


# Korean and Japanese bylines put the role after the name, often without a space:
# "김민수 기자", "홍길동선임기자", "山田太郎記者"; a Japanese wire credit puts the place
# first ("ワシントン＝山田太郎"). A name starts after a space, punctuation or a desk
# ("経済部", "支局") and is the shortest run before the role.
_KO_ROLES = (
    *("선임기자", "전문기자", "객원기자", "인턴기자", "수습기자", "기자", "특파원"),
    *("논설위원", "편집위원", "통신원", "앵커", "칼럼니스트"),
)
_JA_ROLES = ("記者", "特派員", "編集委員", "論説委員", "解説委員", "支局長", "カメラマン")
_CJK_CREDIT = regex.compile(
    rf"""(?<![^\s\p{{P}}\p{{S}}部局社])(?:
        (?P<name>\p{{Hangul}}{{2,4}}?(?:\s?[·ㆍ]\s?\p{{Hangul}}{{2,4}}?){{0,5}})
            \s?(?P<role>{_alternation(_KO_ROLES)})(?!\p{{Hangul}})
      | (?P<name>[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー]{{2,8}}?)\s?(?P<role>{_alternation(_JA_ROLES)})
      | [\p{{Han}}\p{{Katakana}}ー]{{1,12}}[＝=](?P<name>[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー]{{2,8}})
            (?![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー])
    )""",
    regex.VERBOSE | _V1,
)
_CJK_AND = regex.compile(r"\s?[·ㆍ]\s?")  # "김민수·이영희 기자": two reporters
_CJK = regex.compile(r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]")


def _read_cjk(text: str) -> tuple[Author, ...]:
    """The authors of a Korean or Japanese byline ("김민수 기자", "山田太郎記者")."""
    authors: dict[str, Author] = {}
    for m in _CJK_CREDIT.finditer(text):
        for name in _CJK_AND.split(m["name"]):
            authors.setdefault(name, Author(name=name, role=m["role"]))
        if len(authors) >= _MAX_AUTHORS:
            break
    return tuple(authors.values())


def _read(text: str) -> _Reading:
    """The authors ``text`` names, and whether a cue ("By", a role) introduced them."""
    return _read_cut(text[:_MAX_CHARS])


@functools.lru_cache(maxsize=4096)
def _read_cut(text: str) -> _Reading:
    """:func:`_read` of text already cut to ``_MAX_CHARS`` (pure; memoised: a page asks
    about many of its lines twice, is it a byline and whose)."""
    cleaned = " ".join(_clean(text).split())
    if _CJK.search(cleaned):
        found = _read_cjk(cleaned)
        if found:
            return _Reading(found, cued=True)
    writers: list[_Draft] = []
    editors: list[_Draft] = []
    cued = False
    for section in _sections(cleaned):
        if section.kind == "photo":
            continue
        cued = cued or section.kind != "lead"
        chunks = _chunks(_tokens(section.text))
        drafts = _assemble(chunks, cued=section.kind != "lead", lead=section.kind == "lead")
        (editors if section.kind == "editor" else writers).extend(drafts)
    authors: list[Author] = []
    seen: set[str] = set()
    for draft in writers or editors:
        author = _finish(draft)
        if author is None:
            continue
        key = " ".join(author.name.casefold().replace(".", " ").split())
        if key in seen:
            continue
        seen.add(key)
        authors.append(author)
        if len(authors) >= _MAX_AUTHORS:
            break
    return _Reading(tuple(authors), cued)


def parse_byline(text: str, start: int = 0) -> Byline:
    """Parse a byline string into authors, each with its role and affiliation kept apart.

    ``start`` is the byline's offset in the article source (0 for a bare string);
    the returned :class:`Byline` spans ``start`` to ``start + len(text)``.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"parse_byline() takes str, not {type(text).__name__}")
    reading = _read(text)
    return Byline(text=text, authors=reading.authors, start=start, end=start + len(text))


_LEADING_CUE = regex.compile(
    r"\s*(?i:(?:written|reported|posted|text|story|words|compiled)\s+by|by|von|par|por|door|av|di"
    r"|author|autor|autorin)\s*:?\s*(?=\p{Lu})",
    _V1,
)
_SENTENCE_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}(?![\p{L}'’-])", _V1)
_KNOWN_LOWER = (
    lex.PARTICLES
    | lex.CONJUNCTIONS
    | lex.CONJUNCTIONS_LOWER_ONLY
    | lex.DATE_WORDS
    | lex.ROLE_HEADS
    | lex.ROLE_MODIFIERS
    | lex.ROLE_LINKS
    | lex.AFFILIATION_PREPOSITIONS
    | lex.PLACE_PREPOSITIONS
    | lex.NOISE_WORDS
    | lex.DESK_WORDS
    | frozenset({"the", "special", "staff", "news", "service", "reports"})
)


_CJK_LINE = 80  # characters: a longer Korean or Japanese line is a sentence
_ANY_WORD = regex.compile(r"[\p{L}\p{N}]")


def looks_like_byline(text: str) -> bool:
    """Whether a header line credits authors: "By …", "Name | Agency", "Name, Staff Writer".

    Titles and ordinary sentences do not: besides names, a byline holds only
    roles, outlets, places and dates, so it has almost no other lower-case words.
    """
    line = text.strip()
    if not line or len(line) > 200 or line.endswith(("?", "!", ":")):
        return False
    if len(line) <= _CJK_LINE and _CJK.search(line):
        # "김민수 기자 minsu@example.kr", "【ワシントン＝山田太郎】": credits and nothing else.
        rest = _CJK_CREDIT.sub(" ", _EMAIL.sub(" ", line))
        if len(rest) < len(line) and _ANY_WORD.search(rest) is None:
            return True
    stray = [w for w in _SENTENCE_WORD.findall(line) if w.lower() not in _KNOWN_LOWER]
    if len(stray) > 1:
        return False
    cue = _LEADING_CUE.match(line)
    if cue is None and (stray or _ends_sentence(line)):
        return False  # decided without reading the names (below, it is False either way)
    reading = _read(line)
    people = [a for a in reading.authors if len(a.name.split()) >= 2]
    if not people:
        return False
    if cue is not None:
        # The first author opens right after the cue: "By Tuesday Night, Storm
        # Hits Coast" names no one.
        after = line[cue.end() :].casefold().split()
        while after and after[0] in lex.HONORIFICS:
            after.pop(0)
        first_name = reading.authors[0].name.split()[0].casefold()
        return bool(after) and after[0].startswith(first_name)
    if reading.cued or stray or _ends_sentence(line):
        return False
    if line.count(",") > 2 * len(reading.authors) + 2:
        return False  # a list of things, not of people
    # No cue: "Jane Doe | Reuters", "Jane Doe, Staff Writer", "Jane Doe, Jan. 5, 2024".
    # The line opens with the name, and a separator follows it.
    first = reading.authors[0]
    head = line.lstrip("\"'“ ")
    if not head.casefold().startswith(first.name.casefold()):
        return False
    rest = head[len(first.name) :].strip()
    if first.role and rest.casefold().startswith(first.role.casefold()):
        # "Stu Jackson Senior Staff Writer": the role follows the name directly.
        return _AFTER_NAME.match(rest, len(first.role)) is not None
    if _DATE_START.match(rest):
        return True  # "Paul Sawers 11:00 AM PDT • May 16, 2024"
    if _AFTER_NAME.match(head, len(first.name)) is None:
        return False
    return any(_credited(a) for a in reading.authors) or _has_date(line)


def _credited(author: Author) -> bool:
    """A role with a role word, or an outlet that looks like one ("Reuters", "Daily Mail")."""
    if author.role and any(
        _is_role_head(w) or _is_credential(w) or w.lower() in lex.HONORIFICS
        for w in author.role.replace(",", " ").split()
    ):
        return True
    org = author.affiliation
    if not org:
        return False
    words = org.split()
    return (
        _AGENCY.fullmatch(org) is not None
        or words[-1].lower() in lex.ORG_WORDS
        or _DOMAIN.search(words[-1]) is not None
    )


_DATE_START = regex.compile(
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}\b"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b"
    r"|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|updated\b|published\b)",
    _V1,
)
_AFTER_NAME = regex.compile(r"\s*(?:[,|/•·(–—-]|\s(?i:for|from|and|&)\s|$)", _V1)
_FINAL_PERIOD = regex.compile(r"(?<![\s.]\p{Lu}|\b(?i:jr|sr|inc|ltd|co))\.[\"'”’)]*$", _V1)


def _ends_sentence(line: str) -> bool:
    return _FINAL_PERIOD.search(line) is not None


_DATE_HINT = regex.compile(
    r"(?i:\b(?:updated|published|posted)\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}\b"
    r"|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b)",
    _V1,
)


def _has_date(line: str) -> bool:
    return _DATE_HINT.search(line) is not None


def is_by_line(text: str) -> bool:
    """A short line that opens with "By" and credits authors: "By Jane Doe and John Roe"."""
    return len(text) <= _BY_LINE and _BY_CUE.match(text) is not None and looks_like_byline(text)


_BY_LINE = 120  # characters: a byline line names a few authors, no more
_BY_CUE = regex.compile(r"(?i:by|von|par|por|door|di)\s+\p{Lu}", _V1)
