"""The prefilter never skips a pattern that would match: on examples of each construct it reads, and for every
language's every danger pattern over the texts its danger.yml lists and its held-out sets; and it does skip."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.rasa_plugins.danger_detector import LanguagePatterns, other_languages
from bot.rasa_plugins.pattern_prefilter import NOTHING, literal_search, may_match, needed_strings
from tests.support.language_texts import DANGER_FILES, language_texts


@pytest.mark.parametrize("source, needed", [
    (r"\bzabij[eę]\b", {"zabije", "zabiję"}),  # a small class spells each of its letters
    (r"(?:very )?BAD", {"bad"}),  # optional parts need nothing; compared casefolded
    (r"(?!.*game)kill", {"kill"}),  # a negative lookaround needs nothing
    (r"^(?=.*knife)(?=.*door)", {"knife"}),  # a positive one does: the longest need is kept
    (r"(?:kill|stab)s?\s+him", {"kill", "stab"}),
    (r"(?:kill|stab)\s+(?:her|him)", {"kill", "stab"}),
    (r"go+al", {"go"}),  # a repeated letter needs one of itself, then a new run starts
    (r"ab[a-z]cde", {"cde"}),  # a range is not spelled out
])
def test_what_a_pattern_cannot_match_without(source: str, needed: set[str]) -> None:
    assert needed_strings(source) == needed


@pytest.mark.parametrize("source", [
    r"kill|\d+",  # one alternative needs no string
    r"(?:kill)?\S+",
    r"k*",
    r"(?i:kill)",  # inline flags are not read
])
def test_what_it_cannot_read_needs_nothing(source: str) -> None:
    assert needed_strings(source) == NOTHING


def test_one_search_finds_any_needed_string_and_a_string_its_prefix_covers_is_dropped() -> None:
    search = literal_search(frozenset({"kill", "killing", "stab", "a.b"}))
    assert search is not None and search.pattern.count("killing") == 0
    assert [may_match(search, text) for text in ("he will kill", "stabbed", "a.b", "axb", "")] == [
        True, True, True, False, False]
    assert may_match(None, "anything")


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_no_danger_pattern_is_skipped_where_it_matches(path: Path) -> None:
    patterns = _language(path.parent.name)
    texts = language_texts(path.parent.name)
    skipped = [
        (name, text) for (name, pattern), search in zip(patterns.patterns, patterns.prefilters) for text in texts
        if pattern.search(text) is not None and not may_match(search, text.casefold())
    ]
    assert skipped == []


def test_most_patterns_are_skipped_for_an_english_message() -> None:
    text = "my neighbour shouts at me every time i walk past his house"
    kept = sum(len(language.patterns_for(text.casefold())) for language in other_languages())
    every = sum(len(language.patterns) for language in other_languages())
    assert kept < every / 20


def _language(code: str) -> LanguagePatterns:
    return next(language for language in other_languages() if language.language == code)
