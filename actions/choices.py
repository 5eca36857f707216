"""Choices offered as buttons, and typed answers matched to them.

Every choice must work when typed, because SMS shows numbered menus instead of buttons: a button
payload, the button's number in the order shown ("2", "option 2"), its title, or a synonym from
phrases.yml. The buttons are read from the domain's responses, so there is one list of choices and it
lives with the text it belongs to."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import yaml

# Stored in a slot when a question was skipped ("skip", "don't know", "prefer not to say"), so the form
# does not ask again; saved in the report as "not given" (None).
NOT_GIVEN = "not_given"

_PAYLOAD = re.compile(r"^/(?P<intent>[A-Za-z_]+)(?P<entities>\{.*\})?$", re.DOTALL)
_NUMBER = re.compile(r"^(?:option|number|no|choice|#)?\s*(\d{1,2})$")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SEPARATORS = re.compile(r"\s*(?:,|&|\band\b|\bor\b|\+|/|;)\s*")


@dataclass(frozen=True)
class Choice:
    title: str
    payload: str
    intent: str
    entities: Mapping[str, Any]

    def value_for(self, entity: str) -> Optional[Any]:
        return self.entities.get(entity)


def parse_payload(payload: str) -> tuple[Optional[str], dict[str, Any]]:
    """('choose', {'place_type': 'street'}) for '/choose{"place_type":"street"}'."""
    match = _PAYLOAD.match(payload.strip())
    if not match:
        return None, {}
    entities: dict[str, Any] = {}
    if match["entities"]:
        try:
            entities = json.loads(match["entities"])
        except json.JSONDecodeError:
            return None, {}
    return match["intent"], entities


def normalise(text: str) -> str:
    """Lower case, curly quotes and apostrophes dropped, punctuation to spaces: "I'm not sure!" -> "im not sure"."""
    text = text.lower().replace("’", "'").replace("'", "")
    text = re.sub(r"[^\w\s#&+,/;]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _conditions_hold(variation: Mapping[str, Any], slots: Mapping[str, Any]) -> bool:
    return all(
        condition.get("type") == "slot" and slots.get(condition.get("name")) == condition.get("value")
        for condition in variation.get("condition") or []
    )


def response_variation(domain: Mapping[str, Any], response: str, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """The variation Rasa shows for these slots: a conditional one that holds, else the default."""
    variations = (domain.get("responses") or {}).get(response) or []
    conditional = [v for v in variations if v.get("condition") and _conditions_hold(v, slots)]
    if conditional:
        return conditional[0]
    default = [v for v in variations if not v.get("condition")]
    return default[0] if default else {}


def offered_choices(domain: Mapping[str, Any], response: str, slots: Mapping[str, Any]) -> list[Choice]:
    choices = []
    for button in response_variation(domain, response, slots).get("buttons") or []:
        intent, entities = parse_payload(str(button.get("payload", "")))
        if intent:
            choices.append(Choice(str(button.get("title", "")), str(button["payload"]), intent, entities))
    return choices


def response_text(domain: Mapping[str, Any], response: str, slots: Optional[Mapping[str, Any]] = None) -> str:
    """A response's text, for use inside another response (labels in the summary)."""
    return str(response_variation(domain, response, slots or {}).get("text", ""))


@lru_cache(maxsize=1)
def _phrases() -> Mapping[str, Any]:
    with (Path(__file__).parent / "phrases.yml").open(encoding="utf-8") as handle:
        # BaseLoader keeps every phrase a string: YAML 1.1 would read a bare `no` or `yes` as a boolean.
        return yaml.load(handle, Loader=yaml.BaseLoader) or {}


def _phrase_set(name: str) -> frozenset[str]:
    return frozenset(normalise(str(p)) for p in _phrases().get(name) or [])


def is_skip(text: str, intent: Optional[str] = None) -> bool:
    return intent == "skip" or normalise(text) in _phrase_set("skip")


def is_done(text: str, intent: Optional[str] = None) -> bool:
    """'done' ends an account told over several messages; a long message that says 'that's all' does not."""
    cleaned = normalise(text)
    return cleaned in _phrase_set("done") or (intent == "done" and len(cleaned.split()) <= 4)


def _synonyms(response: str, choice: Choice) -> list[str]:
    by_value = (_phrases().get("choices") or {}).get(response) or {}
    values = [v for v in choice.entities.values()] or [choice.intent]
    return [normalise(str(p)) for value in values for p in by_value.get(str(value)) or []]


def _number(text: str) -> Optional[int]:
    match = _NUMBER.match(text)
    if match:
        return int(match[1])
    words = text.replace("the ", "").replace(" one", "").replace(" option", "").strip()
    return _ORDINALS.get(words) or _NUMBER_WORDS.get(words)


def is_number_choice(text: str) -> bool:
    """'2', 'option 2', 'the second one': a choice by its position, which only means the buttons just shown."""
    return _number(normalise(text)) is not None


def _contains_phrase(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def exact_choice(text: str, choices: Sequence[Choice], response: str) -> Optional[Choice]:
    """The choice whose number, whole title or whole synonym the text is: nothing more was said."""
    cleaned = normalise(text)
    if not cleaned or not choices:
        return None
    number = _number(cleaned)
    if number is not None:
        return choices[number - 1] if 1 <= number <= len(choices) else None
    for choice in choices:
        if cleaned == normalise(choice.title) or cleaned in _synonyms(response, choice):
            return choice
    return None


def match_choice(text: str, choices: Sequence[Choice], response: str) -> Optional[Choice]:
    """The one choice the typed text means, or None if it means none of them or is ambiguous."""
    cleaned = normalise(text)
    exact = exact_choice(text, choices, response)
    if exact is not None or not cleaned or _number(cleaned) is not None:
        return exact
    # A title or synonym inside a longer answer ("it was on the bus"). The longest phrase wins, so
    # that "not sure" beats "sure"; two different choices with equally long phrases are ambiguous.
    best: list[tuple[int, Choice]] = []
    for choice in choices:
        phrases = [normalise(choice.title), *_synonyms(response, choice)]
        found = [len(p) for p in phrases if _contains_phrase(cleaned, p)]
        if found:
            best.append((max(found), choice))
    if not best:
        return None
    best.sort(key=lambda pair: pair[0], reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0] and best[0][1] != best[1][1]:
        return None
    return best[0][1]


def match_several(text: str, choices: Sequence[Choice], response: str) -> list[Choice]:
    """Several choices at once ("1 and 3", "race, religion"), in the order shown; empty if any part is unclear."""
    parts = [p for p in _SEPARATORS.split(normalise(text)) if p]
    matched: list[Choice] = []
    for part in parts:
        choice = match_choice(part, choices, response)
        if choice is None:
            return []
        if choice not in matched:
            matched.append(choice)
    return sorted(matched, key=list(choices).index)


def title_for(domain: Mapping[str, Any], response: str, entity: str, value: Any, slots: Mapping[str, Any]) -> Optional[str]:
    """The title of the button that gives `value`: how a stored answer is shown back to the person."""
    for choice in offered_choices(domain, response, slots):
        if choice.value_for(entity) == value:
            return choice.title
    return None
