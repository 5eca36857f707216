"""What the hub says itself (errors, handoff notices, SMS keywords), read from the domain's responses.

Every user-facing text lives in domain.yml, so that translating the assistant translates the hub too."""
from __future__ import annotations

import string
from pathlib import Path
from typing import Any, Mapping

import yaml

from bot.config import PROJECT_ROOT


class _KeepUnknown(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class TextCatalogue:
    def __init__(self, responses: Mapping[str, list[Mapping[str, Any]]]) -> None:
        self._responses = responses

    @classmethod
    def from_domain(cls, path: Path = PROJECT_ROOT / "domain.yml") -> "TextCatalogue":
        with path.open(encoding="utf-8") as handle:
            domain = yaml.safe_load(handle) or {}
        return cls(domain.get("responses") or {})

    def render(self, name: str, **values: Any) -> str:
        """The response's default variation (the one without conditions), with {placeholders} filled."""
        variations = self._responses.get(name)
        if not variations:
            raise KeyError(f"domain.yml has no response named {name}")
        default = next((v for v in variations if not v.get("condition") and not v.get("channel")), variations[0])
        return string.Formatter().vformat(default.get("text", ""), (), _KeepUnknown(values))
