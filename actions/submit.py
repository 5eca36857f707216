"""Saving a report: when it is sent after the review, or kept as partial when the person stops."""
from __future__ import annotations

import logging
from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import REPORT_SLOTS, left_contact_details, share_label, stored_answers
from actions.choices import NOT_GIVEN
from actions.kinds import NOT_SURE
from actions.storage import database
from actions.tracker_facts import answer_language, channel
from bot.storage.references import format_reference
from bot.storage.reports import SUBMITTED, NewReport, save_report, turn_key

log = logging.getLogger(__name__)

SHARED = frozenset({"police_and_support", "police", "support"})


async def save(tracker: Tracker, status: str) -> Optional[str]:
    """Saves the report from the slots and returns its reference, or None if the database failed."""
    kind = tracker.get_slot("incident_kind") or tracker.get_slot("suggested_kind") or NOT_SURE
    report = NewReport(
        conversation_id=tracker.sender_id,
        channel=channel(tracker),
        kind=NOT_SURE if kind == NOT_GIVEN else kind,
        status=status,
        answers=stored_answers(tracker),
        danger=bool(tracker.get_slot("danger_reported")),
        sealed_contact_id=left_contact_details(tracker),
        language=answer_language(tracker),
        turn_key=turn_key(tracker.sender_id, tracker.latest_message.get("message_id")),
    )
    try:
        return await database().run(lambda connection: save_report(connection, report))
    except Exception:  # noqa: BLE001 - the person must hear that it failed, whatever the cause
        log.exception("could not save a %s report", status)
        return None


def clear_report() -> List[EventType]:
    return [SlotSet(slot, False if slot == "danger_reported" else None) for slot in REPORT_SLOTS]


class ActionSubmitReport(Action):
    def name(self) -> Text:
        return "action_submit_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        reference = await save(tracker, SUBMITTED)
        if reference is None:
            dispatcher.utter_message(response="utter_report_not_saved")
            dispatcher.utter_message(response="utter_anything_else")
            return [SlotSet("review_decision", None)]
        dispatcher.utter_message(response="utter_report_saved", reference=format_reference(reference))
        if left_contact_details(tracker):
            dispatcher.utter_message(response="utter_next_steps_contact")
        else:
            dispatcher.utter_message(response="utter_next_steps_anonymous")
        if tracker.get_slot("consent_share") in SHARED:
            dispatcher.utter_message(response="utter_next_steps_shared", consent_share=share_label(tracker, domain))
        dispatcher.utter_message(response="utter_anything_else")
        return clear_report()
