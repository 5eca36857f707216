"""Fixtures for the texting channels (used by the conftest.py of texting/, twilio/ and telegram/): people
who text, and a call handler at the staff console, against the real stack (`stack`, tests/conftest.py:
the Rasa server, the action server and the hub on free ports), with the stand-ins for Twilio's and
Telegram's APIs; and, for the fast tier, the hub in-process against the assistant stand-in (`texting_hub`)."""
from __future__ import annotations

import itertools
import random
import secrets
from pathlib import Path
from typing import AsyncIterator, Iterator

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from tests.bot.console.support import add_staff
from tests.channels.texting.people import CallHandler, Hub, TelegramUser, TwilioPhone
from tests.support.inprocess_hub import InProcessHub, start_inprocess_hub
from tests.support.standins import SMS_NUMBER, WHATSAPP_NUMBER, StandIns

# Numbers in Ofcom's drama range, +44 7700 900000 to 900999, one per test phone.
# The start leaves room for some 500 phones before the range ends.
_numbers = itertools.count(random.randrange(100, 400))
_chat_ids = itertools.count(random.randrange(10**8, 9 * 10**8))


def new_number() -> str:
    return f"+447700900{next(_numbers):03d}"


def new_chat_id() -> int:
    """A Telegram private chat no other test uses."""
    return next(_chat_ids)


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


@pytest.fixture
async def texting_hub(tmp_path: Path, standins: StandIns) -> AsyncIterator[InProcessHub]:
    """The hub in this test's loop, its texting channels pointed at Twilio's and Telegram's stand-ins and its
    assistant at the assistant stand-in (no Rasa)."""
    async with start_inprocess_hub(tmp_path, standins.environment()) as running:
        yield running


@pytest.fixture
def inprocess_people(texting_hub: InProcessHub) -> Iterator[Hub]:
    """What TwilioPhone and TelegramUser need to know of the in-process hub (to sign and address what they
    send); they post through `texting_hub.client`, since the hub runs in the test's own loop."""
    settings = texting_hub.settings
    engine = sa.create_engine(settings.database_url, future=True)
    yield Hub(str(texting_hub.client.make_url("")), settings.public_base_url, settings.secret_key, engine,
              settings.rasa_url, settings.rasa_api_token, settings.domain_path)
    engine.dispose()
