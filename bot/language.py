"""Which language a person writes in, so that replies can follow them (translations come next)."""
from __future__ import annotations

from typing import Optional

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0  # langdetect is random by default; the same text must give the same answer

# Short messages ("yes", "skip", "2") say nothing reliable about a language.
MIN_LETTERS = 12
MIN_PROBABILITY = 0.90


def detect_language(text: str) -> Optional[str]:
    if sum(character.isalpha() for character in text) < MIN_LETTERS:
        return None
    try:
        best = detect_langs(text)[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang if best.prob >= MIN_PROBABILITY else None
