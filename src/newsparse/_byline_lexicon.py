"""Word lists for reading bylines: cues, roles, credentials, agencies, dates.

Everything here is data.  Single words are kept as space-separated text and
turned into ``frozenset`` s of lower-case words; phrases (cues, agencies) are
tuples of lower-case strings.  Matching is case-insensitive unless a list says
otherwise.
"""

from __future__ import annotations

__all__ = [
    "AFFILIATION_PREPOSITIONS",
    "AGENCIES",
    "AMBIGUOUS_DATE_WORDS",
    "CONJUNCTIONS",
    "CONJUNCTIONS_LOWER_ONLY",
    "CREDENTIALS",
    "DATE_WORDS",
    "DESK_WORDS",
    "EDITOR_CUES",
    "FUNCTION_WORDS",
    "FURNITURE_PHRASES",
    "GLUE_WORDS",
    "HONORIFICS",
    "LEADING_CUES",
    "NAME_PREFIXES",
    "NAME_SUFFIXES",
    "NOISE_WORDS",
    "ORG_WORDS",
    "PARTICLES",
    "PHOTO_CUES",
    "PLACE_PREPOSITIONS",
    "ROLE_HEADS",
    "ROLE_HEAD_SUFFIXES",
    "ROLE_LINKS",
    "ROLE_MODIFIERS",
    "SPEECH_WORDS",
    "WRITER_CUES",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """One phrase per line, longest first so that an alternation prefers it."""
    lines = {" ".join(line.split()) for line in text.splitlines() if line.strip()}
    return tuple(sorted(lines, key=lambda s: (-len(s), s)))


# --- cues ------------------------------------------------------------------

#: Words that introduce the writers.  A cue may stand anywhere in the line.
WRITER_CUES = _phrases("""
    by
    written by
    words by
    text by
    story by
    reported by
    compiled by
    posted by
    published by
    interview by
    guide by
    review by
    reviewed by
    medically reviewed by
    view all posts by
    all posts by
    more articles by
    more stories by
    more posts by
    articles by
    posts by
    stories by
    read more by
    read more from
    see more from
    more from
    read more about
    more about
    about the author
    contact the author
    author of the article
    authors of this article
    author
    authors
    author(s)
    credit
    who is
    geschrieben von
    eingestellt von
    verfasst von
    ein beitrag von
    schreiben sie
    autor
    autorin
    autoren
    text
    interview
    von
    über
    más artículos de
    escribe
    escrito por
    redacción
    publicado por
    por
    par
    écrit par
    door
    geschreven door
    di
    scritto da
    av
    skrevet av
    投稿者
    作者
    著者
    记者
    автор
""")

#: Cues that count only at the start of a line (elsewhere they are ordinary words).
LEADING_CUES = _words("""
    author authors author(s) credit text interview über escribe redacción
    por par door di av autor autorin autoren who about
""")

#: Credits for pictures and video: the names that follow are not writers.
PHOTO_CUES = _phrases("""
    photographs by
    photograph by
    photography by
    photos by
    photo by
    pictures by
    images by
    image by
    video by
    videos by
    illustration by
    illustrations by
    graphics by
    graphic by
    animation by
    design by
    photo
    photos
    foto
    fotos
    bild
    image
    video
    illustration
    graphics
    photo credit
    image credit
""")

#: Credits for editing and checking: used only when no writer is named.
EDITOR_CUES = _phrases("""
    edited by
    fact checked by
    fact-checked by
    additional reporting by
    with reporting by
""")

# --- words around names ----------------------------------------------------

#: "and" between names, case-insensitive.
CONJUNCTIONS = _words("and & und et og och with mit avec con")
#: Short conjunctions that count only in lower case ("Y" may be an initial).
CONJUNCTIONS_LOWER_ONLY = _words("y e i en ja és и и 和 与")

#: Lower-case words that may stand inside a name: "van der", "de la", "bin".
PARTICLES = _words("""
    van von der den de del della delle dei degli di da das dos do du la le les
    el al bin binti bint ibn ben ter ten te zu zur af av y st st. san santa
    mac ap
""")

#: Parts that may open a name written with an inner capital: "McDonald", "DeSiato".
NAME_PREFIXES = _words("""
    mc mac o' o’ de di da du la le del van von fitz san st st. ben al el
""")

#: Written after a name and part of it: "Jr.", "III".
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv v")

#: Titles before a name, kept as the author's role.
HONORIFICS = _words("""
    dr dr. drs drs. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. rev rev.
    herr frau dott dott. dott.ssa sra sra. sr. sra dña dña. mme mme. m. mlle
""")

#: Degrees and professional credentials written after a name ("MD, PhD").
CREDENTIALS = _words("""
    md m.d. phd ph.d. ph.d dphil edd ed.d. psyd psy.d. dds d.d.s. dmd dvm do d.o.
    ms m.s. msc m.sc. ma m.a. mba m.b.a. mph m.p.h. mfa msw lcsw lpc lmft
    ba b.a. bs b.s. bsc b.sc. bsn msn rn r.n. np aprn pa pa-c crnp
    rd rdn ld ldn cde cdces cscs cissp cpp psp cfp cfa cpa caia frm
    fand facp faclm facc facs facog faap foma dabom mrcp frcp frcs mbbs mbchb
    jd j.d. llm ll.m. esq esq. pe p.e. pmp shrm-cp shrm-scp phr sphr
    ibclc cpt nasm cnc chc cns
""")

#: The head of a role phrase: "writer" in "Senior Staff Writer".
ROLE_HEADS = _words("""
    writer writers reporter reporters correspondent correspondents editor editors
    columnist columnists contributor contributors journalist journalists
    photographer photographers producer producers analyst analysts critic critics
    intern interns fellow anchor host hosts commentator blogger bloggers
    director manager founder co-founder cofounder ceo cto cfo coo cmo president
    vice-president officer consultant expert specialist researcher scientist
    strategist coordinator representative reviewer designer developer engineer
    owner partner advisor adviser lawyer attorney lecturer economist historian
    instructor coach nutritionist dietitian dietician physician nurse therapist
    psychologist pharmacist staffer stringer freelancer presenter broadcaster
    newsreader chief head lead author authors autor autorin redakteur redakteurin
    redakteure redaktion volontär volontärin korrespondent korrespondentin
    mitarbeiter mitarbeiterin mitglied experte expertin chefredakteur
    chefredakteurin ressortleiter ressortleiterin reporterin journalistin
    corresponsal enviado enviada periodista redactor redactora colaborador
    colaboradora columnista journaliste rédacteur rédactrice envoyé envoyée
    chroniqueur chroniqueuse giornalista inviato inviata corrispondente
    verslaggever redacteur skribent medarbeider journalisti
    student graduate candidate practitioner educator teacher
    investigator statistician copywriter copyeditor subeditor sub-editor
""")

#: Endings of compound role words: "Medizinredakteurin", "FOCUS-Online-Experte".
ROLE_HEAD_SUFFIXES = (
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "reporterin",
    "journalistin",
    "experte",
    "expertin",
    "-writer",
    "-editor",
    "-reporter",
)

#: Words that qualify a role head: "Senior", "Middle East", "Political".
ROLE_MODIFIERS = _words("""
    senior sr sr. junior jr. chief deputy associate assistant contributing
    special national international foreign political parliamentary staff
    freelance managing executive investigative economics economic science
    health sports sport business technology tech digital news city metro
    features feature opinion lifestyle entertainment culture cultural arts
    education environment environmental climate energy crime legal courts
    white house middle east europe european asia asian africa african latin
    america american washington london bureau global world local regional state
    social media content web online print trending marketing community video
    audio photo data graphics visual editorial general breaking motoring autos
    auto property travel food fashion beauty royal defence defense security
    diplomatic medical home north south west former co research product
    operations communications hub sales public relations affairs finance
    financial money markets investment investing personal wellness fitness
    nutrition parenting family weather science environment commerce shopping
    deals reviews review gaming games film music books tv television radio
    podcast newsletter homepage senior-staff visiting guest regular
    award-winning freelancing principal lead head technical creative design
    strategy partnerships growth seo legal policy politics politik wirtschaft
    kultur sport lokales regionales national-
""")

#: Words that link a role head to what follows: "Director of Operations".
ROLE_LINKS = _words("of at for to für bei de del du des der di en in")

#: Words that end a group of authors and name the newsroom or team: "Gear Team".
DESK_WORDS = _words("""
    team staff desk newsroom redaktion webteam wire editors editorial-team
    bureau
""")

#: Words that make a group of capitalised words an organisation.
ORG_WORDS = _words("""
    press news times post journal daily herald tribune gazette telegraph
    chronicle observer guardian magazine media network agency radio tv
    television institute university foundation association inc inc. ltd ltd.
    llc gmbh ag group company corp corp. council committee center centre
    service services society club online review weekly monthly review
    record sun star mirror express independent examiner inquirer dispatch
    bulletin courier reporter-news wire
""")

#: News agencies and outlets often credited beside (or instead of) a writer.
AGENCIES = _phrases("""
    associated press
    the associated press
    ap
    reuters
    thomson reuters
    afp
    agence france-presse
    agence france presse
    bloomberg
    bloomberg news
    upi
    united press international
    dpa
    epd
    kna
    apa
    sda
    efe
    agencia efe
    ansa
    kyodo
    kyodo news
    xinhua
    tass
    ria novosti
    interfax
    pa
    pa media
    press association
    aap
    ians
    pti
    ani
    anp
    belga
    cnn
    cnn wire
    bbc
    bbc news
    npr
    abc news
    cbs news
    nbc news
    fox news
    cnbc
    al jazeera
    the new york times
    new york times
    the washington post
    washington post
    the guardian
    los angeles times
    the wall street journal
    wall street journal
    financial times
    usa today
    politico
    axios
    the hill
    mailonline
    daily mail
    the daily mail
    daily mail australia
    cnet
    techcrunch
    buzzfeed
    buzzfeed news
    phys.org
    wired
    the verge
    the atlantic
    the independent
    the telegraph
    sky news
    itv news
    news.com.au
    the times
    the sun
    the west australian
""")

#: Preposition before a place: "Jane Doe in Beirut".
PLACE_PREPOSITIONS = _words("in aus en à em")

#: Preposition before an outlet: "Jane Doe for the Daily Mail".
AFFILIATION_PREPOSITIONS = _words("for from via für pour para per at bei")

#: Verbs that follow a commenter's name: "Jane Doe says:".
SPEECH_WORDS = _words("says said sagt schreibt writes wrote dice dit escribe")

#: Words of a title-case headline that never stand in a name: "What To Look For".
FUNCTION_WORDS = _words("""
    by to the an of on with your our my their his her its how what why when where
    who which this that these those is are was were be been could
    should would you me we they it not no yes best top vs versus than into over
    under after before about against between through why here there every
""")

#: Page furniture that sticks to names: "Follow", "Twitter", "Share".
NOISE_WORDS = _words("""
    follow +follow following twitter facebook instagram linkedin threads
    bluesky youtube tiktok email e-mail share save add comment comments
    subscribe contact bio profile author's author’s view more read tips
    become learn listen print articles article posts stories
    quelle source uhr google menu toggle search opens see about recent latest
""")

#: Phrases of page furniture removed before reading: "Email the author".
FURNITURE_PHRASES = _phrases("""
    email the author
    e-mail the author
    message the author
    follow the author
    follow this author
    view author profile
    view profile
    author profile
    author's profile
    author’s profile
    more by this author
    read full bio
    full bio
    show more
    read more
    learn more
    add as preferred on google
    share this post
    share this article
    share on facebook
    share on twitter
""")

#: Words found glued to the end of a name by careless text extraction
#: ("Pete EvansSenior Writer", "Andrew HusbandTwitter"); a glue split is made
#: in front of them.
GLUE_WORDS = _words("""
    the by updated published posted last share save add comment follow twitter
    news business lifestyle sports sport opinion politics world tech technology
    science health culture entertainment travel food engineering redaktion
    quelle source author autor google
""")

# --- dates -----------------------------------------------------------------

#: Month and weekday names and abbreviations, time-zone and date words
#: (English, German, French, Spanish, Italian, Portuguese, Dutch, Nordic).
DATE_WORDS = _words("""
    january february march april june july august september october november
    december jan feb mar apr may jun jul aug sep sept oct nov dec
    januar februar märz mär mai juni juli oktober okt dezember dez
    janvier février mars avril juin juillet août septembre octobre novembre
    décembre janv févr avr juil sept déc
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre
    octubre noviembre diciembre ene dic
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    januari februari maart mei augustus
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    updated published posted modified created originally last stand veröffentlicht
    aktualisiert publicado actualizado mis à jour publié
    am pm a.m. p.m. et pt est edt cst cdt mst mdt pst pdt utc gmt bst cet cest
    ist aest aedt jst hkt sgt
    ago today yesterday hour hours hr hrs minute minutes min mins day days
    week weeks month months year years now just
    uhr um on at
""")

#: Date words that are also names or common words: a date only beside a number.
AMBIGUOUS_DATE_WORDS = _words("""
    may march april june july august jan mar sun sat wed mon do di mi fr sa so
    mai maio mayo juni juli julio avril mars marzo augustus agosto
    am um on at et pt est min just now day
""")

#: Cue words and button or link labels that author elements hold besides names
#: ("Share", "Follow"): never a one-word name.
UI_LABELS = _words("""
    by von vom par por door share teilen follow folgen email mail print drucken
    comment comments kommentar kommentare more read reply tweet twitter facebook
    linkedin instagram youtube website bio about posts articles artikel beiträge rss
    feed menu search home close next previous back top tags save like
""")
