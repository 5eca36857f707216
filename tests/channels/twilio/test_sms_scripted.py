"""SMS through Twilio against the hub with a scripted assistant: the channel's behaviour, exactly."""
from __future__ import annotations

from tests.channels.texting.people import TwilioPhone
from tests.support.standins.assistant import OPENING


def test_a_first_text_reaches_the_assistant_and_buttons_become_a_numbered_menu(phone: TwilioPhone) -> None:
    replies = phone.say("START")
    assert len(replies) == 1
    assert replies[0].startswith(OPENING)
    assert "Reply 1 for It happened to me" in replies[0]
    assert "Reply 3 for Talk to a person" in replies[0]
