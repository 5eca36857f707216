"""Adding to an earlier report with its reference number.

Presenting a reference proves nothing about who made the report, so nothing of the report is ever
said back: not its kind, its date or its contents. Only whether the number was found."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.choices import NOT_GIVEN, is_skip
from actions.form_base import AnswerOrInterruption
from actions.free_text import collect_part, is_continuing, join_parts
from actions.storage import database
from actions.tracker_facts import latest_intent, latest_text
from bot.storage.references import format_reference, parse_reference
from bot.storage.reports import add_to_report, report_exists, turn_key

log = logging.getLogger(__name__)

# Wrong numbers allowed before offering other help: enough for typos, too few to guess (10^11 numbers).
MAX_REFERENCE_TRIES = 3
ADDITION_SLOTS = ("reference_to_add", "reference_tries", "addition_text", "addition_parts")


class ValidateAdditionForm(AnswerOrInterruption):
    free_text_slots = frozenset({"addition_text"})

    def name(self) -> Text:
        return "validate_addition_form"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        # Out of tries: an empty list ends the form, and action_save_addition offers other help.
        if (tracker.get_slot("reference_tries") or 0) >= MAX_REFERENCE_TRIES:
            return []
        return domain_slots

    async def validate_reference_to_add(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "reference_to_add":
            return {"reference_to_add": value}
        text = latest_text(tracker)
        if is_skip(text, latest_intent(tracker)):  # they do not have it: no point in more tries
            return {"reference_to_add": None, "reference_tries": MAX_REFERENCE_TRIES}
        reference = parse_reference(text)
        if reference is not None and await self._exists(reference):
            return {"reference_to_add": reference, "reference_tries": 0}
        tries = (tracker.get_slot("reference_tries") or 0) + 1
        if tries < MAX_REFERENCE_TRIES:
            dispatcher.utter_message(response="utter_reference_not_found")
        return {"reference_to_add": None, "reference_tries": tries}

    @staticmethod
    async def _exists(reference: str) -> bool:
        return await database().run(lambda connection: report_exists(connection, reference))

    async def validate_addition_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "addition_text":
            return {"addition_text": value}
        return collect_part("addition_text", "addition_parts", dispatcher, tracker)


class ActionAskAdditionText(Action):
    def name(self) -> Text:
        return "action_ask_addition_text"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        more = is_continuing(tracker, "addition_parts")
        dispatcher.utter_message(response="utter_ask_addition_text_more" if more else "utter_ask_addition_text")
        return []


class ActionSaveAddition(Action):
    def name(self) -> Text:
        return "action_save_addition"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        reference = tracker.get_slot("reference_to_add")
        text = tracker.get_slot("addition_text")
        if not reference:
            dispatcher.utter_message(response="utter_reference_give_up")
        elif text in (None, NOT_GIVEN) or not join_parts(tracker.get_slot("addition_parts")):
            dispatcher.utter_message(response="utter_addition_empty")
        elif await self._add(reference, tracker, text):
            dispatcher.utter_message(response="utter_addition_saved", reference=format_reference(reference))
        else:
            dispatcher.utter_message(response="utter_report_not_saved")
        dispatcher.utter_message(response="utter_anything_else")
        return [SlotSet(slot, 0 if slot == "reference_tries" else None) for slot in ADDITION_SLOTS]

    @staticmethod
    async def _add(reference: str, tracker: Tracker, text: str) -> bool:
        key = turn_key(tracker.sender_id, tracker.latest_message.get("message_id"))
        try:
            return await database().run(
                lambda connection: add_to_report(connection, reference, tracker.sender_id, text, key)
            )
        except Exception:  # noqa: BLE001 - the person must hear that it failed, whatever the cause
            log.exception("could not add to a report")
            return False
