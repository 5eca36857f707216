"""The danger patterns: present danger is caught; negations and past events are left to the account."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_plugins.danger_detector import DangerDetector, detect_danger


@pytest.mark.parametrize(
    "text",
    [
        "he's outside",
        "hes outside my house",
        "He is outside right now",
        "my ex is at the door",
        "he has a knife",
        "they've got a gun",
        "he's got a knife",
        "he is going to kill me",
        "hes gonna kill me",
        "help me now",
        "please help me",
        "I'm bleeding",
        "im bleeding",
        "he locked me in the bedroom",
        "he won't let me leave",
        "I'm in danger",
        "I'm not safe",
        "someone is banging on the door",
        "he's hitting me",
        "they're outside right now",
        "No, he's outside now!",
        "he threatened to kill me last year and now he's outside",
        "there's someone in my garden right now",
        "I'm being followed",
        "a gang is chasing me",
        "i'm hiding from him",
        "send help",
        "call the police",
        "he's threatening me with a hammer",
        "my ex just turned up and wont leave",
        "he won't let me leave the house",
        "they're taking me abroad tomorrow to get married",
        "they're going to cut my daughter this week",
        "sos",
        "cant breath his hands are on my neck",
        "there's blood everywhere",
        "there's a guy following me through the park",
        "a car is following me and i'm walking home alone",
        "a man is following me home right now what do i do",
        "my stepdad is hitting my little brother",
        "a group of lads are kicking a man on the floor outside",
        "he says he'll shoot me",
        "he pushed me down the stairs and i can't get up",
        "he poured petrol everywhere",
        "someone has put something burning through my letterbox",
        "i'm in his car and he won't stop to let me out",
        "someone's getting beaten up outside the shop right now",
        "they're shouting racist stuff and punching my dad right now",
        "my family are taking me to the airport right now to get married",
        "he's trying to force himself on me",
        "my ex is ringing the doorbell and he's not supposed to come near me",
        "there's men with knives outside the mosque right now",
        "they've just broken the door down",
        "they just threw a petrol bomb at our house",
        "she's hurt and needs an ambulance",
        "he has me pinned on the floor",
    ],
)
def test_present_danger_is_detected(text):
    assert detect_danger(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I'm not in danger",
        "I am not in danger right now, it was last week",
        "he isn't outside any more",
        "last year he had a knife",
        "he threatened to kill me last year",
        "he was outside my house last week",
        "my ex keeps turning up at my work",
        "someone shouted racist abuse at me on the bus",
        "help",
        "I want to report something",
        "he doesn't have a knife",
        "years ago he locked me in",
        "my boyfriend wont let me go out and checks my phone",
        "he won't let me leave the house without him",
        "my family want me to get married next year",
        "I was cut when I was a child",
        "someone cut my tyres today",
        "I was being followed for months last year",
        "he keeps following me",
        "a man is following me on instagram",
        "he forced himself on me",
        "he'll never change",
        "my ex keeps ringing my doorbell at night",
        "someone set fire to my car last year",
        "he's been hitting me for years",
        "my son is being bullied at school",
        "i think my neighbour is being beaten by her husband i hear screaming every night",
        "they'll be married next year",
        "he broke the door down last year",
        "the ambulance came and took her to hospital",
    ],
)
def test_negations_past_events_and_ordinary_messages_are_not(text):
    assert detect_danger(text) is None


def _message(text: str, intent: str = "tell_story_stalking") -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.91}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": 0.91}, {"name": "danger_now", "confidence": 0.05}],
                add_to_output=True)
    return message


def test_the_component_overrides_the_intent_and_keeps_the_original_in_the_ranking():
    [message] = DangerDetector({}).process([_message("he's outside my flat with a knife")])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0]["name"] == "danger_now"
    assert [r["name"] for r in ranking].count("danger_now") == 1
    assert ranking[1]["name"] == "tell_story_stalking"


def test_the_component_leaves_other_messages_and_button_payloads_alone():
    messages = DangerDetector({}).process([_message("my ex keeps texting me"), _message('/choose{"x":"help me now"}')])
    assert all(m.get("intent")["name"] == "tell_story_stalking" for m in messages)
