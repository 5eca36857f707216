"""Present danger by DASH risk category through the hub's chat API, against the real assistant (issue 10):
for each category one message said now gets the emergency answer at the opening, inside a report's
question and inside the free-text account; the same danger told as past, habit or a what-if does not.

The messages are written for this test (the held-out set, tests/heldout/danger_en.yml, is for
`make bench-danger` only). Assertions are about what the person must be told (999, the Silent Solution's
55, 999 BSL, Relay UK's 18000, and for self-harm Samaritans' 116 123), not the wording."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.rasa_plugins.danger_detector import detect_danger, told_as_not_now
from tests.support.chat import ChatPerson

EMERGENCY_FACTS = ("999", "55", "BSL", "18000")
# In every emergency answer and in no other reply ("call 999" alone is also in "I didn't understand").
EMERGENCY_ONLY = ("18000", "Silent Solution")
SAMARITANS = "116 123"


@dataclass(frozen=True)
class Category:
    name: str
    now: str  # present danger
    not_now: str  # the same danger told as past, habit or a what-if


CATEGORIES = [
    Category("strangulation", "he just choked me and he is still in the flat", "he choked me in 2020"),
    Category("fire", "someone is pouring petrol through our letterbox", "he always threatens to burn the house down"),
    Category("weapon", "my ex is at the door with a knife", "last year he had a knife"),
    Category("threat_to_kill", "he keeps texting that he is going to kill me tonight", "if he finds out he'll kill me"),
    Category("released_or_found", "he got out of prison today and he has found my address", "he was released from prison in 2019"),
    Category("child_in_danger", "he's hitting my daughter", "he hit my daughter when she was little"),
    Category("held_captive", "he has locked me in the bathroom", "years ago he locked me in"),
    Category("forced_marriage_or_fgm", "they are forcing me to marry him tomorrow", "my sister was forced to marry in 2015"),
    Category("attack_on_home_now", "a gang is throwing bricks at my windows", "someone smashed my window last month"),
    Category("self_harm", "i have taken an overdose", "i used to self harm when i was at school"),
    Category("general", "hes outside my house", "he was outside my house last week"),
]


def said(replies: list[dict]) -> str:
    return "\n".join(reply["text"] for reply in replies)


def assert_emergency_answer(text: str, category: Category) -> None:
    for fact in EMERGENCY_FACTS:
        assert fact in text, f"{category.name}: the emergency answer lacks {fact}: {text!r}"
    # Samaritans for self-harm only: the other danger answers stay as they were.
    assert (SAMARITANS in text) == (category.name == "self_harm"), f"{category.name}: Samaritans? {text!r}"


def assert_no_emergency_answer(text: str, category: Category) -> None:
    assert not any(fact in text for fact in EMERGENCY_ONLY), f"{category.name}: emergency answer for {category.not_now!r}: {text!r}"


def into_the_account(person: ChatPerson) -> None:
    person.choose("Report something")
    person.choose("Domestic abuse")
    person.choose("It happened to me")
    assert "own words" in person.last_text


@pytest.mark.parametrize("category", CATEGORIES, ids=[c.name for c in CATEGORIES])
def test_danger_now_is_answered_at_the_opening_in_the_account_and_in_a_question(person: ChatPerson, category: Category) -> None:
    assert_emergency_answer(said(person.say(category.now)), category)

    into_the_account(person)
    replies = person.say(category.now)
    assert_emergency_answer(said(replies), category)
    person.say("done")
    assert "When did it happen" in person.last_text

    replies = person.say(category.now)
    assert "999" in replies[0]["text"], "the emergency answer comes before anything else"
    assert_emergency_answer(said(replies), category)
    assert "When did it happen" in person.last_text, "then the question is asked again"
    # The same danger told as not now, in answer to the question, is the answer.
    assert_no_emergency_answer(said(person.say(category.not_now)), category)


@pytest.mark.parametrize("category", CATEGORIES, ids=[c.name for c in CATEGORIES])
def test_past_habit_and_what_if_get_no_emergency_answer_at_the_opening_or_in_the_account(
    hub_url: str, person: ChatPerson, category: Category
) -> None:
    assert_no_emergency_answer(said(person.say(category.not_now)), category)
    reporting = ChatPerson(hub_url)
    reporting.start()
    into_the_account(reporting)
    assert_no_emergency_answer(said(reporting.say(category.not_now)), category)


# (twenty-first session) Words that read as past ("last week") around a danger that is happening: no pattern reads it and
# the words' give-way (told_as_not_now) would silence the classifiers, but the binary danger-now classifier is sure of it
# (0.9 or more, bot/languages/danger_now.py SURE_OVER_GIVE_WAY), so it is answered as danger now. That a plain "I'm safe
# now" is never overruled is tested at the DangerDetector (tests/actions/test_danger_classifier.py).
SURE_DESPITE_ITS_WORDS = Category(
    "released_or_found",
    "she found out where we moved to last week, her car's been across the road since 7 and she's just walked up to our door",
    "she found out where we moved to last year",
)


def test_danger_the_binary_classifier_is_sure_of_is_answered_whatever_its_words_past(person: ChatPerson) -> None:
    text = SURE_DESPITE_ITS_WORDS.now
    # The point of the test: only the sure classifier catches this line. If a pattern comes to read it, pick another.
    assert detect_danger(text) is None and told_as_not_now(text)
    assert_emergency_answer(said(person.say(text)), SURE_DESPITE_ITS_WORDS)
    into_the_account(person)
    assert_emergency_answer(said(person.say(text)), SURE_DESPITE_ITS_WORDS)
