"""Words people type instead of pressing a button or a command, in each language.

data/languages/<code>/phrases.yml holds them (English in data/languages/en/): `skip` and `done`, the
synonyms of each choice a question offers (`choices`, by response and value), and the hub's `keywords`
(language, menu, person, help, stop_report). A phrase matches the whole message or a whole-word part
of it after `normalise`, which the hub and the actions share."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional

import regex

from bot.languages.catalogue import LANGUAGES_DIR
from bot.languages.supported import CODES, TRANSLATED
from bot.yaml_files import read_yaml

# Romanised Urdu, Hindi and Punjabi: understood, though SpeakUp answers in the language chosen.
ROMANISED = "romanised"
PHRASE_LANGUAGES = (*CODES, ROMANISED)
# What a keyword typed as the whole message asks the assistant for (the hub answers `language` itself).
# Not `help`: in several languages its word is also a choice's ("pomoc" is the support service the report
# may go to), so help is left to the classifiers, which see the question being answered.
KEYWORD_INTENTS = {"person": "request_human", "stop_report": "stop_report", "menu": "show_menu"}
# The keywords the assistant itself tells people to type ("To stop at any time, say 'stop report'"): read as
# commands in English too, where the rest are left to the English model. The model read "stop report" at 0.899,
# a hair under what a command inside a story needs (actions/form_base.py), and the report went on.
ADVERTISED_KEYWORDS = frozenset({"stop_report"})
# The conversations in which romanised Urdu, Hindi and Punjabi are understood: their readers are answered
# in English, Urdu, Hindi or Punjabi.
ROMANISED_READERS = frozenset({"en", "ur", "hi", "pa"})

# `regex`, not `re`: its \w keeps Indic vowel signs inside a word, where `re` would split "ગુજરાતી".
_NOT_WORD = regex.compile(r"[^\w\s#&+,/;]")
_SPACES = regex.compile(r"\s+")


def normalise(text: str) -> str:
    """Case folded, apostrophes dropped, punctuation to spaces: "I'm not sure!" -> "im not sure"."""
    text = text.casefold().replace("’", "'").replace("'", "")
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()


@lru_cache(maxsize=None)
def phrases(code: str) -> Mapping[str, Any]:
    """One language's phrases file, or nothing for a language that has none yet."""
    path = LANGUAGES_DIR / code / "phrases.yml"
    if not path.is_file():
        return {}
    return read_yaml(path, strings=True) or {}


def load_all() -> None:
    """Reads every language's phrases now (the hub calls it as it starts), not on someone's first message."""
    for code in PHRASE_LANGUAGES:
        phrases(code)


def phrase_set(name: str, languages: Iterable[str] = PHRASE_LANGUAGES) -> frozenset[str]:
    """A top-level list (`skip`, `done`) in these languages, normalised."""
    return frozenset(normalise(str(p)) for code in languages for p in phrases(code).get(name) or [])


def keyword_set(name: str, languages: Iterable[str] = PHRASE_LANGUAGES) -> frozenset[str]:
    """A keyword's words (`language`, `menu`, `person`, `help`, `stop_report`) in these languages."""
    return frozenset(
        normalise(str(p)) for code in languages for p in (phrases(code).get("keywords") or {}).get(name) or []
    )


def choice_synonyms(response: str, value: str, languages: Iterable[str]) -> list[str]:
    """What people type for the choice `value` of the question `response`, in these languages."""
    return [
        normalise(str(p))
        for code in languages
        for p in ((phrases(code).get("choices") or {}).get(response) or {}).get(value) or []
    ]


@lru_cache(maxsize=None)
def _keyword_intents(code: str) -> Mapping[str, str]:
    found: dict[str, str] = {}
    for name, intent in KEYWORD_INTENTS.items():
        if code == "en" and name not in ADVERTISED_KEYWORDS:
            continue
        for word in keyword_set(name, (code,)):
            found.setdefault(word, intent)
    return found


def keyword_intent(text: str, languages: Iterable[str]) -> Optional[str]:
    """The intent a whole message stands for when it is a keyword of one of `languages` (the message's and
    the conversation's: "om" is a person in Romanian and yes in Tamil). English keywords other than the
    advertised ones are left to the English model, which learned them with their context."""
    cleaned = normalise(text)
    for code in languages:
        intent = _keyword_intents(code).get(cleaned)
        if intent is not None:
            return intent
    return None


def understood_languages(answer_language: str, text_language: Optional[str] = None) -> tuple[str, ...]:
    """The languages whose words are understood in a message: its own, the conversation's, English, and
    romanised where the conversation's readers may type it ("haan ji" is too short to be recognised)."""
    found = [code for code in (text_language, answer_language, "en") if code in PHRASE_LANGUAGES]
    if answer_language in ROMANISED_READERS:
        found.append(ROMANISED)
    return tuple(dict.fromkeys(found))
