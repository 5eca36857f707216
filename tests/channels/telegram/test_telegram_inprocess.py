"""Telegram in-process: an update with the webhook's secret into the hub in this test's loop, the
assistant stand-in answering, the replies sent through the Telegram stand-in's Bot API: buttons as an
inline keyboard, a press sending the button's payload, the chat id kept from the assistant."""
from __future__ import annotations

import asyncio
import itertools
import random
from typing import Any

import pytest

from tests.channels.texting.people import TELEGRAM_WEBHOOK, Hub, TelegramUser
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub
from tests.support.standins import StandIns
from tests.support.standins.telegram_api import SentTelegram

_chat_ids = itertools.count(random.randrange(10**8, 9 * 10**8))


@pytest.fixture
def telegram_user(inprocess_people: Hub, standins: StandIns) -> TelegramUser:
    return TelegramUser(inprocess_people, standins.telegram, standins.telegram_secret, next(_chat_ids))


async def sends(hub: InProcessHub, user: TelegramUser, update: dict[str, Any], expect: int) -> list[SentTelegram]:
    """`user` sends `update`; the `expect` messages the bot sends back (through the Bot API)."""
    response = await hub.client.post(
        TELEGRAM_WEBHOOK, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": user.secret_token})
    assert response.status == 200, await response.text()
    # Waited for off the loop: the hub's courier sends on this loop meanwhile.
    await asyncio.to_thread(user.telegram.wait_for_messages, user.chat_id, user.seen + expect)
    replies = user.telegram.messages_to(user.chat_id)[user.seen:]
    user.seen += len(replies)
    return replies


async def test_a_message_reaches_the_assistant_and_a_button_press_sends_its_payload(
    texting_hub: InProcessHub, telegram_user: TelegramUser
) -> None:
    texting_hub.standin.otherwise = [
        text("Hello. What would you like to do?", ("Report something", "/report"), ("Find a helpline", "/helplines"))]
    texting_hub.standin.when("/report", text("Tell me what happened."))

    replies = await sends(texting_hub, telegram_user, telegram_user.message("hello"), expect=1)

    assert replies[-1].text.startswith("Hello. What would you like to do?")
    assert [button["text"] for button in replies[-1].buttons] == ["Report something", "Find a helpline"]
    assert texting_hub.standin.texts()[-1] == "hello"
    assert texting_hub.standin.received[-1].metadata["channel"] == "telegram"

    press = telegram_user.press(replies[-1].buttons[0]["callback_data"])
    assert [sent.text for sent in await sends(texting_hub, telegram_user, press, expect=1)] == ["Tell me what happened."]
    assert texting_hub.standin.texts()[-1] == "/report"
    # The assistant knows the conversation by a pseudonym, never by the Telegram chat id.
    assert all(str(telegram_user.chat_id) not in turn.sender + turn.text for turn in texting_hub.standin.received)
