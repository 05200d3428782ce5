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
# A news sentence may end on the noun of the verb: 山田氏は「…」と強調。
_JA_NOUN_ENDINGS = "述懐|強調|指摘|説明|主張|批判|反論|言及|発言|表明|明言|断言|吐露|謝罪|証言"
# What turns a speech verb into something else: a passive (認められた), a concession (言っても).
_JA_NOT_SPEECH = ("られ", "ても", "ては", "でも")
_KO_VERBS = (
    "말했|밝혔|강조했|설명했|전했|덧붙였|주장했|지적했|답했|말한|털어놨|언급했|비판했|호소했|"
    "말하|밝히|강조하|설명하|전하|주장하|지적하|답하|반박했|해명했|토로했|당부했|제안했|"
    "요구했|촉구했|경고했|예상했|전망했|발표했|했"
)
_JA_CUE = regex.compile(
    r"\s*と(?:[、,]\s*)?(?:(?P<who>[\p{Han}\p{Katakana}ー・\p{Latin}の]{1,20}"
    r"(?:さん|氏|様|ちゃん|君)?)(?:は|が)[、,]?\s*)?(?P<cue>(?:"
    + _JA_VERBS
    + r")(?P<tail>\p{Hiragana}{0,3})|(?:"
    + _JA_NOUN_ENDINGS
    + r")(?=[。.])|し(?=[、,]))",
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
    r"(?:は|が|も)(?!\p{Hiragana})",
    _V1,
)
_KO_SUBJECT = regex.compile(
    r"(?<![\p{Hangul}\p{Han}\p{Latin}\p{Nd}])"
    r"(?P<who>[\p{Hangul}\p{Han}\p{Latin}]{1,10}?)(?P<particle>은|는|이|가|도)(?= )",
    _V1,
)
# A word of the noun phrase before the subject's last word (김민수 [시장]은).
_KO_WORD = regex.compile(r"[\p{Hangul}\p{Han}\p{Latin}]{1,20}", _V1)
# Endings of a word that closes an adverbial or a clause, not a name: 앞에서, 회견으로.
_KO_ADVERBIAL = (
    *("에서", "에게", "에", "으로", "로", "와", "과", "을", "를", "께"),
    *("고", "며", "면", "지만", "는데", "했다", "였다"),  # and a clause before (…고 했지만)
)
_KO_PHRASE = 3  # words before the subject's last word that may belong to its phrase
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
    "CEO",
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


# Words before も that say when, not who (今回も「…」と述べた).
_JA_TIMES = (
    "今回",
    "今日",
    "今年",
    "昨年",
    "去年",
    "昨日",
    "今後",
    "毎年",
    "当時",
    "以前",
    "現在",
    "前回",
    "同日",
    "今",
)


def cjk_attribution(masked: str, lo: int, start: int, end: int) -> CjkAttribution | None:
    """The speech cue right after the quotation ``masked[start:end]`` and its speaker.

    ``masked`` is the source with quoted words blanked out; ``lo`` is where the
    quotation's paragraph starts.  ``None`` when no Japanese or Korean cue follows.
    """
    m = _JA_CUE.match(masked, end, min(len(masked), end + 60))
    if m is not None:
        if m["tail"] and m["tail"].startswith(_JA_NOT_SPEECH):
            return None
        if m["cue"] in _JA_BARE_DID and _JA_OBJECT in masked[lo:start]:
            return None  # 制度を「…」とした: the object was named so, nobody spoke
        if m["who"]:
            return _ja(m["cue"], m.start("who"), m["who"])
        return _ja_before(masked, lo, start, m["cue"])
    m = _KO_CUE.match(masked, end, min(len(masked), end + 60))
    if m is not None:
        if m["who"]:
            return _ko(m["cue"], m.start("who"), m["who"])
        return _ko_before(masked, lo, start, m["cue"])
    return None


_JA_BARE_DID = frozenset({"した", "し"})
_JA_OBJECT = "を"


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
        if not found["who"].endswith(_JA_TIMES):
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
    name: str | None = who
    for honorific in _JA_HONORIFICS:
        if who.endswith(honorific):
            # A name in hiragana is not read (ひろゆき氏): the honorific alone names no one.
            name = who[: -len(honorific)] or None
            break
    if name in _JA_PRONOUNS:
        name = None
    return CjkAttribution(cue=cue, mention=mention, speaker=name)


def _ko_before(masked: str, lo: int, start: int, cue: str) -> CjkAttribution:
    sent = _sentence_start(masked, lo, start, _KO_SENTENCE_END)
    best = CjkAttribution(cue=cue, mention=None, speaker=None)
    floor = sent
    for m in _KO_SUBJECT.finditer(masked, sent, start):
        at = _phrase_start(masked, floor, m.start("who"))
        floor = m.end()
        found = _ko(cue, at, masked[at : m.end("who")], also=m["particle"] == "도")
        if found.mention is not None:
            best = found  # the nearest the quotation (see _ja_before)
    return best


def _phrase_start(masked: str, floor: int, at: int) -> int:
    """Where the noun phrase ending in the word at ``at`` starts: up to three whole
    words before it, not past ``floor`` nor an adverbial (회견에서)."""
    for _ in range(_KO_PHRASE):
        if at - 1 <= floor or masked[at - 1] != " ":
            break
        end = at - 1
        begin = end
        while begin > floor and masked[begin - 1] not in " \n":
            begin -= 1
        word = masked[begin:end]
        if _KO_WORD.fullmatch(word) is None or word.endswith(_KO_ADVERBIAL):
            break
        at = begin
    return at


def _ko(cue: str, at: int, who: str, *, also: bool = False) -> CjkAttribution:
    words = who.split(" ")
    offsets = []
    pos = at
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    while (
        words
        and words[0] in _KO_NOT_SUBJECT
        and not (words[0] == "이" and len(words) == 2 and words[1].endswith(_KO_TITLES))
    ):  # 이 is "this", or the surname Lee before a title (이 대통령은)
        words.pop(0)
        offsets.pop(0)
    if not words:
        return CjkAttribution(cue=cue, mention=None, speaker=None)
    last = words[-1]
    titled = last.endswith(_KO_TITLES)
    if also and len(words) < 2 and not titled and last not in _KO_PRONOUNS:
        # 도 ("also") ends nouns too (제도, 정도): one bare word before it names no one.
        return CjkAttribution(cue=cue, mention=None, speaker=None)
    if len(words) >= 2 and last in _KO_HONORIFICS:
        first = len(words) - 2
        name = words[-2]
    elif len(words) >= 2 and titled:
        # The name with its title, organisation and all: 도널드 트럼프 미국 대통령.
        first = 0
        name = " ".join(words)
    else:
        first = len(words) - 1
        name = last
    mention = (offsets[first], offsets[-1] + len(last))
    return CjkAttribution(cue=cue, mention=mention, speaker=None if name in _KO_PRONOUNS else name)
