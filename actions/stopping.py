"""Stopping half-way: keep what was said as a partial report, delete it, or carry on after all."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import control
from actions.answers import has_anything
from actions.choices import NOT_GIVEN
from actions.form_base import AnswerOrInterruption
from actions.report_form import choose
from actions.submit import clear_report, save
from bot.storage.references import format_reference
from bot.storage.reports import PARTIAL


class ValidateStopForm(AnswerOrInterruption):
    choice_responses = {"stop_choice": ("utter_ask_stop_choice",)}

    def name(self) -> Text:
        return "validate_stop_form"

    async def validate_stop_choice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        choice = choose("stop_choice", "utter_ask_stop_choice", dispatcher, tracker, domain)
        # "Don't know" keeps what was said: deleting cannot be undone, keeping can.
        return {"stop_choice": "keep" if choice == NOT_GIVEN else choice}


class ActionFinishStopping(Action):
    def name(self) -> Text:
        return "action_finish_stopping"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        choice = tracker.get_slot("stop_choice")
        if choice == "carry_on":
            dispatcher.utter_message(response="utter_carry_on")
            # rules.yml: resume_report true goes back to report_form, which asks the next question
            return [SlotSet("stop_choice", None), SlotSet("resume_report", True)]
        if choice == "delete":
            control.forget(dispatcher)  # first: the hub drops what was said before it
            dispatcher.utter_message(response="utter_deleted")
        elif not has_anything(tracker):
            dispatcher.utter_message(response="utter_nothing_to_keep")
        else:
            reference = await save(tracker, PARTIAL)
            if reference is None:
                dispatcher.utter_message(response="utter_report_not_saved")
            else:
                dispatcher.utter_message(response="utter_partial_saved", reference=format_reference(reference))
        dispatcher.utter_message(response="utter_anything_else")
        return [*clear_report(), SlotSet("resume_report", False)]
