"""SMS in-process: a signed Twilio webhook into the hub in this test's loop, the assistant stand-in
answering, the replies sent through the Twilio stand-in's API. The channel's own rules (numbered menus,
what chooses from them, the sender's number kept from the assistant) in a second, without Rasa."""
from __future__ import annotations

import asyncio

import pytest

from tests.channels.texting.fixtures import new_number
from tests.channels.texting.people import TWILIO_WEBHOOK, Hub, TwilioPhone, numbered_options
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub
from tests.support.standins import SMS_NUMBER, StandIns


@pytest.fixture
def phone(inprocess_people: Hub, standins: StandIns) -> TwilioPhone:
    """A phone texting the service's SMS number."""
    return TwilioPhone(inprocess_people, standins.twilio, new_number(), SMS_NUMBER)


async def texts(hub: InProcessHub, phone: TwilioPhone, body: str, expect: int) -> list[str]:
    """`phone` texts `body`; the `expect` texts it gets back (sent through Twilio's API)."""
    form = phone.form(body)
    response = await hub.client.post(TWILIO_WEBHOOK, data=form, headers={"X-Twilio-Signature": phone.sign(form)})
    assert response.status == 200, await response.text()
    # Waited for off the loop: the hub's courier sends on this loop meanwhile.
    await asyncio.to_thread(phone.twilio.wait_for_messages, phone.number, phone.seen + expect)
    replies = phone.received()[phone.seen:]
    phone.seen += len(replies)
    return replies


async def test_a_text_reaches_the_assistant_and_its_buttons_come_back_as_a_numbered_menu(
    texting_hub: InProcessHub, phone: TwilioPhone
) -> None:
    texting_hub.standin.otherwise = [text("Hello. What would you like to do?", ("Report something", "/report"),
                                      ("Find a helpline", "/helplines"))]
    texting_hub.standin.when("/report", text("Tell me what happened."))

    replies = await texts(texting_hub, phone, "hello", expect=1)

    assert numbered_options(replies) == {"Report something": 1, "Find a helpline": 2}
    assert replies[-1].startswith("Hello. What would you like to do?")
    assert texting_hub.standin.texts()[-1] == "hello"
    assert texting_hub.standin.received[-1].metadata["channel"] == "sms"

    assert await texts(texting_hub, phone, "1", expect=1) == ["Tell me what happened."]
    assert texting_hub.standin.texts()[-1] == "/report"
    # The assistant knows the conversation by a pseudonym, never by the phone number.
    digits = phone.number.lstrip("+")
    assert all(digits[-6:] not in turn.sender + turn.text for turn in texting_hub.standin.received)
