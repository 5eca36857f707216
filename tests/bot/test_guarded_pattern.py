"""GuardedPattern finds exactly what the pattern as written finds: on examples of each way a guard is written,
and for every language's every danger pattern over the texts its danger.yml lists and its held-out sets."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
import yaml

from bot.rasa_plugins.danger_detector import pattern_sources
from bot.rasa_plugins.guarded_pattern import GuardedPattern, split_leading_guards
from bot.rasa_plugins.regex_syntax import top_level_alternatives
from tests.support.language_texts import DANGER_FILES, language_texts



@pytest.mark.parametrize("source, guards, rest", [
    (r"(?<!game.*)(?!.*game)kill you", r"(?<!game.*)(?!.*game)", "kill you"),
    # Inside a first group that is neither repeated nor split by "|", and nested.
    (r"(?<!said.*)(?:(?<!film.*)(?:(?<!if.{0,40})(?:kill|burn) you))(?!\s*was)",
     r"(?<!said.*)(?<!film.*)(?<!if.{0,40})", r"(?:(?:(?:kill|burn) you))(?!\s*was)"),
    # Parentheses and "|" inside classes and escapes are not structure.
    (r"(?![)|(]x)[(|]\)\p{L}+", r"(?![)|(]x)", r"[(|]\)\p{L}+"),
])
def test_the_leading_lookarounds_are_told_from_the_rest(source: str, guards: str, rest: str) -> None:
    assert split_leading_guards(source) == (guards, rest)


@pytest.mark.parametrize("source", [
    r"(?<!game.*)kill|burn you",  # a guard of one alternative only
    r"(?:(?<!game.*)kill)+ you",  # a repeated group: its guard holds at each repetition
    r"(?:(?<!game.*)kill|burn) you",  # a guard of one alternative of the group
    r"^(?=.*knife)(?=.*door)",  # lookarounds alone
    r"(?=.*knife)(?=.*door)",
    r"kill(?<!game.*) you",  # not at the start
])
def test_a_guard_that_is_not_the_whole_patterns_is_left_where_it_is(source: str) -> None:
    assert split_leading_guards(source)[0] == ""


def test_alternatives_are_told_apart_at_the_top_level_only() -> None:
    assert top_level_alternatives(r"a|b(c|d)[|]\||e") == ["a", r"b(c|d)[|]\|", "e"]


@pytest.mark.parametrize("source", [
    r"(?<!said.*)(?:(?!.*game)(?<![\p{L}\p{M}])kill you)",
    # Alternatives with guards of their own: where two match at one place, the first written wins.
    r"(?<!said.*)kill you|(?!.*game)kill|will kill you now",
    r"will kill|(?<!said.*)(?:he )?will kill you",
])
@pytest.mark.parametrize("text", [
    "he will kill you", "in the game he will kill you", "he will kill you in the game", "kill you kill you",
    "he said kill you, now he will kill you", "he will kill you now", "", "you",
])
def test_it_finds_what_the_pattern_as_written_finds(source: str, text: str) -> None:
    assert spans(GuardedPattern(source, regex.IGNORECASE), text) == spans(regex.compile(source, regex.IGNORECASE), text)


def spans(pattern: "GuardedPattern | regex.Pattern[str]", text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("path", DANGER_FILES, ids=[p.parent.name for p in DANGER_FILES])
def test_every_danger_pattern_finds_what_it_finds_as_written(path: Path) -> None:
    texts = language_texts(path.parent.name)
    sources = pattern_sources(yaml.safe_load(path.read_text(encoding="utf-8")), path)
    moved = [name for name, source in sources.items()
             if any(split_leading_guards(alternative)[0] for alternative in top_level_alternatives(str(source)))]
    assert moved, "no pattern of this language has a guard to move: is the splitter still reading them?"
    different = []
    for name in moved:
        source = str(sources[name])
        guarded, as_written = GuardedPattern(source, regex.IGNORECASE), regex.compile(source, regex.IGNORECASE)
        different += [(name, text) for text in texts if spans(guarded, text) != spans(as_written, text)]
    assert different == []
