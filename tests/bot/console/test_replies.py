"""Prepared replies carry only verified numbers (the helpline reference), and every one loads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.console.replies import ReplyCatalogue

REFERENCES = [PROJECT_ROOT / "tests" / "actions" / "data" / "helplines-reference.md", Path("/work/shared/reference/helplines.md")]
# A phone number as people write it: digits, maybe in groups ("0800 138 1625", "116 123", "18001 101").
NUMBER = re.compile(r"(?<![\w.])\d[\d ]{1,14}\d(?![\w])|(?<![\w.])\d{3}(?![\w])")


def digits(text: str) -> set[str]:
    return {match.replace(" ", "") for match in NUMBER.findall(text)}


def test_every_number_in_a_prepared_reply_is_verified() -> None:
    reference = next((path for path in REFERENCES if path.exists()), None)
    if reference is None:
        pytest.skip("no copy of the helpline reference here")
    verified = reference.read_text(encoding="utf-8").replace(" ", "")
    catalogue = ReplyCatalogue.load()
    assert len(catalogue.replies) >= 8
    for reply in catalogue.replies:
        for number in digits(reply.text):
            assert number in verified, f"{reply.id}: {number} is not in {reference.name}"


def test_replies_have_unique_ids_and_short_titles() -> None:
    catalogue = ReplyCatalogue.load()
    ids = [reply.id for reply in catalogue.replies]
    assert len(ids) == len(set(ids))
    assert all(0 < len(reply.title) <= 60 and reply.text for reply in catalogue.replies)
