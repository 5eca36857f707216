"""Fixtures for the texting channels (used by the conftest.py of texting/, twilio/ and telegram/): people who text, against the real stack (`stack`) or against a
hub whose assistant is scripted (`scripted_hub`: seconds to start, no trained model needed, replies of
a known shape), both using the stand-ins for Twilio's and Telegram's APIs."""
from __future__ import annotations

import itertools
import random
import secrets
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.config import Settings
from bot.launcher import Stack
from tests.channels.texting.people import Hub, TelegramUser, TwilioPhone
from tests.support.ports import free_port
from tests.support.standins import SMS_NUMBER, WHATSAPP_NUMBER, StandIns
from tests.support.standins.assistant import ScriptedAssistant
from tests.support.standins.server import BackgroundServer

# Numbers in Ofcom's drama range, +44 7700 900000 to 900999, one per test phone.
_numbers = itertools.count(random.randrange(100, 600))
_chat_ids = itertools.count(random.randrange(10**8, 9 * 10**8))


def new_number() -> str:
    return f"+447700900{next(_numbers):03d}"


@pytest.fixture(scope="session")
def assistant() -> Iterator[ScriptedAssistant]:
    running = ScriptedAssistant().start()
    yield running
    running.stop()


def start_scripted_hub(var_dir: Path, standins: StandIns, assistant: ScriptedAssistant, **env: str) -> Hub:
    """The real hub, in this process, talking to the scripted assistant (`env` adds settings)."""
    port = free_port()
    settings = Settings.from_env(
        {
            "SPEAKUP_VAR_DIR": str(var_dir),
            "SECRET_KEY": secrets.token_urlsafe(48),
            "HUB_PORT": str(port),
            "RASA_PORT": str(assistant.rasa.port),
            "ACTION_SERVER_PORT": str(assistant.actions.port),
            "STAFFED_HOURS": "always",
            **standins.environment(),
            **env,
        }
    )
    server = BackgroundServer(create_app(settings), port=port).start()
    engine = sa.create_engine(settings.database_url, future=True)
    return Hub(f"http://127.0.0.1:{port}", settings.public_base_url, settings.secret_key, engine, server)


@pytest.fixture(scope="session")
def scripted_hub(tmp_path_factory: pytest.TempPathFactory, standins: StandIns, assistant: ScriptedAssistant) -> Iterator[Hub]:
    hub = start_scripted_hub(tmp_path_factory.mktemp("texting-hub"), standins, assistant)
    yield hub
    hub.stop()


@pytest.fixture(scope="session")
def stack_hub(stack: Stack, database: sa.engine.Engine) -> Hub:
    """The whole stack: the hub with the real assistant."""
    return Hub(stack.hub_url(), stack.settings.public_base_url, stack.settings.secret_key, database)


def _phone(hub: Hub, standins: StandIns, whatsapp: bool = False) -> TwilioPhone:
    service_number = WHATSAPP_NUMBER if whatsapp else SMS_NUMBER
    return TwilioPhone(hub, standins.twilio, new_number(), service_number, whatsapp=whatsapp)


@pytest.fixture
def phone(scripted_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(scripted_hub, standins)


@pytest.fixture
def whatsapp_phone(scripted_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(scripted_hub, standins, whatsapp=True)


@pytest.fixture
def telegram_user(scripted_hub: Hub, standins: StandIns) -> TelegramUser:
    return TelegramUser(scripted_hub, standins.telegram, standins.telegram_secret, next(_chat_ids))


@pytest.fixture
def stack_phone(stack_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(stack_hub, standins)


@pytest.fixture
def stack_whatsapp_phone(stack_hub: Hub, standins: StandIns) -> TwilioPhone:
    return _phone(stack_hub, standins, whatsapp=True)


@pytest.fixture
def stack_telegram_user(stack_hub: Hub, standins: StandIns) -> TelegramUser:
    return TelegramUser(stack_hub, standins.telegram, standins.telegram_secret, next(_chat_ids))
