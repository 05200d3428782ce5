"""Speakers of Japanese and Korean quotations.

Both languages put the speech verb after the quotation, joined by a quoting
particle: 山田市長は「…」と述べた, 김 장관은 “…”라고 말했다.  The speaker is the
sentence's topic or subject, marked by a particle (は/が, 은/는/이/가), before the
quotation or, less often, between the quotation and the verb
(「…」と山田市長は述べた).  A sentence without one (Japanese and Korean drop a
subject the reader knows) goes on with the previous quotation's speaker; that
choice is made by the caller.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["CjkAttribution", "cjk_attribution", "is_cjk"]

_V1 = regex.VERSION1

# The verb of speech after the quoting particle, as the sentence usually ends it.
_JA_VERBS = (
    "述べ|話し|語っ|語り|語る|話す|説明し|強調し|指摘し|明らかにし|訴え|答え|コメントし|言っ|"
    "発表し|批判し|主張し|明かし|振り返っ|呼びかけ|呼び掛け|述懐し|証言し|報告し|要請し|"
    "反論し|表明し|宣言し|否定し|認め|謝罪し|発言し|念を押し|意気込ん|期待し|懸念し|力を込め|"
    "胸を張っ|笑顔を見せ|声を詰まらせ|しており|している|した|述べる"
)
_KO_VERBS = (
    "말했|밝혔|강조했|설명했|전했|덧붙였|주장했|지적했|답했|말한|털어놨|언급했|비판했|호소했|"
    "말하|밝히|강조하|설명하|전하|주장하|지적하|답하|반박했|해명했|토로했|당부했|제안했|"
    "요구했|촉구했|경고했|예상했|전망했|발표했|했"
)
_JA_CUE = regex.compile(
    r"\s*と(?:[、,]\s*)?(?:(?P<who>[\p{Han}\p{Katakana}ー・\p{Latin}の]{1,20}"
    r"(?:さん|氏|様|ちゃん|君)?)(?:は|が)[、,]?\s*)?(?P<cue>(?:"
    + _JA_VERBS
    + r")\p{Hiragana}{0,3})",
    _V1,
)
_KO_CUE = regex.compile(
    r"(?:이?라고|고|라며|며)\s*(?:(?P<who>[\p{Hangul}\p{Latin}]{1,10}(?: [\p{Hangul}]{1,6}){0,2})"
    r"(?:은|는|이|가) )?(?P<cue>(?:" + _KO_VERBS + r")(?:다|으며|며|고|지만)?)",
    _V1,
)
# A topic or subject before the quotation: the name, then は/が (not a hiragana word's
# last syllable: a name is written in kanji, katakana or Latin letters, then an honorific).
_JA_SUBJECT = regex.compile(
    r"(?P<who>[\p{Han}\p{Katakana}ー・\p{Latin}]{1,20}(?:さん|氏|様|ちゃん|君)?)"
    r"(?:は|が)(?!\p{Hiragana})",
    _V1,
)
_KO_SUBJECT = regex.compile(
    r"(?<![\p{Hangul}\p{Latin}])(?P<who>[\p{Hangul}\p{Latin}]{1,10}(?: [\p{Hangul}]{1,6}){0,2}?)"
    r"(?:은|는|이|가)(?= )",
    _V1,
)
_CJK_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", _V1)
_JA_SENTENCE_END = "。！？\n"
_KO_SENTENCE_END = ".!?\n"
_WINDOW = 200  # characters before a quotation that may hold its speaker
# Words that are no one's name: the part of the sentence before the speaker.
_JA_CLIP = "のでにとも、,"
_JA_HONORIFICS = ("さん", "氏", "様", "ちゃん", "君")
_JA_PRONOUNS = frozenset({"彼", "彼女", "彼ら", "私", "僕", "同氏", "同社"})
_KO_HONORIFICS = frozenset({"씨", "님", "군", "양"})
_KO_PRONOUNS = frozenset({"그", "그녀", "그들", "나", "저", "우리"})
_KO_TITLES = (
    "시장",
    "장관",
    "대통령",
    "총리",
    "기자",
    "교수",
    "대표",
    "위원장",
    "의원",
    "회장",
    "사장",
    "대변인",
    "청장",
    "지사",
    "원장",
    "소장",
    "감독",
    "선수",
    "박사",
    "변호사",
    "관계자",
    "차관",
    "실장",
    "국장",
    "부장",
    "팀장",
    "이사",
    "총장",
)
# Korean words that open a sentence as its time or place, not its subject.
_KO_NOT_SUBJECT = frozenset(
    {"이날", "이번", "지난", "오늘", "어제", "최근", "이", "그러나", "하지만"}
)


@attrs.frozen
class CjkAttribution:
    """A speech cue after a quotation, and who the sentence says spoke (if anyone)."""

    cue: str
    #: Span of the words naming the speaker in the source, or None.
    mention: tuple[int, int] | None
    #: The speaker's name (honorific dropped), or None for a pronoun or no subject.
    speaker: str | None


def cjk_attribution(masked: str, lo: int, start: int, end: int) -> CjkAttribution | None:
    """The speech cue right after the quotation ``masked[start:end]`` and its speaker.

    ``masked`` is the source with quoted words blanked out; ``lo`` is where the
    quotation's paragraph starts.  ``None`` when no Japanese or Korean cue follows.
    """
    m = _JA_CUE.match(masked, end, min(len(masked), end + 60))
    if m is not None:
        if m["who"]:
            return _ja(m["cue"], m.start("who"), m["who"])
        return _ja_before(masked, lo, start, m["cue"])
    m = _KO_CUE.match(masked, end, min(len(masked), end + 60))
    if m is not None:
        if m["who"]:
            return _ko(m["cue"], m.start("who"), m["who"])
        return _ko_before(masked, lo, start, m["cue"])
    return None


def is_cjk(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a Chinese, Japanese or Korean letter."""
    return _CJK_LETTER.search(text, start, end) is not None


