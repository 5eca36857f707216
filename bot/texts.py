"""What the hub says itself (errors, handoff notices, SMS keywords), read from the domain's responses.

Every user-facing text lives in the domain (domain/, one file per feature), in English, and is translated by the catalogues in
data/languages/ (bot/languages/catalogue.py), so translating the assistant translates the hub too."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Optional

from bot.domain_files import DOMAIN_DIR, load_domain
from bot.languages.catalogue import Translations, translations


class TextCatalogue:
    def __init__(self, responses: Mapping[str, list[Mapping[str, Any]]], texts: Optional[Translations] = None) -> None:
        self._responses = responses
        self.translations = texts or translations()

    @classmethod
    def from_domain(cls, path: Path = DOMAIN_DIR) -> "TextCatalogue":
        return cls(load_domain(path).get("responses") or {})

    def english(self, name: str) -> str:
        """The response's default variation (the one without conditions), in English, unfilled."""
        variations = self._responses.get(name)
        if not variations:
            raise KeyError(f"the domain has no response named {name}")
        default = next((v for v in variations if not v.get("condition") and not v.get("channel")), variations[0])
        return str(default.get("text", ""))

    def render(self, name: str, language: Optional[str] = None, **values: Any) -> str:
        """The response's default variation in `language` (English when None), with {placeholders} filled."""
        return self.translations.render(language, name, self.english(name), **values)
