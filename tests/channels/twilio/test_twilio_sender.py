"""The Twilio transport against the Twilio stand-in (its real wire format): a send whose answer never
comes is reported as of unknown outcome, and Twilio's Messages list finds what it took meanwhile."""
from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest

from bot.storage.outbox import QueuedMessage
from channels.texting.delivery import SendFailure
from channels.twilio import sender
from channels.twilio.config import TwilioConfig
from channels.twilio.sender import TwilioTransport
from tests.channels.texting.fixtures import new_number
from tests.support.ports import free_port
from tests.support.standins import SMS_NUMBER, WHATSAPP_NUMBER, StandIns

# From the test phones' own sequence: the stand-in is shared by the session, and a fixed number could be one
# another test's phone has already texted.
PERSON = new_number()


@pytest.fixture
def twilio(standins: StandIns) -> Iterator[StandIns]:
    yield standins
    standins.twilio.hold_answers(0)


def transport_for(standins: StandIns, api_base_url: str = "") -> TwilioTransport:
    return TwilioTransport(TwilioConfig(
        account_sid=standins.twilio.account_sid, auth_token=standins.twilio.auth_token, sms_number=SMS_NUMBER,
        whatsapp_number=WHATSAPP_NUMBER, api_base_url=api_base_url or standins.twilio.url,
        # Delivery receipts go to a closed port on this machine, never anywhere else.
        public_base_url=f"http://127.0.0.1:{free_port()}",
    ))


def message(body: str, channel: str = "sms") -> QueuedMessage:
    return QueuedMessage(id=1, conversation_id="c", channel=channel, body=body, choices=[], ignores_stop=False,
                         attempts=0, next_attempt_at=dt.datetime.utcnow())


def a_minute_ago() -> dt.datetime:
    return dt.datetime.utcnow() - dt.timedelta(minutes=1)


async def test_a_send_twilio_takes_but_never_answers_is_of_unknown_outcome_and_found_in_its_list(
    twilio: StandIns, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sender, "SEND_TIMEOUT_SECONDS", 0.5)
    transport = transport_for(twilio)
    body = "Thank you. What happened, in your own words?"
    since = a_minute_ago()
    try:
        twilio.twilio.hold_answers(5)
        with pytest.raises(SendFailure) as failure:
            await transport.send(PERSON, message(body))
        assert failure.value.temporary and failure.value.outcome_unknown
        twilio.twilio.hold_answers(0)
        [taken] = twilio.twilio.messages_to(PERSON)
        assert await transport.taken_since(PERSON, message(body), since) == [taken.sid]
        # Other words, or a try after the message was taken, are not it.
        assert await transport.taken_since(PERSON, message("Reply 1 or 2."), since) == []
        assert await transport.taken_since(PERSON, message(body), dt.datetime.utcnow() + dt.timedelta(minutes=2)) == []
    finally:
        await transport.close()


async def test_whatsapp_messages_are_found_by_their_whatsapp_addresses(twilio: StandIns) -> None:
    transport = transport_for(twilio)
    number = new_number()
    try:
        sid = await transport.send(number, message("Hello", channel="whatsapp"))
        assert await transport.taken_since(number, message("Hello", channel="whatsapp"), a_minute_ago()) == [sid]
        assert await transport.taken_since(number, message("Hello"), a_minute_ago()) == []  # not by SMS
    finally:
        await transport.close()


async def test_a_send_that_never_reached_twilio_is_of_known_outcome(twilio: StandIns) -> None:
    transport = transport_for(twilio, api_base_url=f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(SendFailure) as failure:
            await transport.send(PERSON, message("Hello"))
        assert failure.value.temporary and not failure.value.outcome_unknown
        with pytest.raises(SendFailure):
            await transport.taken_since(PERSON, message("Hello"), a_minute_ago())
    finally:
        await transport.close()
