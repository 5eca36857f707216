"""The hub forgets the address of someone who has gone quiet, by itself, after CONTACT_RETENTION_HOURS."""
from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa

from bot.storage.schema import channel_addresses, outbox
from tests.channels.texting.fixtures import new_number, start_scripted_hub
from tests.channels.texting.people import TwilioPhone
from tests.support.standins import SMS_NUMBER, StandIns
from tests.support.standins.assistant import ScriptedAssistant


def test_an_idle_persons_address_is_deleted_and_nothing_more_can_reach_them(
    tmp_path: Path, standins: StandIns, assistant: ScriptedAssistant
) -> None:
    # A retention of about two seconds, swept every half second.
    hub = start_scripted_hub(
        tmp_path, standins, assistant, CONTACT_RETENTION_HOURS="0.0006", CONTACT_CLEANUP_INTERVAL_SECONDS="0.5"
    )
    try:
        phone = TwilioPhone(hub, standins.twilio, new_number(), SMS_NUMBER)
        assert phone.say("hello") == ["You said: hello"]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _addresses(hub.engine):
            time.sleep(0.2)
        assert _addresses(hub.engine) == 0

        hub.push(phone.conversation_id, "A late reply from a call handler")
        assert phone.new_replies() == []
        with hub.engine.connect() as connection:
            statuses = connection.execute(
                sa.select(outbox.c.status).where(outbox.c.conversation_id == phone.conversation_id)
            ).scalars().all()
        assert statuses[-1] == "undeliverable"

        # Writing again is a fresh start: the address is kept (sealed) again while they are active.
        assert phone.say("I'm back") == ["You said: I'm back"]
    finally:
        hub.stop()


def _addresses(engine: sa.engine.Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(channel_addresses)).scalar() or 0)
