"""The texting outbox: messages waiting to be sent, in order, per conversation, and their fate.

Queueing is idempotent (each row has a dedup key), so a retried webhook or a retried push never
queues the same text twice. Rows carry no address: the sender looks it up, sealed, when it sends.

Several hubs may empty the same outbox. A hub sends a conversation's next message only once it has
claimed it: a lease (claimed_by, claimed_until) taken by a conditional UPDATE, so exactly one hub wins;
on PostgreSQL the candidates are read FOR UPDATE SKIP LOCKED, so hubs do not queue behind each other's
claims. Only a conversation's oldest pending message can be claimed, which keeps each conversation in
order whichever hub sends. A hub that dies holding a claim loses it when the lease ends; the same hub
restarted (same claimant) takes its own claims back at once.

A hub can also die while the provider is taking a message, after it has it and before the row says so:
each try is written down first (`sending_since`), and a message with a try of unknown outcome is looked
for at the provider before it is sent again (channels/texting/delivery.py)."""
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
# How long a claim holds. Longer than a send can take (the senders give up after 20 s), so a live hub
# never loses a message it is sending; short enough that a dead hub's conversations wait little.
LEASE = dt.timedelta(seconds=45)


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
    # When a try began whose outcome is not known: the provider may already have the message.
    sending_since: Optional[dt.datetime] = None


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
        sending_since=row.sending_since,
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
    """Every pending message, oldest first: for tests and operators (senders claim, see claim_due)."""
    rows = connection.execute(
        sa.select(outbox).where(outbox.c.status == PENDING).order_by(outbox.c.id).limit(limit)
    ).all()
    return [_queued(row) for row in rows]


def _heads() -> sa.sql.Select:
    """The id of each conversation's oldest pending message: the only one that may go next."""
    return sa.select(sa.func.min(outbox.c.id)).where(outbox.c.status == PENDING).group_by(outbox.c.conversation_id)


def _claimable(claimant: str, now: dt.datetime) -> sa.sql.ColumnElement[bool]:
    return sa.or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < now, outbox.c.claimed_by == claimant)


def _claim(connection: Connection, message_id: int, claimant: str, now: dt.datetime) -> Optional[QueuedMessage]:
    """The message, if this claimant won it (the UPDATE's condition decides between racing hubs)."""
    won = connection.execute(
        outbox.update()
        .where(outbox.c.id == message_id, outbox.c.status == PENDING, _claimable(claimant, now))
        .values(claimed_by=claimant, claimed_until=now + LEASE)
    ).rowcount
    if not won:
        return None
    return _queued(connection.execute(sa.select(outbox).where(outbox.c.id == message_id)).one())


def claim_due(connection: Connection, claimant: str, limit: int = 200) -> list[QueuedMessage]:
    """Claims the next message of each conversation that is due and not claimed by another hub."""
    now = utcnow()
    candidates = connection.execute(
        sa.select(outbox.c.id)
        .where(outbox.c.id.in_(_heads()), outbox.c.next_attempt_at <= now, _claimable(claimant, now))
        .order_by(outbox.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL; SQLite has no such clause and serialises writers
    ).scalars().all()
    claimed = (_claim(connection, message_id, claimant, now) for message_id in candidates)
    return [message for message in claimed if message is not None]


def claim_next(connection: Connection, conversation_id: str, claimant: str) -> Optional[QueuedMessage]:
    """Claims the conversation's next message, if it is due now and no other hub holds it."""
    now = utcnow()
    head = connection.execute(
        sa.select(sa.func.min(outbox.c.id)).where(outbox.c.status == PENDING, outbox.c.conversation_id == conversation_id)
    ).scalar()
    if head is None:
        return None
    claimed = _claim(connection, head, claimant, now)
    if claimed is not None and claimed.next_attempt_at > now:
        release(connection, head)
        return None
    return claimed


def release(connection: Connection, message_id: int) -> None:
    connection.execute(outbox.update().where(outbox.c.id == message_id).values(**_UNCLAIMED))


def next_due(connection: Connection, claimant: str) -> Optional[dt.datetime]:
    """When the next conversation's message can be sent by this claimant: its retry time, or the end of
    another hub's claim on it (messages held back behind a head do not count: they go when it goes)."""
    now = utcnow()
    rows = connection.execute(
        sa.select(outbox.c.next_attempt_at, outbox.c.claimed_by, outbox.c.claimed_until).where(outbox.c.id.in_(_heads()))
    ).all()
    times = [
        max(row.next_attempt_at, row.claimed_until)
        if row.claimed_until is not None and row.claimed_until > now and row.claimed_by != claimant
        else row.next_attempt_at
        for row in rows
    ]
    return min(times, default=None)


# A settled row keeps no copy of what was said: the transcript has it, and a person who asks for their
# conversation to be forgotten must not leave it behind here.
_SETTLED = {"body": "", "choices": None}
# Every settling or rescheduling ends the claim: the next message (or the retry) is claimed anew.
_UNCLAIMED = {"claimed_by": None, "claimed_until": None}
# The outcome of every try is known: nothing to ask the provider before the next one.
_NO_TRY_IN_FLIGHT = {"sending_since": None}


def mark_sending(connection: Connection, message_id: int) -> None:
    """Writes down that a try begins, before the provider is asked to take the message. The earliest
    unknown try is kept: the provider may have taken that one."""
    connection.execute(
        outbox.update()
        .where(outbox.c.id == message_id)
        .values(sending_since=sa.func.coalesce(outbox.c.sending_since, utcnow()))
    )


def recorded_provider_ids(connection: Connection, provider_ids: Sequence[str]) -> set[str]:
    """Which of these provider ids are already some message's: an earlier text with the same words."""
    if not provider_ids:
        return set()
    return set(connection.execute(
        sa.select(outbox.c.provider_id).where(outbox.c.provider_id.in_(list(provider_ids)))
    ).scalars())


def mark_sent(connection: Connection, message_id: int, provider_id: Optional[str]) -> None:
    connection.execute(
        outbox.update()
        .where(outbox.c.id == message_id)
        .values(status=SENT, sent_at=utcnow(), provider_id=provider_id, attempts=outbox.c.attempts + 1, last_error=None,
                **_SETTLED, **_UNCLAIMED, **_NO_TRY_IN_FLIGHT)
    )


def mark_retry(
    connection: Connection, message_id: int, next_attempt_at: dt.datetime, error: str, outcome_known: bool = True
) -> None:
    """Another try later. `outcome_known` is False when the provider may have taken the message anyway (it
    did not answer): the try stays written down, and the provider is asked before the next one."""
    values: dict[str, Any] = {"attempts": outbox.c.attempts + 1, "next_attempt_at": next_attempt_at,
                              "last_error": error[:120], **_UNCLAIMED}
    if outcome_known:
        values.update(_NO_TRY_IN_FLIGHT)
    connection.execute(outbox.update().where(outbox.c.id == message_id).values(**values))


def mark_final(connection: Connection, message_id: int, status: str, error: Optional[str] = None) -> None:
    """A message that will not be sent: failed, suppressed by STOP, or with nowhere to go."""
    values: dict[str, Any] = {"status": status, **_SETTLED, **_UNCLAIMED, **_NO_TRY_IN_FLIGHT}
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