def _sentence_start(masked: str, lo: int, start: int, ends: str) -> int:
    floor = max(lo, start - _WINDOW)
    i = start
    while i > floor and masked[i - 1] not in ends:
        i -= 1
    return i


def _ja_before(masked: str, lo: int, start: int, cue: str) -> CjkAttribution:
    sent = _sentence_start(masked, lo, start, _JA_SENTENCE_END)
    # The subject nearest the quotation: an earlier one in the sentence is that of an
    # earlier clause (山田氏は「…」と述べたが、田中氏は「…」) or a time (今日は、山田氏が).
    m = None
    for found in _JA_SUBJECT.finditer(masked, sent, start):
        m = found
    if m is None:
        return CjkAttribution(cue=cue, mention=None, speaker=None)
    return _ja(cue, m.start("who"), m["who"])


def _ja(cue: str, at: int, who: str) -> CjkAttribution:
    cut = max(who.rfind(ch) for ch in _JA_CLIP) + 1
    who = who[cut:]
    at += cut
    if not who:
        return CjkAttribution(cue=cue, mention=None, speaker=None)
    mention = (at, at + len(who))
    name = who
    for honorific in _JA_HONORIFICS:
        if name.endswith(honorific) and len(name) > len(honorific):
            name = name[: -len(honorific)]
            break
    return CjkAttribution(cue=cue, mention=mention, speaker=None if name in _JA_PRONOUNS else name)


def _ko_before(masked: str, lo: int, start: int, cue: str) -> CjkAttribution:
    sent = _sentence_start(masked, lo, start, _KO_SENTENCE_END)
    best = CjkAttribution(cue=cue, mention=None, speaker=None)
    for m in _KO_SUBJECT.finditer(masked, sent, start):
        found = _ko(cue, m.start("who"), m["who"])
        if found.mention is not None:
            best = found  # the nearest the quotation (see _ja_before)
    return best


def _ko(cue: str, at: int, who: str) -> CjkAttribution:
    words = who.split(" ")
    offsets = []
    pos = at
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    while words and words[0] in _KO_NOT_SUBJECT:
        words.pop(0)
        offsets.pop(0)
    if not words:
        return CjkAttribution(cue=cue, mention=None, speaker=None)
    last = words[-1]
    if len(words) >= 2 and last in _KO_HONORIFICS:
        first = len(words) - 2
        name = words[-2]
    elif len(words) >= 2 and last.endswith(_KO_TITLES):
        first = len(words) - 2
        name = f"{words[-2]} {last}"
    else:
        first = len(words) - 1
        name = last
    mention = (offsets[first], offsets[-1] + len(last))
    return CjkAttribution(cue=cue, mention=mention, speaker=None if name in _KO_PRONOUNS else name)
