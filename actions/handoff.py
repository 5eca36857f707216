"""Talking to a person. The hub does the routing (queue, call handlers) and says whether anyone can come
(bot/availability.py); Rasa never pauses itself."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import control
from actions.helplines import incident_kind, say_helplines
from actions.tracker_facts import answer_language, staff_available


def offer_menu_unless_in_form(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    # Inside a form, the rule goes back to the form, which asks its pending question again.
    if not tracker.active_loop_name:
        dispatcher.utter_message(response="utter_anything_else")


class ActionRequestHuman(Action):
    def name(self) -> Text:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if staff_available(tracker):
            dispatcher.utter_message(response="utter_handoff_queued")
            control.request_handoff(dispatcher, incident_kind(tracker), bool(tracker.get_slot("danger_reported")))
        else:
            dispatcher.utter_message(response="utter_handoff_closed")
            say_helplines(dispatcher, incident_kind(tracker, domain), answer_language(tracker))
            offer_menu_unless_in_form(dispatcher, tracker)
        return []


class ActionHandoffEnded(Action):
    def name(self) -> Text:
        return "action_handoff_ended"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_handoff_back")
        offer_menu_unless_in_form(dispatcher, tracker)
        return []


class ActionHandoffUnavailable(Action):
    def name(self) -> Text:
        return "action_handoff_unavailable"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_handoff_unavailable")
        say_helplines(dispatcher, incident_kind(tracker, domain), answer_language(tracker))
        offer_menu_unless_in_form(dispatcher, tracker)
        return []


class ActionContactNoted(Action):
    """Contact details the hub sealed outside the contact question: the contact_ref slot mapping keeps
    the reference; this only says so."""

    def name(self) -> Text:
        return "action_contact_noted"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_contact_noted")
        offer_menu_unless_in_form(dispatcher, tracker)
        return []
