"""The hub forgets the address of someone who has gone quiet after CONTACT_RETENTION_HOURS: the
production sweep (channels.texting.retention.forget_idle_contacts, which the hub runs every
CONTACT_CLEANUP_INTERVAL_SECONDS) is run here against the stack's database with a clock a day ahead."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage import addresses, outbox
from bot.storage.database import Database, utcnow
from bot.storage.schema import channel_addresses
from channels.texting.retention import forget_idle_contacts
from tests.channels.texting.people import CallHandler, TwilioPhone


def sweep_a_day_later(stack: Stack, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    settings = stack.settings.texting
    later = utcnow() + settings.contact_retention + dt.timedelta(minutes=1)
    for module in (addresses, outbox):
        monkeypatch.setattr(module, "utcnow", lambda: later)
    database = Database(stack.settings.database_url)
    try:
        return asyncio.run(forget_idle_contacts(database, settings))
    finally:
        database.close()
        monkeypatch.undo()


def address_kept(phone: TwilioPhone) -> bool:
    with phone.hub.engine.connect() as connection:
        return connection.execute(
            sa.select(sa.func.count()).select_from(channel_addresses).where(channel_addresses.c.conversation_id == phone.conversation_id)
        ).scalar() == 1


def test_an_idle_persons_address_is_deleted_and_nothing_more_can_reach_them(
    stack: Stack, stack_phone: TwilioPhone, call_handler: CallHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    phone, hub = stack_phone, stack_phone.hub
    phone.say("hello")
    phone.say("PERSON")  # waiting for a person (a handler is on duty)
    assert address_kept(phone)

    forgotten, settled_rows = sweep_a_day_later(stack, monkeypatch)
    assert forgotten >= 1 and settled_rows >= 1
    assert not address_kept(phone)
    assert hub.outbox(phone.conversation_id) == []  # settled rows went too

    call_handler.claim(phone.conversation_id)
    call_handler.send(phone.conversation_id, "A late reply from a call handler")
    assert phone.new_replies() == []
    assert [row.status for row in hub.outbox(phone.conversation_id)] == ["undeliverable", "undeliverable"]

    # Writing again is a fresh start: the address is kept (sealed) again while they are active.
    assert phone.say("I'm back") == []  # the handler holds the conversation: no automatic answer
    assert address_kept(phone)
    call_handler.send(phone.conversation_id, "Good to hear from you.")
    assert phone.new_replies() == ["Good to hear from you."]
