"""The report's questions: which are asked, and how each answer is understood.

One generic validator serves every choice question (`_validate_choice`); free-text questions share
another (`_validate_free_text`). Only the questions that behave differently have their own method:
the kind of incident (confirming a guess), the account (several messages), contact details (only an
opaque reference from the hub), and the review (changing an answer)."""
from __future__ import annotations

from typing import Any, Callable, Coroutine, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import control
from actions.answers import CHOICE_RESPONSES
from actions.choices import NOT_GIVEN, is_number_choice, is_skip, match_choice, match_several, offered_choices
from actions.form_base import AnswerOrInterruption
from actions.free_text import collect_part, is_continuing
from actions.kinds import HATE, NOT_SURE, kind_for_story_intent
from actions.tracker_facts import latest_entity, latest_intent, latest_text, matching_languages
from bot.assistant_contract import CONTACT_GIVEN, CONTACT_REF

FREE_TEXT_SLOTS = frozenset({"when_happened", "area", "offender", "evidence", "contact_safe_time"})
MULTIPLE_CHOICE_SLOTS = frozenset({"hate_motivation"})

# Which other answers an answer depends on: changing it clears them, so they are asked again.
_CLEARED_WITH = {
    "incident_kind": ("hate_motivation", "suggested_kind"),
    "account": ("account_parts",),
    "contact_preference": ("contact_ref", "contact_safe_time"),
}

Validator = Callable[[Any, CollectingDispatcher, Tracker, DomainDict], Coroutine[Any, Any, Dict[Text, Any]]]


