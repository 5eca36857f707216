"""A report as staff can hand it on: each answer under its question's plain label, a chosen option in
its own words, and never a slot name, a raw value or "None".

The words come from where the assistant takes them, the domain (domain/30-reporting.yml): the question labels are the buttons of
`utter_ask_field_to_change` ("Which answer would you like to change?"), the options are the buttons of
each question's `utter_ask_<slot>`. Only the one question that cannot be changed from the summary has
its label here (QUESTIONS_NOT_IN_THE_DOMAIN)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from bot.domain_files import load_domain

FIELD_LABELS_RESPONSE = "utter_ask_field_to_change"
FIELD_ENTITY = "field_to_change"
QUESTIONS_NOT_IN_THE_DOMAIN = {"contact_safe_time": "When and how it is safe to contact them"}
# Questions the person answers in their own words (shown as written, in the report's language).
FREE_TEXT = frozenset({"account", "when_happened", "area", "offender", "evidence", "contact_safe_time"})
# Asked only after another answer: not shown at all when that answer made them not apply.
ASKED_ONLY_IF = {"contact_safe_time": ("contact_preference", "contact")}

SKIPPED, NOT_ANSWERED = "Skipped", "Not answered"
_PAYLOAD = re.compile(r"^/[A-Za-z_]+(?P<entities>\{.*\})$", re.DOTALL)


@dataclass(frozen=True)
class Answer:
    question: str
    # The words to show: the person's own (free text), the chosen options' labels, or why there is none.
    text: str
    # True when `text` is the person's own words (marked with the report's language).
    own_words: bool = False
    # True when there is no answer ("Skipped", "Not answered").
    missing: bool = False


def _entities(payload: str) -> dict[str, Any]:
    match = _PAYLOAD.match(payload.strip())
    if not match:
        return {}
    try:
        found = json.loads(match["entities"])
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


def _buttons(responses: Mapping[str, Any], name: str) -> list[tuple[str, dict[str, Any]]]:
    """(title, entities) of every button of every variation of a response."""
    found = []
    for variation in responses.get(name) or []:
        for button in variation.get("buttons") or []:
            found.append((str(button.get("title", "")), _entities(str(button.get("payload", "")))))
    return found


def _readable(code: str) -> str:
    """Last resort for a code the domain does not know (older data): words, not an identifier."""
    words = code.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else NOT_ANSWERED


class ReportLabels:
    """Question labels and option words, read once from the domain."""

    def __init__(self, questions: Mapping[str, str], options: Mapping[str, Mapping[str, str]]) -> None:
        self.questions = dict(questions)
        self.options = {slot: dict(values) for slot, values in options.items()}

    @classmethod
    def from_domain(cls, path: Path) -> "ReportLabels":
        responses = load_domain(path).get("responses") or {}
        questions: dict[str, str] = {}
        for title, entities in _buttons(responses, FIELD_LABELS_RESPONSE):
            slot = entities.get(FIELD_ENTITY)
            if isinstance(slot, str):
                questions.setdefault(slot, title)
        questions.update({k: v for k, v in QUESTIONS_NOT_IN_THE_DOMAIN.items() if k not in questions})
        options: dict[str, dict[str, str]] = {}
        for name in responses:
            if not name.startswith("utter_ask_"):
                continue
            slot = name.removeprefix("utter_ask_")
            for title, entities in _buttons(responses, name):
                value = entities.get(slot)
                if isinstance(value, str):
                    options.setdefault(slot, {}).setdefault(value, title)
        return cls(questions, options)

    def question(self, slot: str) -> str:
        return self.questions.get(slot) or _readable(slot)

    def option(self, slot: str, value: str) -> str:
        return self.options.get(slot, {}).get(value) or _readable(value)

    def answer(self, slot: str, value: Any, submitted: bool) -> Answer:
        question = self.question(slot)
        if value is None or value == "" or value == []:
            # A sent report went through every question that applied: an empty one was skipped. A kept
            # partial one stopped part-way: an empty one may not have been reached.
            return Answer(question, SKIPPED if submitted else NOT_ANSWERED, missing=True)
        if slot in FREE_TEXT or slot not in self.options:
            if isinstance(value, list):
                return Answer(question, ", ".join(str(v) for v in value), own_words=True)
            return Answer(question, str(value), own_words=True)
        values = value if isinstance(value, list) else [value]
        return Answer(question, ", ".join(self.option(slot, str(v)) for v in values))

    def answers(self, answers: Mapping[str, Any], submitted: bool) -> list[Answer]:
        """Every stored answer that applies, in the order it was asked."""
        shown = []
        for slot, value in answers.items():
            condition = ASKED_ONLY_IF.get(slot)
            if condition and answers.get(condition[0]) != condition[1] and value in (None, ""):
                continue
            shown.append(self.answer(slot, value, submitted))
        return shown


def describe(labels: ReportLabels, report: Any) -> list[Answer]:
    """The readable answers of a report (bot.console.report_store.Report)."""
    return labels.answers(report.answers, submitted=getattr(report, "status", "") == "submitted")


def danger_label(flag: str) -> str:
    return DANGER_FLAGS.get(flag) or f"In danger now: {_readable(flag).lower()}"


# What fired (danger_flags.flag): "danger_now" when the classifier or a pattern of no particular risk
# category fired, else the danger detector's DASH risk category (bot/rasa_plugins/danger_detector.py).
# Each time, the person was given the emergency numbers.
DANGER_FLAGS = {
    "danger_now": "Said someone is in danger now",
    "strangulation": "In danger now: strangling or choking",
    "fire": "In danger now: fire, or a threat to set fire to the home",
    "weapon": "In danger now: a weapon",
    "threat_to_kill": "In danger now: a threat to kill",
    "held_captive": "In danger now: held, locked in or not allowed to leave",
    "released_or_found": "In danger now: the abuser released, or has found them",
    "child_in_danger": "In danger now: a child",
    "forced_marriage_or_fgm": "In danger now: forced marriage or FGM about to happen",
    "attack_on_home_now": "In danger now: someone attacking or breaking into the home",
    "self_harm": "In danger now: self-harm or suicide (also given Samaritans)",
}
