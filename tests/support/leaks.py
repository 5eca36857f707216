"""Searching a running stack for an identity that must not be there: every file under its var directory
(the hub's SQLite database and its WAL, Rasa's tracker.db, the logs of every process) and what Rasa's
tracker API gives back for the conversations concerned. Each identity in all the spellings people and
systems write it in."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import phonenumbers
import requests

from bot.launcher import Stack


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


def typed_spellings(typed: str) -> list[str]:
    """A phone number, email address or postcode as typed, and the other forms it could be stored in:
    digits only, international and national for a number; lower and upper case, spaced or not, otherwise."""
    forms = {typed, typed.lower(), typed.upper(), re.sub(r"\s+", "", typed), re.sub(r"\s+", "", typed).upper()}
    spelled_out = re.sub(r"\s+at\s+", "@", re.sub(r"\s+dot\s+", ".", typed))  # "jo at example dot com"
    if spelled_out != typed:
        forms |= {spelled_out, spelled_out.lower()}
    try:
        number = phonenumbers.parse(typed, "GB")
    except phonenumbers.NumberParseException:
        return sorted(forms)
    national = phonenumbers.national_significant_number(number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    forms |= {re.sub(r"\D", "", typed), national, e164, e164[1:]}
    if number.country_code == 44:
        forms.add("0" + national)
    return sorted(forms)


def files_under(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]


def assert_nowhere(stack: Stack, forms: Iterable[str], conversation_ids: Iterable[str]) -> None:
    """None of `forms` is in any file under the stack's var directory (its database, Rasa's tracker
    store, every log), nor in Rasa's trackers of the conversations."""
    forms = list(forms)
    searched = files_under(stack.settings.var_dir)
    assert any(path.name == "tracker.db" for path in searched)
    assert any(path.suffix == ".log" for path in searched)
    for path in searched:
        content = path.read_bytes()
        for form in forms:
            assert form.encode() not in content, f"{form!r} found in {path.name}"

    for conversation_id in conversation_ids:
        tracker = requests.get(
            f"{stack.settings.rasa_url}/conversations/{conversation_id}/tracker",
            params={"token": stack.settings.rasa_api_token},
            timeout=30,
        )
        assert tracker.status_code == 200
        assert tracker.json()["events"], "the assistant has this conversation"
        for form in forms:
            assert form not in tracker.text, f"{form!r} found in the assistant's tracker"
