"""Whatever the stack logs while people text (the hub, the Rasa server, the action server; failures
included), no number, Telegram id or provider token is in it. Reads the stack's own log files."""
from __future__ import annotations

from pathlib import Path

from bot.launcher import Stack
from tests.channels.texting.people import TelegramUser, TwilioPhone
from tests.support.standins import StandIns


def log_sizes(stack: Stack) -> dict[Path, int]:
    return {path: path.stat().st_size for path in (stack.settings.var_dir / "logs").glob("*.log")}


def logged_since(sizes: dict[Path, int], stack: Stack) -> dict[str, str]:
    logged = {}
    for path in (stack.settings.var_dir / "logs").glob("*.log"):
        with path.open("rb") as handle:
            handle.seek(sizes.get(path, 0))
            logged[path.name] = handle.read().decode("utf-8", errors="replace")
    return logged


def test_nothing_logged_names_the_person_or_leaks_a_token(
    stack: Stack, stack_phone: TwilioPhone, stack_telegram_user: TelegramUser, standins: StandIns
) -> None:
    phone, user = stack_phone, stack_telegram_user
    before = log_sizes(stack)
    assert "hub.log" in {path.name for path in before}
    phone.say("START")
    standins.twilio.failures.fail_next(2, status=500)
    phone.say("1")
    standins.twilio.unsubscribed.add(phone.number)
    try:
        phone.say("hello")
    finally:
        standins.twilio.unsubscribed.discard(phone.number)
    standins.telegram.failures.fail_next(1, status=500)
    user.send(user.message("/start"))
    standins.telegram.blocked_chats.add(user.chat_id)
    try:
        user.send(user.message("hello"))
    finally:
        standins.telegram.blocked_chats.discard(user.chat_id)

    logged = logged_since(before, stack)
    assert "failed" in logged["hub.log"]  # the failures were logged...
    everything = "\n".join(logged.values())
    for secret in (phone.number, phone.number[1:], "0" + phone.number[3:], str(user.chat_id),
                   standins.telegram.bot_token, standins.twilio.auth_token):
        assert secret not in everything  # ...without naming anyone, or leaking a token
