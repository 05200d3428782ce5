"""Lexicons for reported speech: cue verbs, titles, pronouns, name particles.

Data only (frozensets and tuples); :mod:`newsparse._quotes` compiles the
patterns it needs from them once, at import.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = [
    "ADVERBS",
    "APPOSITIVE_STARTS",
    "CLAUSE_STARTS",
    "CUE_VERBS",
    "DOCUMENT_NOUNS",
    "FEMALE_NAMES",
    "FOREIGN_CUES",
    "FOREIGN_PREPOSITION_CUES",
    "GROUP_NOUNS",
    "IRREGULAR_FORMS",
    "MALE_NAMES",
    "NAME_PARTICLES",
    "NON_SPEAKER_NOUNS",
    "NOT_PERSON_WORDS",
    "PARTIAL_CUE_VERBS",
    "PRONOUN_GENDER",
    "SPEECH_NOUNS",
    "STOP_WORDS",
    "TIME_WORDS",
    "TITLES",
    "WORK_NOUNS",
    "verb_forms",
]

# Verbs that introduce reported speech (base forms).  Their tense forms are made
# by :func:`verb_forms`; irregular ones are listed in IRREGULAR_FORMS.
CUE_VERBS: tuple[str, ...] = (
    "say",
    "tell",
    "add",
    "write",
    "tweet",
    "post",
    "explain",
    "argue",
    "insist",
    "warn",
    "note",
    "ask",
    "reply",
    "respond",
    "answer",
    "declare",
    "state",
    "continue",
    "conclude",
    "claim",
    "acknowledge",
    "admit",
    "suggest",
    "recall",
    "announce",
    "proclaim",
    "promise",
    "pledge",
    "vow",
    "joke",
    "quip",
    "shout",
    "yell",
    "scream",
    "exclaim",
    "muse",
    "observe",
    "remark",
    "comment",
    "report",
    "predict",
    "complain",
    "boast",
    "brag",
    "concede",
    "confirm",
    "deny",
    "emphasize",
    "emphasise",
    "stress",
    "contend",
    "counter",
    "retort",
    "maintain",
    "assert",
    "allege",
    "agree",
    "caution",
    "urge",
    "plead",
    "lament",
    "recount",
    "reveal",
    "opine",
    "chime",
    "echo",
    "repeat",
    "testify",
    "whisper",
    "mutter",
    "cry",
    "sigh",
    "thunder",
    "fume",
    "snap",
    "scoff",
    "sneer",
    "quote",
    "wonder",
    "speculate",
    "apologize",
    "apologise",
    "confess",
    "disclose",
    "elaborate",
    "interject",
    "intone",
    "marvel",
    "preach",
    "recite",
    "reiterate",
    "remind",
    "reason",
    "reassure",
    "scold",
    "chant",
    "demand",
    "challenge",
    "charge",
    "inform",
    "assure",
    "advise",
    "grumble",
    "tease",
    "taunt",
    "threaten",
    "swear",
    "text",
    "email",
    "blog",
    "read",
    "describe",
    "call",
    "dub",
    "label",
    "term",
    "brand",
    "accuse",
    "criticize",
    "criticise",
    "praise",
    "thank",
    "blast",
    "slam",
    "tout",
    "mock",
    "dismiss",
    "reject",
    "recommend",
    "pronounce",
    "characterize",
    "characterise",
    "hail",
    "decry",
    "denounce",
    "condemn",
    "lambaste",
    "ridicule",
    "deride",
    "question",
    "highlight",
    "estimate",
    "hope",
    "worry",
    "grouse",
    "gush",
    "beam",
    "gloat",
    "holler",
    "reprise",
    "rail",
    "rant",
    "blurt",
    "begin",
    "summarize",
    "summarise",
    "mention",
    "point",
    "sum",
    "press",
    "talk",
    "credit",
    "attack",
    "chant",
    "yell",
    "hit",
    "target",
    "list",
    "exhort",
)

# Cue verbs that usually take an object and a partial quote (``called the deal “a
# disaster”``); they count as cues only before the quote, never after it.
PARTIAL_CUE_VERBS: frozenset[str] = frozenset(
    {
        "describe",
        "call",
        "dub",
        "label",
        "term",
        "brand",
        "accuse",
        "criticize",
        "criticise",
        "praise",
        "thank",
        "blast",
        "slam",
        "tout",
        "mock",
        "dismiss",
        "reject",
        "characterize",
        "characterise",
        "hail",
        "decry",
        "denounce",
        "condemn",
        "lambaste",
        "ridicule",
        "deride",
        "question",
        "highlight",
        "promise",
        "pledge",
        "vow",
        "demand",
        "urge",
        "begin",
        "point",
        "sum",
        "mention",
        "recommend",
        "talk",
        "credit",
        "attack",
        "hit",
        "target",
        "list",
    }
)

IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "read": ("read", "reads", "reading"),
    "point": ("point out", "points out", "pointed out", "pointing out"),
    "begin": ("began", "begins", "begin"),
    "sum": ("summed up", "sums up", "summing up"),
    "chime": ("chimed in", "chimes in", "chiming in"),
    "talk": ("talked about", "talks about", "talking about"),
    "press": ("pressed", "presses"),
    "hit": ("hits", "hitting"),
}

# Cues in other languages: verb forms and prepositions ("according to").
FOREIGN_CUES: tuple[str, ...] = (
    # French
    "a déclaré",
    "a dit",
    "a affirmé",
    "a ajouté",
    "a expliqué",
    "a souligné",
    "a estimé",
    "déclare",
    "affirme",
    "ajoute",
    "explique",
    "souligne",
    "dit-il",
    "dit-elle",
    # German
    "sagte",
    "sagt",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "meinte",
    "schrieb",
    # Spanish
    "dijo",
    "afirmó",
    "explicó",
    "señaló",
    "añadió",
    "aseguró",
    "declaró",
    "agregó",
    "dice",
)
FOREIGN_PREPOSITION_CUES: tuple[str, ...] = (
    "according to",
    "in the words of",
    "selon",
    "laut",
    "según",
)

# Personal pronouns that can name a speaker, with the gender they imply
# ("" for none); first person and "who" included.
PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "",
    "it": "",
    "who": "",
    "i": "",
    "we": "",
    "you": "",
    "il": "m",
    "elle": "f",
    "er": "m",
    "sie": "",
    "él": "m",
    "ella": "f",
}

# Words that end a speaker noun phrase when met scanning it (lower-case).
STOP_WORDS: frozenset[str] = _words(
    "that which but or nor when while because as after before if since though although so "
    "where whether than then is was were are am be been being has have had do does did "
    "will would can could should may might must shall not to it's isn't wasn't don't "
    "doesn't didn't won't can't couldn't wouldn't shouldn't also how why what whom whose "
    "there here into onto upon about against between through during "
    "without within over under like unlike by just only even still yet too very "
    "said says say told tells tell saying added adds wrote writes asked asks i'm "
    "i've we're they're he's she's you're let let's once ever never always"
)

# Adverbs, auxiliaries and time words that may stand between a speaker and the
# cue verb ("Trump later told", "she has said", "Clinton on Tuesday said").
ADVERBS: frozenset[str] = _words(
    "also later then has had have would will once previously recently reportedly however "
    "repeatedly frequently often never simply quickly publicly privately flatly bluntly "
    "again earlier further finally subsequently famously jokingly angrily proudly "
    "is was were are did does do just already quietly openly ominously immediately "
    "first initially separately similarly specifically told even not still has had "
    "had've might may could should must can originally recently allegedly apparently now"
)
TIME_WORDS: frozenset[str] = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "week weekend month year night morning afternoon evening on last this earlier late "
    "early recently"
)

# Capitalised words that open a sentence or clause and are not part of a name.
CLAUSE_STARTS: frozenset[str] = _words(
    "but and so still yet meanwhile however now then also even instead later asked "
    "when while after before because if although though as in on at for with from "
    "by of to since during under over about into among the a an this that these "
    "those his her their its our my your it there here what why how where who which "
    "speaking writing standing sitting earlier last next first finally indeed "
    "moreover furthermore besides nonetheless nevertheless otherwise thus hence "
    "today yesterday tonight both either neither not only just like unlike despite "
    "according between until throughout amid"
)

# First words of an appositive description ("Chad O’Carroll, the CEO of …").
APPOSITIVE_STARTS: frozenset[str] = _words(
    "the a an one his her their its our my who which whose another former then "
    "now currently also both each chief senior longtime long-time"
)

# Titles and roles that may stand before a name ("Secretary of State Mike Pompeo").
TITLES: frozenset[str] = _words(
    "president secretary minister sen sen. senator rep rep. representative gov gov. "
    "governor mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor judge justice chairman "
    "chairwoman chair speaker leader general gen gen. adm adm. admiral col col. lt lt. sgt "
    "sgt. capt capt. mayor ambassador director commissioner chief officer spokesman "
    "spokeswoman spokesperson attorney vice deputy prime foreign defense defence king "
    "queen prince princess pope rev rev. father sister bishop cardinal rabbi imam sheikh "
    "chancellor premier congressman congresswoman councilman councilwoman delegate "
    "assemblyman assemblywoman sheriff coach ceo founder editor candidate nominee former "
    "majority minority whip press executive manager chairperson state sens. reps. "
    "lawmaker senators presidential democratic republican gop democrat sir lord lady "
    "dame pres. u.s. us rev. msgr. supreme court house senate party committee "
    "campaign white commander colonel lieutenant sergeant captain major inspector "
    "detective officer agent trooper analyst economist strategist pollster consultant"
)

# Lower-case particles inside personal names ("Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = _words(
    "de da di del della der den van von bin ibn al el la le du dos das ter ten st."
)

# Capitalised words that mark a run of names as a place or an organisation,
# not a person.
NOT_PERSON_WORDS: frozenset[str] = _words(
    "korea america states kingdom union republic nations house senate congress party "
    "committee department ministry office agency bureau council court university "
    "college school institute center centre foundation association network news times "
    "post journal tribune herald press magazine review channel radio television tv "
    "group company corporation corp inc llc ltd bank fund trust war zone force army navy "
    "city county state province island islands street avenue square airport station "
    "hall church club league team democrats republicans street york jersey carolina "
    "dakota virginia hampshire mexico zealand africa arabia europe asia east west north "
    "south world times gazette daily weekly monday tuesday wednesday thursday friday "
    "saturday sunday january february march april june july august september october "
    "november december iowa texas ohio florida washington california airlines project "
    "movement campaign administration government police guard fox cnn nbc abc cbs msnbc "
    "twitter facebook google youtube instagram reuters ap afp"
)

# Nouns that, as the subject of a cue, are not people speaking: sign text,
# slogans and the like go to ``other_quoted``.
# Documents that speak in the text: "the statement read", "the letter says",
# "a voice-over in the ad states" (a noun-like cue such as "read" or "states"
# after one of these is a verb).
DOCUMENT_NOUNS: frozenset[str] = _words(
    "statement statements letter letters email emails memo memos ad ads advert release "
    "report reports order suit lawsuit complaint filing indictment document documents "
    "message messages note notes text transcript ruling opinion petition resolution "
    "platform website page video voice-over voiceover narrator script post tweet tweets "
    "headline announcement notice affidavit motion brief decision verdict agreement "
    "bill law policy manifesto invitation card flyer mailer spot commercial"
)

NON_SPEAKER_NOUNS: frozenset[str] = _words(
    "sign signs banner banners placard placards poster posters t-shirt t-shirts shirt "
    "shirts billboard billboards sticker stickers bumper slogan slogans hat hats cap caps "
    "mug mugs button buttons graffiti plaque plaques headline headlines chyron"
)

# Nouns for what someone said or wrote: after a possessive ("Doe’s reply was:
# “…”") the possessor is the speaker.
SPEECH_NOUNS: frozenset[str] = _words(
    "response responses reply replies answer answers claim claims comment comments remark "
    "remarks statement statements words language message messages tweet tweets broadside "
    "argument arguments rhetoric assertion complaint complaints speech letter email emails "
    "note call calls warning warnings plea pitch catch phrase slogan retort quip joke "
    "description verdict view views assessment criticism testimony advice question "
    "questions promise pledge vow"
)

# Groups that speak for a person ("Doe’s campaign said"): kept with the possessor.
GROUP_NOUNS: frozenset[str] = _words(
    "campaign campaigns office team staff spokesman spokeswoman spokesperson aides aide "
    "camp allies lawyer lawyers attorney attorneys administration government family "
    "supporters advisers advisors"
)

# Nouns after which a quoted span is the title of a work.
WORK_NOUNS: frozenset[str] = _words(
    "book books film films movie movies song songs show shows album albums novel novels "
    "series episode episodes program programme documentary play plays poem poems essay "
    "essays article articles op-ed column columns memoir memoirs titled entitled "
    "headlined hashtag hashtags podcast podcasts opera musical painting report reports "
    "study paper campaign ad ads commercial segment section chapter speech titled"
)

# Common given names, to tell "he" from "she" before a pronoun has been seen.
MALE_NAMES: frozenset[str] = _words(
    "donald mike michael john james robert william david richard joseph thomas charles "
    "christopher daniel matthew anthony mark paul steven andrew kenneth joshua kevin brian "
    "george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan "
    "stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander "
    "patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter "
    "kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean "
    "austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel "
    "logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby "
    "philip johnny bernie barack bill ted marco jeb ben rand chris newt mitt reince "
    "paul mitch chuck harry rudy rick jim tom tim bob dick dan dave steve ron ro "
    "vladimir xi kim moon abe boris emmanuel justin angela recep"
)
FEMALE_NAMES: frozenset[str] = _words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda "
    "melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela "
    "helen anna brenda pamela nicole emma samantha katherine christine debra rachel "
    "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria "
    "olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha "
    "jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris "
    "abigail julia judy grace denise amber marilyn beverly danielle theresa sophia "
    "marie diana brittany natalie isabella charlotte rose alexis kayla hillary "
    "chelsea huma kellyanne sarah ivanka melania carly elizabeth nikki condoleezza "
    "michele hope susana jenny jane kate katie theresa marine jill tulsi kamala "
    "debbie donna madeleine janet loretta valerie nina"
)


_DOUBLING = _words(
    "admit quip snap chat blog rebut regret slam jab sob stop plan vet spar dub brag"
)


def verb_forms(base: str) -> tuple[str, ...]:
    """The forms of a cue verb: base, -s, -ed, -ing (irregular ones from the table)."""
    if base in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[base]
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in _DOUBLING:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (base, third, past, ing)
