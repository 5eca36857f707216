"""Danger by SMS through Twilio's stand-in, with the real assistant (issue 10): a text saying someone was just
strangled, that a fire is being set at the home, or that they have taken an overdose gets the emergency
answer as the first text of a conversation and inside a report's account; the overdose also gets
Samaritans. The same danger told in the past gets no emergency answer."""
from __future__ import annotations

import pytest

from tests.channels.texting.people import TwilioPhone, numbered_options

EMERGENCY_FACTS = ("999", "55", "BSL", "18000")
SAMARITANS = "116 123"

NOW_AND_PAST = {
    "strangulation": ("he put his hands round my neck just now, he is still here", "he choked me back in 2018"),
    "fire": ("they have set fire to my front door", "someone set fire to our bins in 2021"),
    "overdose": ("ive taken a load of tablets", "i took an overdose years ago"),
}


def assert_emergency_answer(replies: list[str], category: str) -> None:
    text = "\n".join(replies)
    for fact in EMERGENCY_FACTS:
        assert fact in text, f"{category}: the emergency answer by SMS lacks {fact}: {text!r}"
    assert (SAMARITANS in text) == (category == "overdose"), f"{category}: Samaritans? {text!r}"


def choose(phone: TwilioPhone, replies: list[str], title_part: str) -> list[str]:
    options = numbered_options(replies)
    number = next((n for title, n in options.items() if title_part.lower() in title.lower()), None)
    assert number is not None, f"no option like {title_part!r} in {options}"
    return phone.say(str(number))


@pytest.mark.parametrize("category", sorted(NOW_AND_PAST))
def test_danger_now_by_sms_is_answered_first_thing_and_inside_the_account(stack_phone: TwilioPhone, category: str) -> None:
    now, past = NOW_AND_PAST[category]
    replies = stack_phone.say(now)
    assert_emergency_answer(replies, category)

    replies = choose(stack_phone, replies, "Report something")
    replies = choose(stack_phone, replies, "Domestic abuse")
    replies = choose(stack_phone, replies, "It happened to me")
    assert any("own words" in reply for reply in replies), replies
    assert_emergency_answer(stack_phone.say(now), category)
    # Told in the past, it is part of the account.
    assert not any("18000" in reply for reply in stack_phone.say(past))
