"""Identities typed anywhere in a conversation (bot/identities_in_text.py), kept sealed: stored by the
router with the message they were typed in, attached to a report when one is made from the
conversation (bot/storage/reports.py), opened only for the staff console's audited reveal."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import sealed_identities


@dataclass(frozen=True)
class SealedIdentity:
    kind: str
    ciphertext: str
    message_id: Optional[int]
    created_at: dt.datetime


def store(connection: Connection, conversation_id: str, message_id: int, sealed: Iterable[tuple[str, str]]) -> None:
    """Keeps each (kind, ciphertext) typed in the message."""
    now = utcnow()
    rows = [
        {"conversation_id": conversation_id, "message_id": message_id, "kind": kind, "ciphertext": ciphertext, "created_at": now}
        for kind, ciphertext in sealed
    ]
    if rows:
        connection.execute(sealed_identities.insert(), rows)


def any_kept(connection: Connection, conversation_id: str) -> bool:
    """Whether anything was sealed in the conversation before (the person is told the first time only)."""
    query = sa.select(sealed_identities.c.id).where(sealed_identities.c.conversation_id == conversation_id).limit(1)
    return connection.execute(query).first() is not None


def _found(connection: Connection, where: sa.sql.ColumnElement) -> list[SealedIdentity]:
    rows = connection.execute(sa.select(sealed_identities).where(where).order_by(sealed_identities.c.id)).all()
    return [SealedIdentity(row.kind, row.ciphertext, row.message_id, row.created_at) for row in rows]


def of_conversation(connection: Connection, conversation_id: str) -> list[SealedIdentity]:
    return _found(connection, sealed_identities.c.conversation_id == conversation_id)


def of_report(connection: Connection, report_id: int, conversation_id: str) -> list[SealedIdentity]:
    """What its placeholders stand for: attached to the report, or typed in the conversation it came from."""
    return _found(
        connection,
        sa.or_(sealed_identities.c.report_id == report_id, sealed_identities.c.conversation_id == conversation_id),
    )


def count_of_conversation(connection: Connection, conversation_id: str) -> int:
    query = sa.select(sa.func.count()).select_from(sealed_identities).where(sealed_identities.c.conversation_id == conversation_id)
    return int(connection.execute(query).scalar() or 0)


def forget(connection: Connection, conversation_id: str) -> None:
    """The person chose to delete what they said: what was sealed from it goes too, except what a report
    they made already holds (the report stays, as its sealed contact details do)."""
    connection.execute(
        sealed_identities.delete().where(
            sealed_identities.c.conversation_id == conversation_id, sealed_identities.c.report_id.is_(None)
        )
    )
