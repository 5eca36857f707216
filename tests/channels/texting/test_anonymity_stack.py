"""The number (or Telegram id) someone texts from is nowhere: not in any database file, log or tracker.

Runs the real stack end to end, then searches every file under its var directory (the hub's SQLite
database and its WAL, Rasa's tracker.db, the logs of every process) and Rasa's tracker API
(tests/support/leaks.py)."""
from __future__ import annotations

from bot.launcher import Stack
from tests.channels.texting.people import TelegramUser, TwilioPhone
from tests.support.leaks import assert_nowhere, spellings


def test_the_number_is_never_stored_logged_or_passed_to_the_assistant(
    stack: Stack, stack_phone: TwilioPhone, stack_whatsapp_phone: TwilioPhone, stack_telegram_user: TelegramUser
) -> None:
    stack_phone.say("Hi")
    stack_phone.say("1")
    stack_phone.say("Someone keeps shouting at me in the street")
    stack_phone.say("PERSON")
    stack_whatsapp_phone.say("Hi")
    stack_whatsapp_phone.say("1")
    stack_telegram_user.send(stack_telegram_user.message("/start"))
    stack_telegram_user.send(stack_telegram_user.message("I want to report something"))

    forbidden = spellings(stack_phone.number) + spellings(stack_whatsapp_phone.number) + [str(stack_telegram_user.chat_id)]
    people = (stack_phone, stack_whatsapp_phone, stack_telegram_user)
    assert_nowhere(stack, forbidden, [person.conversation_id for person in people])
