"""Where a texting conversation's replies go: the person's address, sealed, for as long as they are active.

The address (a phone number, a Telegram chat id) is the one identity the hub has to keep, because a
call handler's reply may come minutes after the person's last message. It is stored encrypted only,
keyed by the conversation's pseudonym, and deleted once the person has been idle for the retention
period. Sealing and opening is the caller's business (bot.identity.Sealer): this module never sees
an address in clear."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import channel_addresses
from bot.storage.upsert import insert_or_ignore


@dataclass(frozen=True)
class SealedAddress:
    conversation_id: str
    channel: str
    sealed_address: str
    last_seen_at: dt.datetime
    stopped: bool


def remember(connection: Connection, conversation_id: str, channel: str, sealed_address: str) -> SealedAddress:
    """Records that the person wrote just now (from this address); keeps their STOP as it was."""
    now = utcnow()
    updated = connection.execute(
        channel_addresses.update()
        .where(channel_addresses.c.conversation_id == conversation_id)
        .values(sealed_address=sealed_address, last_seen_at=now)
    )
    if updated.rowcount == 0:
        # Two first messages from the same person may race here: the first insert wins, which is fine
        # (both seal the same address).
        connection.execute(
            insert_or_ignore(connection, channel_addresses).values(
                conversation_id=conversation_id,
                channel=channel,
                sealed_address=sealed_address,
                last_seen_at=now,
                stopped=False,
            )
        )
    found = find(connection, conversation_id)
    assert found is not None
    return found


def find(connection: Connection, conversation_id: str) -> Optional[SealedAddress]:
    row = connection.execute(
        sa.select(channel_addresses).where(channel_addresses.c.conversation_id == conversation_id)
    ).first()
    if row is None:
        return None
    return SealedAddress(
        conversation_id=row.conversation_id,
        channel=row.channel,
        sealed_address=row.sealed_address,
        last_seen_at=row.last_seen_at,
        stopped=bool(row.stopped),
    )


def set_stopped(connection: Connection, conversation_id: str, stopped: bool) -> None:
    connection.execute(
        channel_addresses.update()
        .where(channel_addresses.c.conversation_id == conversation_id)
        .values(stopped=stopped)
    )


def forget_idle(connection: Connection, idle_for: dt.timedelta) -> int:
    """Deletes the addresses of everyone idle for longer than `idle_for`; returns how many went."""
    cutoff = utcnow() - idle_for
    result = connection.execute(channel_addresses.delete().where(channel_addresses.c.last_seen_at < cutoff))
    return int(result.rowcount or 0)
