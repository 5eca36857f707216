"""The languages SpeakUp answers in: Leicester's most spoken (Census 2021, TS024), each by its own name.

`code` is what the hub, Rasa's metadata, the catalogues (data/languages/<code>/) and the reports use;
`tag` is the BCP 47 tag for HTML `lang` (screen readers choose a voice by it)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, TypeGuard

ENGLISH = "en"
LTR, RTL = "ltr", "rtl"


@dataclass(frozen=True)
class Language:
    code: str
    tag: str
    english_name: str
    own_name: str
    script: str  # ISO 15924
    direction: str = LTR


LANGUAGES: tuple[Language, ...] = (
    Language("en", "en-GB", "English", "English", "Latn"),
    Language("gu", "gu", "Gujarati", "ગુજરાતી", "Gujr"),
    Language("pa", "pa-Guru", "Punjabi", "ਪੰਜਾਬੀ", "Guru"),
    Language("pl", "pl", "Polish", "Polski", "Latn"),
    Language("ro", "ro", "Romanian", "Română", "Latn"),
    Language("ur", "ur", "Urdu", "اردو", "Arab", RTL),
    Language("bn", "bn", "Bengali", "বাংলা", "Beng"),
    Language("pt", "pt", "Portuguese", "Português", "Latn"),
    Language("ar", "ar", "Arabic", "العربية", "Arab", RTL),
    Language("so", "so", "Somali", "Soomaali", "Latn"),
    Language("hi", "hi", "Hindi", "हिन्दी", "Deva"),
    Language("ta", "ta", "Tamil", "தமிழ்", "Taml"),
    Language("ku", "ku-Latn", "Kurdish (Kurmanji)", "Kurdî (Kurmancî)", "Latn"),
    Language("ckb", "ckb", "Kurdish (Sorani)", "کوردی (سۆرانی)", "Arab", RTL),
)
BY_CODE = {language.code: language for language in LANGUAGES}
CODES = tuple(BY_CODE)
TRANSLATED = tuple(code for code in CODES if code != ENGLISH)


def language(code: Optional[str]) -> Language:
    """The language with this code; English for anything else (None, unknown, a detector's guess)."""
    return BY_CODE.get(code or ENGLISH, BY_CODE[ENGLISH])


def is_supported(code: Any) -> TypeGuard[str]:
    """One of our languages' codes (metadata and the database may hold anything, or nothing)."""
    return isinstance(code, str) and code in BY_CODE


# The hub tells Rasa, in each message's metadata, which language to answer in (the conversation's) and
# which language this message is written in, when it can tell (what the understanding should read it as).
ANSWER_LANGUAGE_KEY = "language"
TEXT_LANGUAGE_KEY = "text_language"
