"""Whether the latest message answers the question a form asked, or interrupts it.

Rasa's `from_text` + `not_intent` trusts the classifier, and on short answers it is often wrong:
"Area" looked like "are you a bot", "still happening" like danger, "send" like "send help". So the form
slots use custom mappings and this one step decides, in order:

1. a message the danger detector is sure about interrupts (and gets the emergency answer), except inside
   free text, where it is kept *and* answered; so does the classifier's danger_now (the pipeline has
   already given way for past, habit and safe messages), unless the message answers the question: a
   bare offered choice, or when the classifier is unsure, anything that reads as a choice (in a
   question without choices an unsure danger_now is an answer);
2. a button payload or a typed choice that the question offered is an answer, whatever the classifier says;
3. an interrupting intent (a person, helplines, stop, questions about the service, the hub's own
   messages) interrupts when the classifier is confident; in free text only short commands do;
4. anything else is an answer, and the slot's validator judges it.

When nothing is extracted, Rasa rejects the form and an interruption rule takes over: it gives the
interruption's answer (INTERRUPTION_ANSWERS) and goes back to the form. Those rules are generated from that
table (data/training/interruption_rules.yml, `make rules`), so what interrupts here and what the rules
answer cannot drift apart."""
from __future__ import annotations

from abc import abstractmethod
from typing import Any, Mapping, Optional, Sequence, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.choices import exact_choice, match_choice, match_several, offered_choices
from actions.danger import DANGER_INTENT
from actions.tracker_facts import latest_entity, latest_intent, latest_text, matching_languages
from bot.assistant_contract import (
    ATTACHMENT_RECEIVED,
    CONTACT_GIVEN,
    CONTACT_REF,
    HANDOFF_ENDED,
    HANDOFF_UNAVAILABLE,
    HUB_INTENTS,
    LANGUAGE_CHANGED,
    START_CONVERSATION,
)

# The danger detector sets confidence 1.0; the classifier alone rarely gets this sure.
DETECTOR_CERTAINTY = 0.99
INTERRUPTION_CONFIDENCE = 0.8
# In free text, a command must be short and near-certain: "I told him to stop" is part of the story.
FREE_TEXT_COMMAND_CONFIDENCE = 0.9
FREE_TEXT_COMMAND_WORDS = 6
# An unsure danger_now yields to a choice named inside the message only in an answer this short ("yes its still
# happening", "at home"): a longer message that names a place or a person on the way ("hes come back to the flat
# and is kicking the bedroom door in") tells more than an answer, and was read as the answer (tenth round,
# docs/benchmarks.md: the 11 messages of sets 6-9 caught at the opening but missed mid-form, every one longer than
# 8 words; 4 to 10 words caught them all and cost no false alarm there).
CHOICE_ANSWER_WORDS = 6

# Each intent that interrupts a form, with what it gets before the form asks its question again: the one
# list both the validators below and the rules (actions/interruption_rules.py) are made from. Every intent
# the hub sends is here (tests/actions/test_interruption_rules.py): a hub message is never an answer.
INTERRUPTION_ANSWERS: Mapping[str, str] = {
    DANGER_INTENT: "action_emergency_help",
    "get_help_now": "action_emergency_help",
    "request_human": "action_request_human",
    "find_helpline": "action_list_helplines",
    "ask_bot": "utter_i_am_a_bot",
    "ask_anonymous": "utter_anonymity",
    "ask_what_happens": "utter_what_happens",
    "feeling_scared": "utter_feeling_scared",
    HANDOFF_ENDED: "action_handoff_ended",
    LANGUAGE_CHANGED: "action_language_changed",
    HANDOFF_UNAVAILABLE: "action_handoff_unavailable",
    ATTACHMENT_RECEIVED: "utter_attachment",
    START_CONVERSATION: "action_start_conversation",
    CONTACT_GIVEN: "action_contact_noted",
}
# Stopping interrupts every form too, but does not go back to it: each form has its own rule (rules.yml).
STOP_REPORT = "stop_report"
SHORT_ANSWER_INTERRUPTIONS = frozenset(INTERRUPTION_ANSWERS) | {STOP_REPORT}
FREE_TEXT_INTERRUPTIONS = HUB_INTENTS | {STOP_REPORT, "request_human", "get_help_now"}


def _confidence(tracker: Tracker) -> float:
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)


class AnswerOrInterruption(FormValidationAction):
    """Base of SpeakUp's form validators: extracts the requested slot from the latest message."""

    # slot -> the responses whose buttons answer it (a slot may be asked in more than one way)
    choice_responses: Mapping[str, Sequence[str]] = {}
    # slots that collect free text over several messages
    free_text_slots: frozenset[str] = frozenset()
    # choice slots that take several choices at once ("1 and 3")
    multiple_choice_slots: frozenset[str] = frozenset()

    @abstractmethod
    def name(self) -> Text:
        """Abstract, so that rasa-sdk registers the concrete forms' validators and not this base."""

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slot = tracker.get_slot("requested_slot")
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        if slot not in required or self.interrupts(slot, tracker, domain):
            return []
        return [SlotSet(slot, latest_text(tracker))]

    def interrupts(self, slot: str, tracker: Tracker, domain: DomainDict) -> bool:
        intent, confidence = latest_intent(tracker), _confidence(tracker)
        if slot == CONTACT_REF and intent == CONTACT_GIVEN:
            return True  # the contact_ref entity mapping in the domain fills it, never the text
        if slot in self.free_text_slots:
            is_command = len(latest_text(tracker).split()) <= FREE_TEXT_COMMAND_WORDS
            return intent in FREE_TEXT_INTERRUPTIONS and (
                intent in HUB_INTENTS or (is_command and confidence >= FREE_TEXT_COMMAND_CONFIDENCE)
            )
        if intent == DANGER_INTENT and confidence >= DETECTOR_CERTAINTY:
            return True
        if intent == DANGER_INTENT:
            # The classifier's danger_now gets here only after the pipeline's DangerDetector has handed
            # past, habitual and safe messages to their next intent, in the message's own language
            # (told_as_not_now_in), so any danger_now left is danger to answer, as at the opening. It
            # yields only to an answer: when the classifier is confident, to a bare choice ("send",
            # "still happening"; "he's at home with a knife" mentions home but says much more); when
            # it is unsure, to a short answer that reads as one of the offered choices (CHOICE_ANSWER_WORDS).
            # A question with no choices takes any words as its answer ("outside the station"), so there
            # only a confident danger_now interrupts.
            likely_danger = confidence >= INTERRUPTION_CONFIDENCE
            if not likely_danger and slot not in self.choice_responses:
                return False
            short_answer = len(latest_text(tracker).split()) <= CHOICE_ANSWER_WORDS
            return not self.answers_offered_choice(slot, tracker, domain, exactly=likely_danger or not short_answer)
        if self.answers_offered_choice(slot, tracker, domain):
            return False
        return intent in SHORT_ANSWER_INTERRUPTIONS and confidence >= INTERRUPTION_CONFIDENCE

    def answers_offered_choice(self, slot: str, tracker: Tracker, domain: DomainDict, exactly: bool = False) -> bool:
        text = latest_text(tracker)
        for response in self.choice_responses.get(slot, ()):
            choices = offered_choices(domain, response, tracker.slots, matching_languages(tracker))
            pressed: Optional[Any] = latest_entity(tracker, slot)
            if pressed is not None and pressed in [c.value_for(slot) for c in choices]:
                return True
            if exactly:
                if exact_choice(text, choices):
                    return True
            elif match_choice(text, choices) or (
                slot in self.multiple_choice_slots and match_several(text, choices)
            ):
                return True
        return False
