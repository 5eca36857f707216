"""Telegram with the real assistant (the whole stack): keyboards for choices, presses that choose."""
from __future__ import annotations

from tests.channels.texting.people import TelegramUser


def test_a_telegram_conversation_with_the_real_assistant(stack_telegram_user: TelegramUser) -> None:
    opening = stack_telegram_user.send(stack_telegram_user.message("/start"))
    buttons = [button for message in opening for button in message.buttons]
    assert buttons, [m.text for m in opening]
    assert not any("Reply 1 for" in message.text for message in opening)
    replies = stack_telegram_user.send(stack_telegram_user.press(buttons[0]["callback_data"]))
    assert replies and "isn't available" not in replies[0].text
