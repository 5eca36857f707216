"""The summary shown before a report is sent; answering it is validate_report_form's review_decision."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import summary_values


class ActionAskReviewDecision(Action):
    def name(self) -> Text:
        return "action_ask_review_decision"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_review_intro")
        dispatcher.utter_message(response="utter_review_summary", **summary_values(tracker, domain))
        dispatcher.utter_message(response="utter_ask_review_decision")
        return []
