"""Keywords typed as a whole message (person, stop report, menu) work in each language, and never take
the place of an answer a question offers in the languages understood together."""
from __future__ import annotations

import pytest

from bot.languages.phrases import (
    KEYWORD_INTENTS,
    _keyword_intents,
    keyword_intent,
    normalise,
    phrase_set,
    phrases,
    understood_languages,
)
from bot.languages.supported import CODES


@pytest.mark.parametrize("text, languages, intent", [
    ("report band karo", ("en", "romanised"), "stop_report"),
    ("kisi insaan se baat", ("en", "romanised"), "request_human"),
    ("Człowiek!", ("pl", "en"), "request_human"),
    ("przerwij zgłoszenie", ("pl", "en"), "stop_report"),
    ("om", ("ro", "en"), "request_human"),
    ("om", ("ta", "en"), None),  # yes, in Tamil
    ("człowiek", ("ro", "en"), None),  # only the message's and the conversation's languages count
    ("menu", ("en",), None),  # English is the English model's to understand
    ("Stop report.", ("en",), "stop_report"),  # ... except what the assistant tells people to type
    ("stop the report", ("pl", "en"), "stop_report"),
    ("please stop report him", ("en",), None),
    ("mój sąsiad mnie nęka, człowiek", ("pl", "en"), None),  # a keyword inside a sentence is a sentence
])
def test_a_keyword_stands_for_its_intent_in_its_own_languages(text: str, languages: tuple[str, ...], intent: str) -> None:
    assert keyword_intent(text, languages) == intent


def test_romanised_is_understood_where_its_readers_are_answered() -> None:
    assert "romanised" in understood_languages("en") and "romanised" in understood_languages("ur", "ur")
    assert "romanised" not in understood_languages("pl", "pl")


@pytest.mark.parametrize("answer_language", CODES)
def test_no_keyword_is_also_an_answer_to_a_question(answer_language: str) -> None:
    languages = understood_languages(answer_language)
    keywords = {word: intent for code in languages for word, intent in _keyword_intents(code).items()}
    assert set(KEYWORD_INTENTS.values()) >= set(keywords.values())
    answers = {normalise(w) for code in languages for name in ("skip", "done") for w in phrase_set(name, [code])}
    for code in languages:
        for by_value in (phrases(code).get("choices") or {}).values():
            answers |= {normalise(w) for words in by_value.values() for w in words}
    assert not answers & set(keywords), f"keywords that are also answers: {sorted(answers & set(keywords))}"
