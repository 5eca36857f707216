"""Translations: one gettext catalogue per language, read once, used by the hub, Rasa and the actions.

English is the source, written where it is used (domain/, the widget's en.json, the helpline
catalogue, the console's prepared replies); `python -m bot.languages.extract` collects it into
data/languages/messages.pot and brings every data/languages/<code>/messages.po up to date, where
translators work (Poedit, Weblate or a text editor). A message is found by its context (the response's
name, or where else it comes from) and its English text, so a changed English text is never shown with
a stale translation: it falls back to English until the translator confirms it.

Phone numbers and references are never in a text: texts name them ({tel_emergency}) and `fill` puts in
the number from data/helplines.yml, the same in every language."""
from __future__ import annotations

import copy
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT
from bot.languages.supported import ENGLISH, TRANSLATED

LANGUAGES_DIR = PROJECT_ROOT / "data" / "languages"
TEMPLATE_PATH = LANGUAGES_DIR / "messages.pot"
HELPLINES_PATH = PROJECT_ROOT / "data" / "helplines.yml"
# The header comment line that says whether a native speaker has reviewed the catalogue.
_REVIEW_LINE = re.compile(r"^#\s*Review status:\s*(?P<status>.+)$", re.IGNORECASE | re.MULTILINE)
REVIEWED_PREFIX = "reviewed by"


def catalogue_path(code: str, directory: Path = LANGUAGES_DIR) -> Path:
    return directory / code / "messages.po"


class _KeepUnknown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Mapping[str, Any]) -> str:
    """`text` with its {placeholders} filled; an unknown placeholder is left as it is."""
    return string.Formatter().vformat(text, (), _KeepUnknown(values))


@dataclass(frozen=True)
class Review:
    """What a catalogue's header says of its review: `reviewed` only when a native speaker has."""

    status: str

    @property
    def reviewed(self) -> bool:
        return self.status.lower().startswith(REVIEWED_PREFIX)


@dataclass(frozen=True)
class Catalogue:
    code: str
    messages: Mapping[tuple[str, str], str]  # (context, English) -> translation
    review: Review

    @classmethod
    def read(cls, code: str, path: Path) -> "Catalogue":
        with path.open("rb") as handle:
            po = read_po(handle)
        messages = {
            (message.context or "", str(message.id)): str(message.string)
            for message in po
            if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
        }
        found = _REVIEW_LINE.search(po.header_comment or "")
        return cls(code, messages, Review(found["status"].strip() if found else "not reviewed"))


def read_numbers(path: Path = HELPLINES_PATH) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {str(k): str(v) for k, v in ((yaml.safe_load(handle) or {}).get("numbers") or {}).items()}


class Translations:
    """Every language's catalogue, and the numbers texts name."""

    def __init__(self, catalogues: Mapping[str, Catalogue], numbers: Mapping[str, str]) -> None:
        self.catalogues = dict(catalogues)
        self.numbers = dict(numbers)

    @classmethod
    def load(cls, directory: Path = LANGUAGES_DIR, helplines: Path = HELPLINES_PATH) -> "Translations":
        catalogues = {
            code: Catalogue.read(code, catalogue_path(code, directory))
            for code in TRANSLATED
            if catalogue_path(code, directory).is_file()
        }
        return cls(catalogues, read_numbers(helplines))

    def text(self, language: Optional[str], context: str, english: str) -> str:
        """The translation of `english` said as `context`; the English itself where there is none."""
        catalogue = self.catalogues.get(language or ENGLISH)
        if catalogue is None or not english:
            return english
        return catalogue.messages.get((context, english), english)

    def render(self, language: Optional[str], context: str, english: str, **values: Any) -> str:
        """Translated, then filled: the numbers first, then `values`."""
        return fill(self.text(language, context, english), {**self.numbers, **values})

    def response(self, language: Optional[str], name: str, variation: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of one variation of a domain response with its text and button titles translated
        (placeholders are left for whoever fills them)."""
        translated = copy.deepcopy(dict(variation))
        if translated.get("text"):
            translated["text"] = self.text(language, name, str(translated["text"]))
        for button in translated.get("buttons") or []:
            if button.get("title"):
                button["title"] = self.text(language, name, str(button["title"]))
        return translated

    def review(self, language: str) -> Review:
        catalogue = self.catalogues.get(language)
        if language == ENGLISH:
            return Review("source text")
        return catalogue.review if catalogue else Review("not translated")


@lru_cache(maxsize=1)
def translations() -> Translations:
    """The project's translations, read once per process."""
    return Translations.load()
