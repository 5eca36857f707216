"""The opening, the menu typed as a number, and not understanding."""
from __future__ import annotations

from typing import Any, List, Mapping, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.choices import Choice, match_choice
from actions.tracker_facts import latest_text, user_intents_newest_first
from bot.assistant_contract import NLU_FALLBACK

# What a typed number or title may pick outside forms: the intents of the menu buttons (domain/,
# slot picked_option). Rules continue from the slot exactly as from the intent itself.
PICKABLE = frozenset({"report_incident", "get_help_now", "find_helpline", "request_human", "add_to_report", "show_menu"})
NOT_OFFERED = "not_offered"
MISUNDERSTOOD = frozenset({NLU_FALLBACK, "out_of_scope"})


class ActionStartConversation(Action):
    def name(self) -> Text:
        return "action_start_conversation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_opening")
        dispatcher.utter_message(response="utter_anonymous_promise")
        dispatcher.utter_message(response="utter_menu")
        return []


class ActionLanguageChanged(Action):
    """The hub has told the person, in their new language, that it carries on in it. Inside a form the
    form asks its question again (interruption_rules.yml); outside, the choices are offered again, in the new language."""

    def name(self) -> Text:
        return "action_language_changed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if not tracker.active_loop_name:
            dispatcher.utter_message(response="utter_anything_else")
        return []


def last_offered_buttons(events: List[Mapping[str, Any]]) -> list[Choice]:
    """The buttons of the assistant's latest message that had any."""
    for event in reversed(events):
        if event.get("event") != "bot":
            continue
        buttons = (event.get("data") or {}).get("buttons") or []
        if buttons:
            offered = (Choice.from_button(str(b.get("title", "")), str(b.get("payload", ""))) for b in buttons)
            return [choice for choice in offered if choice is not None]
    return []


def picked_intent(text: str, choices: list[Choice]) -> Optional[str]:
    choice = match_choice(text, choices)
    return choice.intent if choice is not None else None


class ActionPickOption(Action):
    """A menu answered by typing its number or title (SMS shows numbered menus instead of buttons)."""

    def name(self) -> Text:
        return "action_pick_option"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        intent = picked_intent(latest_text(tracker), last_offered_buttons(tracker.events))
        return [SlotSet("picked_option", intent if intent in PICKABLE else NOT_OFFERED)]


class ActionMisunderstood(Action):
    """Never a dead end: the second misunderstanding in a row offers the menu, helplines and a person."""

    def name(self) -> Text:
        return "action_misunderstood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        intents = user_intents_newest_first(tracker)
        if len(intents) > 1 and intents[1] in MISUNDERSTOOD:
            dispatcher.utter_message(response="utter_misunderstood_twice")
            dispatcher.utter_message(response="utter_menu")
        elif intents and intents[0] == "out_of_scope":
            dispatcher.utter_message(response="utter_out_of_scope")
        else:
            dispatcher.utter_message(response="utter_misunderstood_once")
        return []
