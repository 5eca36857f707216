"""Answer or interruption: offered choices beat the classifier; danger and confident commands interrupt."""
from __future__ import annotations

from typing import Any, Optional

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.danger import ActionEmergencyHelp
from actions.form_base import AnswerOrInterruption
from actions.references import ValidateAdditionForm
from actions.report_form import ValidateReportForm
from bot.rasa_plugins.danger_detector import DangerDetector
from tests.actions.conftest import make_tracker, responses

FORM = ValidateReportForm()


def _tracker(
    text: str,
    intent: str,
    confidence: float,
    slot: str,
    slots: Optional[dict[str, Any]] = None,
    entities: Optional[list[dict[str, Any]]] = None,
) -> Tracker:
    tracker = make_tracker(text, intent, {"requested_slot": slot, "incident_kind": "stalking", **(slots or {})},
                           entities, "report_form")
    tracker.latest_message["intent"]["confidence"] = confidence
    return tracker


async def extracted(
    tracker: Tracker, domain: dict[str, Any], form: AnswerOrInterruption = FORM
) -> list[dict[str, Any]]:
    return await form.get_extraction_events(CollectingDispatcher(), tracker, domain)


@pytest.mark.parametrize(
    "slot, text, intent, confidence",
    [
        ("ongoing", "still happening", "danger_now", 0.85),  # classifier thought danger; the button says otherwise
        ("field_to_change", "Area", "ask_bot", 0.9),
        ("review_decision", "send", "danger_now", 0.87),
        ("place_type", "3", "choose", 0.99),
        ("area", "Hinckley", "greet", 0.76),  # free answers are answers unless confidently a command
    ],
)
async def test_answers_are_taken_even_when_the_classifier_disagrees(
    domain: dict[str, Any], slot: str, text: str, intent: str, confidence: float
) -> None:
    slots = {"review_decision": "change"} if slot == "field_to_change" else {}
    events = await extracted(_tracker(text, intent, confidence, slot, slots), domain)
    assert events == [{"event": "slot", "timestamp": None, "name": slot, "value": text}]


@pytest.mark.parametrize(
    "slot, text, intent, confidence",
    [
        ("place_type", "he's outside", "danger_now", 1.0),  # "outside" is a synonym of street: danger wins
        ("place_type", "he is at home with a knife", "danger_now", 0.9),  # mentions "home", says much more
        ("when_happened", "can I talk to a real person", "request_human", 0.97),
        ("area", "stop", "stop_report", 0.95),
        ("offender", "is this anonymous", "ask_anonymous", 0.93),
        ("evidence", "handoff_ended", "handoff_ended", 1.0),
    ],
)
async def test_interruptions_are_left_to_the_rules(
    domain: dict[str, Any], slot: str, text: str, intent: str, confidence: float
) -> None:
    assert await extracted(_tracker(text, intent, confidence, slot), domain) == []


async def test_the_account_keeps_danger_and_long_messages_but_not_short_commands(domain: dict[str, Any]) -> None:
    danger = await extracted(_tracker("he's outside now", "danger_now", 1.0, "account"), domain)
    story = await extracted(_tracker("I told him to stop but he kept following me", "stop_report", 0.95, "account"), domain)
    command = await extracted(_tracker("I want to stop", "stop_report", 0.97, "account"), domain)
    assert danger and story
    assert command == []


async def test_sealed_contact_details_are_never_taken_from_the_text(domain: dict[str, Any]) -> None:
    tracker = _tracker('/contact_given{"contact_ref":"abc"}', "contact_given", 1.0, "contact_ref",
                       {"contact_preference": "contact"}, [{"entity": "contact_ref", "value": "abc"}])
    assert await extracted(tracker, domain) == []


async def test_nothing_is_extracted_for_a_question_that_is_not_asked(domain: dict[str, Any]) -> None:
    tracker = make_tracker("3", "choose", {"requested_slot": None}, active_loop="addition_form")
    assert await extracted(tracker, domain, ValidateAdditionForm()) == []


# The classifier's danger_now below the detector's certainty, inside a choice question (issue 10): the
# pipeline has already handed past and habitual messages to their next intent, so what is left is
# answered as danger unless it answers the question.
@pytest.mark.parametrize(
    "slot, text, confidence",
    [
        ("ongoing", "theres a funny smell and smoke by the front door", 0.55),
        ("place_type", "my little girl wont wake up", 0.62),
        ("consent_share", "hes back and shouting up the stairs", 0.85),
        # Unsure, and naming a choice (home) on the way: longer than an answer (CHOICE_ANSWER_WORDS).
        ("place_type", "he followed me home and is kicking the bedroom door in", 0.6),
    ],
)
async def test_the_classifiers_danger_interrupts_a_choice_question_for_the_emergency_answer(
    domain: dict[str, Any], slot: str, text: str, confidence: float
) -> None:
    tracker = _tracker(text, "danger_now", confidence, slot)
    assert await extracted(tracker, domain) == []  # so the rule "danger now during report form" runs
    dispatcher = CollectingDispatcher()
    await ActionEmergencyHelp().run(dispatcher, tracker, domain)
    assert "utter_emergency" in responses(dispatcher) and "utter_emergency_routes" in responses(dispatcher)


@pytest.mark.parametrize(
    "slot, text, confidence",
    [
        ("ongoing", "It's still happening", 0.93),  # a bare choice, however sure the classifier is
        ("ongoing", "still happening", 0.6),
        ("ongoing", "yes its still happening", 0.6),  # reads as a choice and the classifier is unsure
        ("place_type", "at home", 0.55),
        ("area", "outside the station by the taxis", 0.6),  # a question without choices takes any words
    ],
)
async def test_an_answer_the_classifier_took_for_danger_is_still_an_answer(
    domain: dict[str, Any], slot: str, text: str, confidence: float
) -> None:
    events = await extracted(_tracker(text, "danger_now", confidence, slot), domain)
    assert events == [{"event": "slot", "timestamp": None, "name": slot, "value": text}]


@pytest.mark.parametrize(
    "text, written_in",
    [
        ("he had me by the throat last summer", "en"),
        ("he always threatens to stab me when he drinks", "en"),
        ("zeszłego roku groził mi nożem", "pl"),  # Polish: "last year he threatened me with a knife"
    ],
)
async def test_past_and_habitual_danger_the_classifier_took_for_now_is_no_emergency_mid_form(
    domain: dict[str, Any], text: str, written_in: str
) -> None:
    """The whole way a message goes: the pipeline's DangerDetector, then the form's decision."""
    message = Message(data={"text": text, "metadata": {"language": written_in, "text_language": written_in}})
    message.set("intent", {"name": "danger_now", "confidence": 0.7})
    message.set("intent_ranking", [{"name": "danger_now", "confidence": 0.7},
                                   {"name": "tell_story_domestic_abuse", "confidence": 0.2}])
    DangerDetector({}).process([message])
    intent = message.get("intent")
    tracker = _tracker(text, intent["name"], intent["confidence"], "ongoing")
    assert intent["name"] == "tell_story_domestic_abuse"
    assert await extracted(tracker, domain) != []  # taken as the answer (its validator asks again)
