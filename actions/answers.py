"""A report's answers: which slots hold them, how they are stored, and how they are shown back."""
from __future__ import annotations

from typing import Any, Mapping, Optional

from rasa_sdk import Tracker

from actions.choices import NOT_GIVEN, response_text, title_for
from actions.free_text import join_parts
from actions.kinds import HATE
from actions.tracker_facts import answer_language

# The questions of report_form that are answers (not steering like review_decision), in asking order.
ANSWER_SLOTS = (
    "reporter_role",
    "hate_motivation",
    "account",
    "when_happened",
    "place_type",
    "area",
    "offender",
    "ongoing",
    "evidence",
    "contact_preference",
    "contact_safe_time",
    "consent_share",
)

# Everything a report keeps in slots, cleared when it is sent, kept as partial, or deleted.
REPORT_SLOTS = (
    "incident_kind",
    "suggested_kind",
    *ANSWER_SLOTS,
    "account_parts",
    "contact_ref",
    "review_decision",
    "field_to_change",
    "danger_reported",
    "stop_choice",
)

# Choice slots and the response whose buttons offer their values.
CHOICE_RESPONSES = {
    "incident_kind": "utter_ask_incident_kind",
    "reporter_role": "utter_ask_reporter_role",
    "hate_motivation": "utter_ask_hate_motivation",
    "place_type": "utter_ask_place_type",
    "ongoing": "utter_ask_ongoing",
    "contact_preference": "utter_ask_contact_preference",
    "consent_share": "utter_ask_consent_share",
}

SUMMARY_ACCOUNT_CHARS = 300


def stored_answers(tracker: Tracker) -> dict[str, Any]:
    """The answers as saved in the report's JSON: skipped questions are None, contact details never."""
    answers: dict[str, Any] = {}
    for slot in ANSWER_SLOTS:
        if slot == "hate_motivation" and tracker.get_slot("incident_kind") != HATE:
            continue
        value = tracker.get_slot(slot)
        if slot == "account" and value is None:  # stopped half-way through telling it
            value = join_parts(tracker.get_slot("account_parts"))
        answers[slot] = None if value == NOT_GIVEN else value
    return answers


def has_anything(tracker: Tracker) -> bool:
    """Whether the person told anything worth keeping as a partial report."""
    return bool(tracker.get_slot("account_parts")) or any(
        tracker.get_slot(slot) not in (None, NOT_GIVEN) for slot in ANSWER_SLOTS
    )


def left_contact_details(tracker: Tracker) -> Optional[str]:
    """The sealed contact's id, when the person chose to leave contact details and did."""
    ref = tracker.get_slot("contact_ref")
    wants_contact = tracker.get_slot("contact_preference") == "contact"
    return ref if wants_contact and ref and ref != NOT_GIVEN else None


def _label(domain: Mapping[str, Any], slot: str, value: Any, slots: Mapping[str, Any], language: str) -> str:
    """An answer as the person sees it in the summary: the chosen button's words in their language."""
    if value in (None, NOT_GIVEN):
        return response_text(domain, "utter_value_not_given", language=language)
    response = CHOICE_RESPONSES.get(slot)
    if response is None:
        return str(value)
    values = value if isinstance(value, list) else [value]
    titles = [title_for(domain, response, slot, v, slots, language) or str(v) for v in values]
    return ", ".join(titles)


def summary_values(tracker: Tracker, domain: Mapping[str, Any]) -> dict[str, str]:
    """The {placeholders} of utter_review_summary."""
    slots, language = tracker.slots, answer_language(tracker)
    answers = stored_answers(tracker)
    account = answers.get("account") or ""
    if len(account) > SUMMARY_ACCOUNT_CHARS:
        account = account[:SUMMARY_ACCOUNT_CHARS].rstrip() + "…"
    contact = "utter_contact_left" if left_contact_details(tracker) else "utter_contact_anonymous"
    values = {
        "kind": _label(domain, "incident_kind", slots.get("incident_kind"), slots, language),
        "role": _label(domain, "reporter_role", slots.get("reporter_role"), slots, language),
        "hate_motivation": _label(domain, "hate_motivation", slots.get("hate_motivation"), slots, language),
        "account": account or _label(domain, "account", None, slots, language),
        "contact": response_text(domain, contact, language=language),
    }
    for slot in ("when_happened", "place_type", "area", "offender", "ongoing", "evidence", "consent_share"):
        values[slot] = _label(domain, slot, slots.get(slot), slots, language)
    return values


def share_label(tracker: Tracker, domain: Mapping[str, Any]) -> str:
    return _label(domain, "consent_share", tracker.get_slot("consent_share"), tracker.slots, answer_language(tracker))
