"""The assistant's backlog (schema.assistant_backlog): turns kept while the assistant could not answer.

Rows are taken in id order per conversation. Taking one is a conditional UPDATE, so two hubs never both
send it; a claim left by a hub that died is taken over once it is older than `stale`."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import assistant_backlog


@dataclass(frozen=True)
class Kept:
    """One kept turn, as it will be sent to the assistant."""

    id: int
    conversation_id: str
    message_id: Optional[int]
    rasa_text: str
    # The id the assistant knows the turn by on every try (bot/rasa_plugins/hub_channel.py).
    rasa_message_id: str
    metadata: dict[str, Any]


def has_any(connection: Connection, conversation_id: str) -> bool:
    return connection.execute(
        sa.select(assistant_backlog.c.id).where(assistant_backlog.c.conversation_id == conversation_id).limit(1)
    ).first() is not None


def holds_message(connection: Connection, message_id: int) -> bool:
    """Whether the turn answering the person's stored message `message_id` is kept, waiting for the assistant."""
    return connection.execute(
        sa.select(assistant_backlog.c.id).where(assistant_backlog.c.message_id == message_id).limit(1)
    ).first() is not None


def keep(
    connection: Connection, conversation_id: str, rasa_text: str, rasa_message_id: str, metadata: dict[str, Any],
    message_id: Optional[int] = None,
) -> int:
    result = connection.execute(assistant_backlog.insert().values(
        conversation_id=conversation_id, message_id=message_id, rasa_text=rasa_text,
        rasa_message_id=rasa_message_id, metadata=metadata, created_at=utcnow(),
    ))
    return int(result.inserted_primary_key[0])


def conversations_waiting(connection: Connection) -> list[str]:
    """Conversations with kept turns, the one kept longest first."""
    rows = connection.execute(
        sa.select(assistant_backlog.c.conversation_id, sa.func.min(assistant_backlog.c.id).label("first"))
        .group_by(assistant_backlog.c.conversation_id)
        .order_by("first")
    ).all()
    return [row.conversation_id for row in rows]


def take_next(connection: Connection, conversation_id: str, stale: dt.timedelta) -> Optional[Kept]:
    """Claims the conversation's oldest kept turn, or None when there is none or another hub is sending it
    (a conversation's turns go one at a time, in order)."""
    row = connection.execute(
        sa.select(assistant_backlog)
        .where(assistant_backlog.c.conversation_id == conversation_id)
        .order_by(assistant_backlog.c.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    now = utcnow()
    claimed = connection.execute(
        assistant_backlog.update()
        .where(
            assistant_backlog.c.id == row.id,
            sa.or_(assistant_backlog.c.sending_since.is_(None), assistant_backlog.c.sending_since < now - stale),
        )
        .values(sending_since=now)
    ).rowcount
    if claimed != 1:
        return None
    return Kept(row.id, row.conversation_id, row.message_id, row.rasa_text, row.rasa_message_id, dict(row.metadata or {}))


def release(connection: Connection, kept_id: int) -> None:
    """The assistant went away again before answering: the turn waits for the next try."""
    connection.execute(assistant_backlog.update().where(assistant_backlog.c.id == kept_id).values(sending_since=None))


def done(connection: Connection, kept_id: int) -> None:
    connection.execute(assistant_backlog.delete().where(assistant_backlog.c.id == kept_id))


def drop(connection: Connection, conversation_id: str) -> int:
    """Drops a conversation's kept turns: a call handler holds it (and reads them in the transcript), or the
    person chose to forget what they said."""
    return int(connection.execute(
        assistant_backlog.delete().where(assistant_backlog.c.conversation_id == conversation_id)).rowcount)


class KeptConversations:
    """Which conversations may have kept turns, known in the hub's memory, so that a turn of a conversation
    with none (nearly every turn) asks the database nothing before it is sent.

    Only "none" is answered from memory: a conversation marked here is still looked up in the database, and
    forgotten when it has none left. Marked before its row is written (`keep`), and loaded from the database
    on first use (turns kept before this hub started), so a conversation with kept turns is never answered
    "none". A look-up that found none while a turn was being kept for it forgets nothing (the marks are
    counted). This holds while this hub alone keeps turns: with several hubs (`only_this_hub` False, set when
    they share state through REDIS_URL) another hub may keep a turn this one never saw, so every look-up
    asks the database, as before."""

    def __init__(self, only_this_hub: bool = True) -> None:
        self._only_this_hub = only_this_hub
        self._lock = threading.Lock()
        # Conversation id -> how many times it was marked: a look-up forgets it only if unchanged since.
        self._marks: dict[str, int] = {}
        self._loaded = False

    def might_have(self, conversation_id: str) -> bool:
        """False only when it surely has none: answered without the database."""
        if not self._only_this_hub:
            return True
        with self._lock:
            return not self._loaded or conversation_id in self._marks

    def has_any(self, connection: Connection, conversation_id: str) -> bool:
        if not self._only_this_hub:
            return has_any(connection, conversation_id)
        self._load(connection)
        with self._lock:
            seen = self._marks.get(conversation_id)
        if seen is None:
            return False
        if has_any(connection, conversation_id):
            return True
        with self._lock:
            if self._marks.get(conversation_id) == seen:
                del self._marks[conversation_id]
        return False

    def keep(
        self, connection: Connection, conversation_id: str, rasa_text: str, rasa_message_id: str,
        metadata: dict[str, Any], message_id: Optional[int] = None,
    ) -> int:
        self._mark(conversation_id)
        return keep(connection, conversation_id, rasa_text, rasa_message_id, metadata, message_id)

    def _mark(self, conversation_id: str) -> None:
        with self._lock:
            self._marks[conversation_id] = self._marks.get(conversation_id, 0) + 1

    def _load(self, connection: Connection) -> None:
        if self._loaded:
            return
        for conversation_id in conversations_waiting(connection):
            self._mark(conversation_id)
        self._loaded = True
