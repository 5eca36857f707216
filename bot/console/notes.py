"""Staff notes on a report (or, when a conversation has no report yet, on the conversation)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import staff, staff_notes

MAX_NOTE_CHARS = 4000


@dataclass(frozen=True)
class Note:
    at: dt.datetime
    author: str
    text: str


def add_note(
    connection: Connection, staff_id: int, text: str, report_id: Optional[int] = None, conversation_id: Optional[str] = None
) -> None:
    connection.execute(
        staff_notes.insert().values(
            report_id=report_id, conversation_id=conversation_id, staff_id=staff_id, text=text, created_at=utcnow()
        )
    )


def notes_for(connection: Connection, report_id: Optional[int] = None, conversation_id: Optional[str] = None) -> list[Note]:
    conditions = []
    if report_id is not None:
        conditions.append(staff_notes.c.report_id == report_id)
    if conversation_id is not None:
        conditions.append(staff_notes.c.conversation_id == conversation_id)
    if not conditions:
        return []
    rows = connection.execute(
        sa.select(staff_notes.c.created_at, staff_notes.c.text, staff.c.name)
        .join(staff, staff.c.id == staff_notes.c.staff_id)
        .where(sa.or_(*conditions))
        .order_by(staff_notes.c.id)
    ).all()
    return [Note(row.created_at, row.name, row.text) for row in rows]


def clean_note(raw: object) -> str:
    return str(raw or "").replace("\x00", "").strip()[:MAX_NOTE_CHARS]
