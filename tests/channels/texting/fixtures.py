"""Fixtures for the texting channels (used by the conftest.py of texting/, twilio/ and telegram/): people
who text, and a call handler at the staff console, all against the real stack (`stack`, tests/conftest.py:
the Rasa server, the action server and the hub on free ports), with the stand-ins for Twilio's and
Telegram's APIs. Nothing here fakes the assistant."""
from __future__ import annotations

import itertools
import random
import secrets
from typing import Iterator

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from tests.bot.console.support import add_staff
from tests.channels.texting.people import CallHandler, Hub, TelegramUser, TwilioPhone
from tests.support.standins import SMS_NUMBER, WHATSAPP_NUMBER, StandIns

# Numbers in Ofcom's drama range, +44 7700 900000 to 900999, one per test phone.
_numbers = itertools.count(random.randrange(100, 600))
_chat_ids = itertools.count(random.randrange(10**8, 9 * 10**8))


def new_number() -> str:
    return f"+447700900{next(_numbers):03d}"


@pytest.fixture(scope="session")
def stack_hub(stack: Stack, database: sa.engine.Engine) -> Hub:
    """The whole stack: the hub with the real assistant."""
    return Hub.of(stack, database)


def _phone(hub: Hub, standins: StandIns, whatsapp: bool = False) -> TwilioPhone:
    service_number = WHATSAPP_NUMBER if whatsapp else SMS_NUMBER
    return TwilioPhone(hub, standins.twilio, new_number(), service_number, whatsapp=whatsapp)


@pytest.fixture
def stack_phone(stack_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(stack_hub, standins)


@pytest.fixture
def stack_whatsapp_phone(stack_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(stack_hub, standins, whatsapp=True)


@pytest.fixture
def stack_telegram_user(stack_hub: Hub, standins: StandIns) -> TelegramUser:
    return TelegramUser(stack_hub, standins.telegram, standins.telegram_secret, next(_chat_ids))


@pytest.fixture
def call_handler(stack: Stack, stack_hub: Hub) -> Iterator[CallHandler]:
    """A call handler signed in to the stack's staff console (so on duty: a person who asks for someone
    joins the queue). Signed out afterwards, handing back what they hold, so that nobody counts as on
    duty for later tests."""
    name = f"texting-{secrets.token_hex(4)}"
    add_staff(stack.settings.database_url, name)
    handler = CallHandler(stack_hub, f"http://127.0.0.1:{stack.settings.console_port}")
    handler.sign_in(name)
    yield handler
    handler.sign_out()
