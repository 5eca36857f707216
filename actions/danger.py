"""The emergency answer: given before anything else whenever someone may be in danger now.

It is given by action_emergency_help (rules send danger_now and get_help_now there, inside forms too),
and from inside the free-text account, where the message is also kept (actions/free_text.py)."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import control
from bot.assistant_contract import DANGER_NOW, GENERAL, SELF_HARM
from actions.tracker_facts import latest_danger_category, latest_intent

DANGER_INTENT = DANGER_NOW


def give_emergency_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, inside_free_text: bool = False
) -> dict[str, Any]:
    """Says how to get emergency help; returns the slot updates recording that danger was reported."""
    dispatcher.utter_message(response="utter_emergency")
    dispatcher.utter_message(response="utter_emergency_routes")
    category = latest_danger_category(tracker)
    if category == SELF_HARM:
        dispatcher.utter_message(response="utter_emergency_samaritans")
    # Staff see what fired: the detector's risk category when it found one, else the plain flag.
    fired = category if category and category != GENERAL else DANGER_INTENT
    control.conversation_facts(dispatcher, tracker.get_slot("incident_kind"), danger=True, fired=fired)
    if inside_free_text:
        dispatcher.utter_message(response="utter_emergency_keep_going")
    return {"danger_reported": True}


class ActionEmergencyHelp(Action):
    def name(self) -> Text:
        return "action_emergency_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        events: List[EventType] = []
        if latest_intent(tracker) == DANGER_INTENT:
            updates = give_emergency_answer(dispatcher, tracker)
            events = [SlotSet(slot, value) for slot, value in updates.items()]
        else:  # "Get help now" from the menu: the same routes, without flagging the conversation
            dispatcher.utter_message(response="utter_emergency")
            dispatcher.utter_message(response="utter_emergency_routes")
        dispatcher.utter_message(response="utter_emergency_carry_on")
        if not tracker.active_loop_name:
            dispatcher.utter_message(response="utter_anything_else")
        # Inside a form, the rule goes back to the form, which asks its question again.
        return events
