"""Whatever the hub logs while people text (at any level, failures included), no number is in it."""
from __future__ import annotations

import logging

import pytest

from tests.channels.texting.people import TelegramUser, TwilioPhone
from tests.support.standins import StandIns


def test_nothing_logged_names_the_person(
    caplog: pytest.LogCaptureFixture, phone: TwilioPhone, telegram_user: TelegramUser, standins: StandIns
) -> None:
    caplog.set_level(logging.DEBUG)
    phone.say("START")
    standins.twilio.failures.fail_next(2, status=500)
    phone.say("1")
    standins.twilio.unsubscribed.add(phone.number)
    try:
        phone.say("hello")
    finally:
        standins.twilio.unsubscribed.discard(phone.number)
    standins.telegram.failures.fail_next(1, status=500)
    telegram_user.send(telegram_user.message("/start"))
    standins.telegram.blocked_chats.add(telegram_user.chat_id)
    try:
        telegram_user.send(telegram_user.message("hello"))
    finally:
        standins.telegram.blocked_chats.discard(telegram_user.chat_id)
    logged = caplog.text
    assert "failed" in logged  # the failures were logged...
    for secret in (phone.number, phone.number[1:], "0" + phone.number[3:], str(telegram_user.chat_id),
                   standins.telegram.bot_token, standins.twilio.auth_token):
        assert secret not in logged  # ...without naming anyone, or leaking a token
