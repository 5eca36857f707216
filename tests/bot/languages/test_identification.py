"""Which language a short message is in: the languages no script decides (messages not from tests/heldout)."""
from __future__ import annotations

import pytest

from bot.languages.identification import identify
from bot.languages.phrases import ROMANISED


@pytest.mark.parametrize(
    "text, language",
    [
        ("maxaa dhacay", "so"),
        ("walaashay waa la garaacay", "so"),
        ("alîkarî bike", "ku"),
        ("ez tirsiyam", "ku"),
        ("Poliția nu m-a ajutat deloc", "ro"),  # ș and ț with the comma below, as Romanian keyboards type them
        ("tame kya cho", "gu"),  # romanised Gujarati, though "kya" is Urdu too
        ("mujhe kya karna chahiye", ROMANISED),
        ("someone spat at my daughter", "en"),
    ],
)
def test_a_short_message_is_read_in_its_language(text: str, language: str) -> None:
    assert identify(text).language == language


def test_a_word_both_kurmanji_and_romanised_urdu_use_goes_to_the_language_with_more_words() -> None:
    # "ji" is Kurmanji "from" and Urdu's polite "ji"; "kar" is Urdu "do"
    assert identify("ez ji kar hatim malê").language == "ku"
    assert identify("haan ji main kar rahi hoon").language == ROMANISED


def test_a_word_neither_detector_reads_is_no_language_and_no_error() -> None:
    # "en" (as a person types a language code): fastText's top twenty hold none of lingua's five, lingua gives 0
    assert identify("en").language is None