class ValidateReportForm(AnswerOrInterruption):
    choice_responses = {
        **{slot: (response,) for slot, response in CHOICE_RESPONSES.items()},
        "incident_kind": ("utter_ask_incident_kind", "utter_confirm_kind"),
        "review_decision": ("utter_ask_review_decision",),
        "field_to_change": ("utter_ask_field_to_change",),
    }
    free_text_slots = frozenset({"account"})
    multiple_choice_slots = MULTIPLE_CHOICE_SLOTS

    def name(self) -> Text:
        return "validate_report_form"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        skipped = set()
        if tracker.get_slot("incident_kind") != HATE:
            skipped.add("hate_motivation")
        if tracker.get_slot("contact_preference") != "contact":
            skipped.update({"contact_ref", "contact_safe_time"})
        elif tracker.get_slot("contact_ref") == NOT_GIVEN:
            skipped.add("contact_safe_time")
        if tracker.get_slot("review_decision") != "change":
            skipped.add("field_to_change")
        return [slot for slot in domain_slots if slot not in skipped]

    def __getattr__(self, name: str) -> Validator:
        """validate_<slot> for every choice and free-text slot, so rasa-sdk finds one per slot."""
        slot = name.removeprefix("validate_")
        if name.startswith("validate_") and slot in CHOICE_RESPONSES and slot != "incident_kind":
            return lambda value, dispatcher, tracker, domain: self._validate_choice(slot, dispatcher, tracker, domain)
        if name.startswith("validate_") and slot in FREE_TEXT_SLOTS:
            return lambda value, dispatcher, tracker, domain: self._validate_free_text(slot, value, tracker)
        raise AttributeError(name)

    @staticmethod
    def _is_being_asked(slot: str, tracker: Tracker) -> bool:
        """False when Rasa re-validates answers given earlier (the form being resumed): keep them as they are."""
        return tracker.get_slot("requested_slot") == slot

    async def _validate_choice(
        self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if not self._is_being_asked(slot, tracker):
            return {slot: tracker.get_slot(slot)}
        value = choose(slot, CHOICE_RESPONSES[slot], dispatcher, tracker, domain)
        return {slot: value}

    async def _validate_free_text(self, slot: str, value: Any, tracker: Tracker) -> Dict[Text, Any]:
        if not self._is_being_asked(slot, tracker):
            return {slot: value}
        text = latest_text(tracker)
        return {slot: NOT_GIVEN if is_skip(text, latest_intent(tracker)) or not text else text}

    async def validate_incident_kind(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if not self._is_being_asked("incident_kind", tracker):
            return {"incident_kind": value}
        suggested = tracker.get_slot("suggested_kind")
        kind = None
        # While a guess is being checked, a number means one of the yes / no / not sure buttons; a kind
        # typed by name ("no, it's domestic abuse") is taken as that kind.
        if not suggested or not is_number_choice(latest_text(tracker)):
            kind = choose("incident_kind", "utter_ask_incident_kind", dispatcher, tracker, domain, complain=not suggested)
        if suggested and kind is None:
            answer = choose("incident_kind", "utter_confirm_kind", dispatcher, tracker, domain)
            if answer == "choose_another":
                return {"incident_kind": None, "suggested_kind": None}
            kind = None if answer is None else {"confirmed": suggested, NOT_GIVEN: NOT_SURE}.get(answer, answer)
        if kind is None:
            return {"incident_kind": None}
        kind = NOT_SURE if kind == NOT_GIVEN else kind
        control.conversation_facts(dispatcher, kind, danger=bool(tracker.get_slot("danger_reported")))
        started_from_story = bool(tracker.get_slot("account_parts")) and tracker.get_slot("reporter_role") is None
        if started_from_story:  # say that their story is kept, then how this works (said once, at the start)
            dispatcher.utter_message(response="utter_kind_noted")
            dispatcher.utter_message(response="utter_report_intro")
        return {"incident_kind": kind, "suggested_kind": None}

    async def validate_account(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if not self._is_being_asked("account", tracker):
            return {"account": value}
        return collect_part("account", "account_parts", dispatcher, tracker)

    async def validate_contact_ref(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        # Only the hub's opaque reference is ever kept. Typed text reaches here only when the hub did not
        # take it for contact details: accept a skip, and never store the text itself.
        sealed_ref = latest_entity(tracker, CONTACT_REF) if latest_intent(tracker) == CONTACT_GIVEN else None
        if sealed_ref:
            return {"contact_ref": sealed_ref}
        if not self._is_being_asked("contact_ref", tracker):
            return {"contact_ref": value}
        text = latest_text(tracker)
        if is_skip(text, latest_intent(tracker)) or latest_intent(tracker) == "deny":
            return {"contact_ref": NOT_GIVEN}
        dispatcher.utter_message(response="utter_contact_not_recognised")
        return {"contact_ref": None}

    async def validate_review_decision(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if not self._is_being_asked("review_decision", tracker):
            return {"review_decision": value}
        decision = choose("review_decision", "utter_ask_review_decision", dispatcher, tracker, domain)
        # Skipping the review is not a decision to send: ask again.
        return {"review_decision": None if decision == NOT_GIVEN else decision}

    async def validate_field_to_change(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if not self._is_being_asked("field_to_change", tracker):
            return {"field_to_change": value}
        field = choose("field_to_change", "utter_ask_field_to_change", dispatcher, tracker, domain)
        if field is None:
            return {"field_to_change": None}
        if field == NOT_GIVEN:  # nothing to change after all: back to the summary
            return {"field_to_change": None, "review_decision": None}
        # Emptying the answer makes the form ask just that question again, then show the summary again.
        cleared = {slot: None for slot in (field, *_CLEARED_WITH.get(field, ()))}
        return {**cleared, "field_to_change": None, "review_decision": None}


def choose(
    slot: str,
    response: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: DomainDict,
    complain: bool = True,
) -> Optional[Any]:
    """The value chosen for `slot` among the buttons of `response`: from a button payload, a typed number,
    title or synonym; NOT_GIVEN for a skip; None (after saying so, if `complain`) when it is unclear."""
    choices = offered_choices(domain, response, tracker.slots, matching_languages(tracker))
    offered_values = [c.value_for(slot) for c in choices]
    multiple = slot in MULTIPLE_CHOICE_SLOTS
    pressed = latest_entity(tracker, slot)
    if pressed is not None and pressed in offered_values:
        return [pressed] if multiple else pressed
    text = latest_text(tracker)
    if not text.startswith("/"):
        if multiple:
            several = match_several(text, choices)
            if several:
                return [c.value_for(slot) for c in several]
        else:
            one = match_choice(text, choices)
            if one is not None:
                return one.value_for(slot)
        if is_skip(text, latest_intent(tracker)):
            return NOT_GIVEN
    if complain:
        dispatcher.utter_message(response="utter_choice_not_understood")
    return None


class ActionNoteStory(Action):
    """A person opened with what happened: keep it as the start of the account, and guess its kind."""

    def name(self) -> Text:
        return "action_note_story"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        parts = list(tracker.get_slot("account_parts") or [])
        parts.append(latest_text(tracker))
        return [
            SlotSet("suggested_kind", kind_for_story_intent(latest_intent(tracker))),
            SlotSet("account_parts", parts),
        ]


class ActionAskIncidentKind(Action):
    def name(self) -> Text:
        return "action_ask_incident_kind"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # A guess from the person's story is checked with them; otherwise they choose.
        if tracker.get_slot("suggested_kind"):
            dispatcher.utter_message(response="utter_confirm_kind")
        else:
            dispatcher.utter_message(response="utter_ask_incident_kind")
        return []


class ActionAskAccount(Action):
    def name(self) -> Text:
        return "action_ask_account"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if is_continuing(tracker, "account_parts"):
            dispatcher.utter_message(response="utter_ask_account_more")
        elif tracker.get_slot("account_parts"):  # they opened with their story
            dispatcher.utter_message(response="utter_ask_account_continue")
        elif tracker.get_slot("reporter_role") in ("witness", "third_party"):
            dispatcher.utter_message(response=f"utter_ask_account_{tracker.get_slot('reporter_role')}")
        else:
            dispatcher.utter_message(response="utter_ask_account")
        return []


class ActionAskContactRef(Action):
    def name(self) -> Text:
        return "action_ask_contact_ref"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # The control message goes with the question: the hub seals the answer before Rasa sees it.
        control.capture_contact_details(dispatcher)
        dispatcher.utter_message(response="utter_ask_contact_ref")
        return []
