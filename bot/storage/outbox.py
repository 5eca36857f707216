"""The texting outbox: messages waiting to be sent, in order, per conversation, and their fate.

Queueing is idempotent (each row has a dedup key), so a retried webhook or a retried push never
queues the same text twice. Rows carry no address: the sender looks it up, sealed, when it sends."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import outbox
from bot.storage.upsert import insert_or_ignore

PENDING, SENT, FAILED, SUPPRESSED, UNDELIVERABLE = "pending", "sent", "failed", "suppressed", "undeliverable"


@dataclass(frozen=True)
class NewOutboundMessage:
    dedup_key: str
    conversation_id: str
    channel: str
    body: str
    choices: Sequence[dict[str, str]] = ()
    ignores_stop: bool = False


@dataclass(frozen=True)
class QueuedMessage:
    id: int
    conversation_id: str
    channel: str
    body: str
    choices: list[dict[str, str]]
    ignores_stop: bool
    attempts: int
    next_attempt_at: dt.datetime


def _queued(row: Any) -> QueuedMessage:
    return QueuedMessage(
        id=row.id,
        conversation_id=row.conversation_id,
        channel=row.channel,
        body=row.body,
        choices=list(row.choices or []),
        ignores_stop=bool(row.ignores_stop),
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
    )


def enqueue(connection: Connection, messages: Sequence[NewOutboundMessage]) -> int:
    """Queues the messages that are not queued already (by dedup key); returns how many were new."""
    if not messages:
        return 0
    keys = [message.dedup_key for message in messages]
    existing = set(connection.execute(sa.select(outbox.c.dedup_key).where(outbox.c.dedup_key.in_(keys))).scalars())
    now = utcnow()
    added = 0
    for message in messages:
        if message.dedup_key in existing:
            continue
        # A concurrent retry may queue the same key between the check and here: it is queued once.
        result = connection.execute(
            insert_or_ignore(connection, outbox).values(
                dedup_key=message.dedup_key,
                conversation_id=message.conversation_id,
                channel=message.channel,
                body=message.body,
                choices=list(message.choices) or None,
                ignores_stop=message.ignores_stop,
                status=PENDING,
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
        added += int(result.rowcount or 0)
    return added


def pending(connection: Connection, limit: int = 500) -> list[QueuedMessage]:
    """Every pending message, oldest first (the sender keeps each conversation's order)."""
    rows = connection.execute(
        sa.select(outbox).where(outbox.c.status == PENDING).order_by(outbox.c.id).limit(limit)
    ).all()
    return [_queued(row) for row in rows]


# A settled row keeps no copy of what was said: the transcript has it, and a person who asks for their
# conversation to be forgotten must not leave it behind here.
_SETTLED = {"body": "", "choices": None}


def mark_sent(connection: Connection, message_id: int, provider_id: Optional[str]) -> None:
    connection.execute(
        outbox.update()
        .where(outbox.c.id == message_id)
        .values(status=SENT, sent_at=utcnow(), provider_id=provider_id, attempts=outbox.c.attempts + 1, last_error=None,
                **_SETTLED)
    )


def mark_retry(connection: Connection, message_id: int, next_attempt_at: dt.datetime, error: str) -> None:
    connection.execute(
        outbox.update()
        .where(outbox.c.id == message_id)
        .values(attempts=outbox.c.attempts + 1, next_attempt_at=next_attempt_at, last_error=error[:120])
    )


def mark_final(connection: Connection, message_id: int, status: str, error: Optional[str] = None) -> None:
    """A message that will not be sent: failed, suppressed by STOP, or with nowhere to go."""
    values: dict[str, Any] = {"status": status, **_SETTLED}
    if error is not None:
        values["last_error"] = error[:120]
    if status == FAILED:
        values["attempts"] = outbox.c.attempts + 1
    connection.execute(outbox.update().where(outbox.c.id == message_id).values(**values))


def record_provider_status(connection: Connection, provider_id: str, provider_status: str, error: Optional[str]) -> bool:
    """A delivery receipt from the provider; False when the message is not (or no longer) ours."""
    values: dict[str, Any] = {"provider_status": provider_status[:24]}
    if error:
        values["last_error"] = error[:120]
    result = connection.execute(outbox.update().where(outbox.c.provider_id == provider_id).values(**values))
    return bool(result.rowcount)


def forget_finished(connection: Connection, older_than: dt.timedelta) -> int:
    """Deletes settled rows (the transcript keeps what was said); returns how many went."""
    cutoff = utcnow() - older_than
    result = connection.execute(outbox.delete().where(outbox.c.status != PENDING, outbox.c.created_at < cutoff))
    return int(result.rowcount or 0)


def statuses(connection: Connection, conversation_id: str) -> list[dict[str, Any]]:
    """Every row of one conversation, oldest first: for tests and operators."""
    rows = connection.execute(
        sa.select(outbox).where(outbox.c.conversation_id == conversation_id).order_by(outbox.c.id)
    ).mappings().all()
    return [dict(row) for row in rows]
