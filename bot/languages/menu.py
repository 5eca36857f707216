"""Choosing the language: the list the hub offers (each language in its own name and script, as buttons,
which texting channels show as a numbered list), what asks for it, and the choice coming back."""
from __future__ import annotations

import json
import re
from typing import Optional

from bot.assistant_contract import LANGUAGE_CHANGED as LANGUAGE_CHANGED_INTENT
from bot.assistant_contract import SET_LANGUAGE, command
from bot.languages.phrases import PHRASE_LANGUAGES, keyword_set, normalise
from bot.languages.supported import LANGUAGES, is_supported

# SET_LANGUAGE is the hub's own payload for a language picked from its list; never sent to Rasa.
# What Rasa is told once the language changed, so that it asks its question again in the new language.
LANGUAGE_CHANGED = command(LANGUAGE_CHANGED_INTENT)
_SET_LANGUAGE = re.compile("^" + re.escape(SET_LANGUAGE) + r"(\{.*\})$")


def language_buttons() -> list[dict[str, str]]:
    return [
        {"title": language.own_name, "payload": SET_LANGUAGE + json.dumps({"language": language.code})}
        for language in LANGUAGES
    ]


def chosen_language(payload: str) -> Optional[str]:
    """The language a /set_language payload picks, if it is one of ours."""
    match = _SET_LANGUAGE.match(payload.strip())
    if not match:
        return None
    try:
        code = json.loads(match.group(1)).get("language")
    except (ValueError, AttributeError):
        return None
    return code if is_supported(code) else None


def asks_for_languages(text: str) -> bool:
    """The whole message is the 'language' keyword, in English or in any of our languages."""
    return normalise(text) in keyword_set("language", PHRASE_LANGUAGES)
