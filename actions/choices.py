"""Choices offered as buttons, and typed answers matched to them.

Every choice must work when typed, because SMS shows numbered menus instead of buttons: a button
payload, the button's number in the order shown ("2", "option 2"), its title, or a synonym from
data/languages/<code>/phrases.yml, in English or in the person's language (a translated title counts as
much as the English one). The buttons are read from the domain's responses, so there is one list of
choices and it lives with the text it belongs to."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence

import regex

from bot.languages.catalogue import translations
from bot.languages.phrases import PHRASE_LANGUAGES, choice_synonyms, normalise, phrase_set
from bot.languages.supported import ENGLISH

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
    # What typed text picks it: its title in each language asked for, and their synonyms.
    phrases: tuple[str, ...] = ()

    def value_for(self, entity: str) -> Optional[Any]:
        return self.entities.get(entity)

    @classmethod
    def from_button(cls, title: str, payload: str, phrases: Iterable[str] = ()) -> Optional["Choice"]:
        """The choice a button offers (None for a payload that is no command), picked by its title or `phrases`."""
        intent, entities = parse_payload(payload)
        if not intent:
            return None
        wanted = tuple(p for p in dict.fromkeys([normalise(title), *phrases]) if p)
        return cls(title, payload, intent, entities, wanted)


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


def offered_choices(
    domain: Mapping[str, Any], response: str, slots: Mapping[str, Any], languages: Iterable[str] = (ENGLISH,)
) -> list[Choice]:
    """The buttons `response` offers, each with what picks it when typed in English or in `languages`."""
    wanted = tuple(dict.fromkeys((ENGLISH, *languages)))
    choices = []
    for button in response_variation(domain, response, slots).get("buttons") or []:
        title, payload = str(button.get("title", "")), str(button.get("payload", ""))
        intent, entities = parse_payload(payload)
        values = [str(v) for v in entities.values()] or [intent or ""]
        titles = [normalise(translations().text(code, response, title)) for code in wanted]
        synonyms = [s for value in values for s in choice_synonyms(response, value, wanted)]
        choice = Choice.from_button(title, payload, [*titles, *synonyms])
        if choice is not None:
            choices.append(choice)
    return choices


def response_text(
    domain: Mapping[str, Any], response: str, slots: Optional[Mapping[str, Any]] = None, language: str = ENGLISH
) -> str:
    """A response's text in `language`, for use inside another response (labels in the summary)."""
    english = str(response_variation(domain, response, slots or {}).get("text", ""))
    return translations().text(language, response, english)


# "skip" and "done" are understood in every language at once: a person may answer in English, in their
# own language or in a language we have not yet recognised them writing in.
def is_skip(text: str, intent: Optional[str] = None) -> bool:
    return intent == "skip" or normalise(text) in phrase_set("skip", PHRASE_LANGUAGES)


def is_done(text: str, intent: Optional[str] = None) -> bool:
    """'done' ends an account told over several messages; a long message that says 'that's all' does not."""
    cleaned = normalise(text)
    return cleaned in phrase_set("done", PHRASE_LANGUAGES) or (intent == "done" and len(cleaned.split()) <= 4)


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
    # `regex`: its \w keeps Indic vowel signs inside words, so a phrase never matches half a word.
    return bool(phrase) and regex.search(rf"(?<!\w){regex.escape(phrase)}(?!\w)", text) is not None


def exact_choice(text: str, choices: Sequence[Choice]) -> Optional[Choice]:
    """The choice whose number, whole title or whole synonym the text is: nothing more was said."""
    cleaned = normalise(text)
    if not cleaned or not choices:
        return None
    number = _number(cleaned)
    if number is not None:
        return choices[number - 1] if 1 <= number <= len(choices) else None
    for choice in choices:
        if cleaned in choice.phrases:
            return choice
    return None


def match_choice(text: str, choices: Sequence[Choice]) -> Optional[Choice]:
    """The one choice the typed text means, or None if it means none of them or is ambiguous."""
    cleaned = normalise(text)
    exact = exact_choice(text, choices)
    if exact is not None or not cleaned or _number(cleaned) is not None:
        return exact
    # A title or synonym inside a longer answer ("it was on the bus"). The longest phrase wins, so
    # that "not sure" beats "sure"; two different choices with equally long phrases are ambiguous.
    best: list[tuple[int, Choice]] = []
    for choice in choices:
        found = [len(p) for p in choice.phrases if _contains_phrase(cleaned, p)]
        if found:
            best.append((max(found), choice))
    if not best:
        return None
    best.sort(key=lambda pair: pair[0], reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0] and best[0][1] != best[1][1]:
        return None
    return best[0][1]


def match_several(text: str, choices: Sequence[Choice]) -> list[Choice]:
    """Several choices at once ("1 and 3", "race, religion"), in the order shown; empty if any part is unclear."""
    parts = [p for p in _SEPARATORS.split(normalise(text)) if p]
    matched: list[Choice] = []
    for part in parts:
        choice = match_choice(part, choices)
        if choice is None:
            return []
        if choice not in matched:
            matched.append(choice)
    return sorted(matched, key=list(choices).index)


def title_for(
    domain: Mapping[str, Any], response: str, entity: str, value: Any, slots: Mapping[str, Any], language: str = ENGLISH
) -> Optional[str]:
    """The title of the button that gives `value`, in `language`: how a stored answer is shown back."""
    for choice in offered_choices(domain, response, slots):
        if choice.value_for(entity) == value:
            return translations().text(language, response, choice.title)
    return None
