"""Texts in one of the other languages to read patterns against: the cases its danger.yml lists and its
held-out sets."""
from __future__ import annotations

import yaml

from bot.config import PROJECT_ROOT

LANGUAGES = PROJECT_ROOT / "data" / "languages"
HELD_OUT = PROJECT_ROOT / "tests" / "heldout"
DANGER_FILES = sorted(LANGUAGES.glob("*/danger.yml"))


def language_texts(language: str) -> list[str]:
    texts: set[str] = set()
    for path in (LANGUAGES / language / "danger.yml", HELD_OUT / f"{language}.yml"):
        if not path.exists():
            continue
        for value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values():
            if isinstance(value, list):
                texts.update(str(text) for text in value if isinstance(text, str))
    return sorted(texts)
