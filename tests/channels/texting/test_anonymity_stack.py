"""The number (or Telegram id) someone texts from is nowhere: not in any database file, log or tracker.

Runs the real stack end to end, then searches every file under its var directory (the hub's SQLite
database and its WAL, Rasa's tracker.db, the logs of every process) and Rasa's tracker API."""
from __future__ import annotations

from pathlib import Path

import requests

from bot.launcher import Stack
from tests.channels.texting.people import TelegramUser, TwilioPhone


def spellings(e164: str) -> list[str]:
    """+447700900123 as people and systems write it."""
    national = "0" + e164[3:]
    return [
        e164,
        e164[1:],
        national,
        e164[3:],
        "%2B" + e164[1:],
        "%2b" + e164[1:],
        f"whatsapp:{e164}",
        f"{national[:5]} {national[5:]}",
        f"+44 {e164[3:7]} {e164[7:]}",
    ]


def files_under(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]


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
    searched = files_under(stack.settings.var_dir)
    assert any(path.name == "tracker.db" for path in searched)
    assert any(path.suffix == ".log" for path in searched)
    for path in searched:
        content = path.read_bytes()
        for form in forbidden:
            assert form.encode() not in content, f"{form!r} found in {path.name}"

    for person in (stack_phone, stack_whatsapp_phone, stack_telegram_user):
        tracker = requests.get(
            f"{stack.settings.rasa_url}/conversations/{person.conversation_id}/tracker",
            params={"token": stack.settings.rasa_api_token},
            timeout=30,
        )
        assert tracker.status_code == 200
        assert tracker.json()["events"], "the assistant has this conversation"
        for form in forbidden:
            assert form not in tracker.text
