"""The translations: every catalogue up to date with the English, complete, numbers and placeholders kept,
honest about its review; numbers in texts are named, never written."""
from __future__ import annotations

import re

import pytest

from bot.languages import check, extract
from bot.languages.catalogue import read_numbers, translations
from bot.languages.supported import TRANSLATED
from tests.actions.test_helplines import _digits, _reference_numbers

_TEL = re.compile(r"\{(tel_[a-z_]+|reference_example)\}")


def test_every_catalogue_is_up_to_date_with_the_english() -> None:
    assert extract.main(["--check"]) == 0, "run `make catalogues`"


# Every catalogue is complete: every message of the assistant, the hub, the widget and the
# prepared replies.
COMPLETE = TRANSLATED


@pytest.mark.parametrize("code", COMPLETE)
def test_a_complete_catalogue_translates_every_message(code: str) -> None:
    assert check.problems(code) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translation_keeps_its_placeholders_and_numbers(code: str) -> None:
    assert check.problems(code, complete=False) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_catalogue_claims_a_review_nobody_did(code: str) -> None:
    # Change this test with the catalogue when a native speaker has reviewed it (docs/languages.md).
    review = translations().review(code)
    assert not review.reviewed and "not reviewed" in review.status


def test_every_number_a_text_names_is_a_verified_one() -> None:
    numbers, known = read_numbers(), _reference_numbers()
    english = [english for _context, english, _note in extract.template_sources()]
    named = {name for text in english for name in _TEL.findall(text)}
    assert named <= set(numbers)
    for name, number in numbers.items():
        if name.startswith("tel_"):
            assert _digits(number) in known, name


def test_no_english_text_writes_a_phone_number_itself() -> None:
    numbers = {number for name, number in read_numbers().items() if name.startswith("tel_") and len(number) > 3}
    for _context, english, _note in extract.template_sources():
        for number in numbers:
            assert number not in english, (english, number)
        assert not re.search(r"(?<![\w{])999(?![ ]?BSL|bsl)", english), english
