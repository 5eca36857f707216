"""Conversations, their transcripts and web chat sessions: the hub's own records. Who holds a conversation
is not changed here: bot/conversation_status.py owns that."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot import conversation_status as status
from bot.conversation_status import Status, StatusChanged
from bot.languages.supported import ENGLISH, is_supported, language
from bot.storage.database import utcnow
from bot.storage.schema import chat_sessions, conversations, messages
from bot.storage.upsert import insert_or_ignore

PERSON, ASSISTANT, HANDLER, SYSTEM = "person", "assistant", "handler", "system"
# The columns only bot/conversation_status.py writes; update_conversation refuses them.
STATUS_COLUMNS = frozenset({"status", "handler_id", "handoff_requested_at", "wait_notice_sent_at", "awaiting"})

# The statements of every turn, built once with bound parameters. SQLAlchemy spends more CPU building,
# coercing and hashing a statement made afresh on each call (a third of a millisecond) than SQLite spends
# running it; one built once is found in its compiled cache at once (docs/benchmarks.md, "The hub's
# statements per turn").
_CONVERSATION = sa.select(conversations).where(conversations.c.id == sa.bindparam("conversation_id"))
# The SET clause is the columns named in the parameters; the id's parameter is named apart from them.
_UPDATE_CONVERSATION = conversations.update().where(conversations.c.id == sa.bindparam("updated_id"))
_INSERT_MESSAGE = messages.insert()
_MESSAGE_BY_EXTERNAL_ID = sa.select(messages).where(
    messages.c.conversation_id == sa.bindparam("conversation_id"),
    messages.c.external_id == sa.bindparam("external_id"),
)
_LAST_BUTTONS = (
    sa.select(messages.c.buttons)
    .where(messages.c.conversation_id == sa.bindparam("conversation_id"), messages.c.sender != PERSON)
    .order_by(messages.c.id.desc())
    .limit(1)
)
_CHAT_SESSION = sa.select(chat_sessions).where(chat_sessions.c.token_hash == sa.bindparam("token_hash"))
_UPDATE_CHAT_SESSION = chat_sessions.update().where(chat_sessions.c.token_hash == sa.bindparam("updated_token_hash"))


@dataclass(frozen=True)
class Conversation:
    id: str
    channel: str
    status: Status
    awaiting: Optional[str]
    incident_kind: Optional[str]
    danger: bool
    handoff_requested_at: Optional[dt.datetime]
    language: Optional[str] = None
    language_chosen: bool = False

    @property
    def answer_language(self) -> str:
        """The language to say things in: the conversation's, English until it has one."""
        return self.language if is_supported(self.language) else ENGLISH

    @property
    def waiting_for_person(self) -> bool:
        return self.status is Status.WAITING

    @property
    def with_handler(self) -> bool:
        return self.status is Status.WITH_HANDLER


@dataclass(frozen=True)
class StoredMessage:
    id: int
    sender: str
    text: str
    buttons: list[dict[str, str]]
    created_at: dt.datetime
    language: Optional[str] = None

    def as_json(self) -> dict[str, Any]:
        shown = {"id": self.id, "sender": self.sender, "text": self.text, "buttons": self.buttons,
                 "created_at": self.created_at.replace(tzinfo=dt.timezone.utc).isoformat()}
        if is_supported(self.language):
            written_in = language(self.language)
            shown.update(language=written_in.code, lang=written_in.tag, dir=written_in.direction)
        return shown


def _conversation(row: Any) -> Conversation:
    return Conversation(
        id=row.id,
        channel=row.channel,
        status=Status(row.status),
        awaiting=row.awaiting,
        incident_kind=row.incident_kind,
        danger=bool(row.danger),
        handoff_requested_at=row.handoff_requested_at,
        language=row.language,
        language_chosen=bool(row.language_chosen),
    )


def get_conversation(connection: Connection, conversation_id: str) -> Optional[Conversation]:
    row = connection.execute(_CONVERSATION, {"conversation_id": conversation_id}).first()
    return _conversation(row) if row else None


def open_conversation(connection: Connection, conversation_id: str, channel: str) -> tuple[Conversation, Optional[StatusChanged]]:
    """The conversation, created on first contact with the assistant; a closed one is reopened (the event
    says so, for publishing after the commit)."""
    now = utcnow()
    found = get_conversation(connection, conversation_id)
    if found is not None and found.status is not Status.CLOSED:
        return found, None  # most turns: one read
    reopened = None
    if found is None:
        connection.execute(
            # With the assistant: the status column's default (bot/conversation_status.py owns it). The
            # first message may reach two hubs at once (a provider's retry, a load balancer): whichever
            # inserts second finds it there, as if it had come first.
            insert_or_ignore(connection, conversations).values(
                id=conversation_id, channel=channel, created_at=now, last_activity_at=now)
        )
    else:
        # The conditional UPDATE decides if another hub reopens it at the same moment.
        reopened = status.reopen(connection, conversation_id)
    result = get_conversation(connection, conversation_id)
    assert result is not None
    return result, reopened


def update_conversation(connection: Connection, conversation_id: str, **values: Any) -> None:
    """The conversation's facts (kind, danger, language...); never who holds it."""
    if STATUS_COLUMNS.intersection(values):
        raise ValueError(f"{sorted(STATUS_COLUMNS.intersection(values))} change only in bot/conversation_status.py")
    connection.execute(_UPDATE_CONVERSATION, {"updated_id": conversation_id, "last_activity_at": utcnow(), **values})


def _stored(row: Any) -> StoredMessage:
    return StoredMessage(
        id=row.id, sender=row.sender, text=row.text, buttons=row.buttons or [], created_at=row.created_at,
        language=row.language,
    )


def append_message(
    connection: Connection,
    conversation_id: str,
    sender: str,
    text: str,
    buttons: Sequence[dict[str, str]] = (),
    pushed: bool = False,
    external_id: Optional[str] = None,
    language: Optional[str] = None,
) -> StoredMessage:
    now = utcnow()
    result = connection.execute(
        _INSERT_MESSAGE,
        {
            "conversation_id": conversation_id,
            "created_at": now,
            "sender": sender,
            "text": text,
            "buttons": list(buttons) or None,
            "pushed": pushed,
            "external_id": external_id,
            "language": language,
        },
    )
    return StoredMessage(
        id=result.inserted_primary_key[0], sender=sender, text=text, buttons=list(buttons), created_at=now,
        language=language,
    )


def find_by_external_id(connection: Connection, conversation_id: str, external_id: str) -> Optional[StoredMessage]:
    row = connection.execute(
        _MESSAGE_BY_EXTERNAL_ID, {"conversation_id": conversation_id, "external_id": external_id}
    ).first()
    return _stored(row) if row else None


def anything_after(connection: Connection, conversation_id: str, message_id: int) -> bool:
    """Whether the transcript holds any message after `message_id` (an answer, a notice, the person's next)."""
    return connection.execute(
        sa.select(messages.c.id)
        .where(messages.c.conversation_id == conversation_id, messages.c.id > message_id)
        .limit(1)
    ).first() is not None


def replies_to(connection: Connection, conversation_id: str, person_message_id: int) -> list[StoredMessage]:
    """What answered a person's message: everything after it up to their next message."""
    rows = connection.execute(
        sa.select(messages)
        .where(messages.c.conversation_id == conversation_id, messages.c.id > person_message_id)
        .order_by(messages.c.id)
    ).all()
    answered = []
    for row in rows:
        if row.sender == PERSON:
            break
        answered.append(_stored(row))
    return answered


def transcript(
    connection: Connection, conversation_id: str, after_id: int = 0, pushed_only: bool = False, limit: int = 500
) -> list[StoredMessage]:
    query = sa.select(messages).where(messages.c.conversation_id == conversation_id, messages.c.id > after_id)
    if pushed_only:
        query = query.where(messages.c.pushed.is_(True))
    return [_stored(row) for row in connection.execute(query.order_by(messages.c.id).limit(limit))]


def last_buttons(connection: Connection, conversation_id: str) -> list[dict[str, str]]:
    """The choices currently on offer: the buttons of the last thing the assistant or a handler said."""
    row = connection.execute(_LAST_BUTTONS, {"conversation_id": conversation_id}).first()
    return list(row.buttons or []) if row else []


def forget_transcript(connection: Connection, conversation_id: str) -> None:
    connection.execute(messages.delete().where(messages.c.conversation_id == conversation_id))


# Web chat sessions ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChatSession:
    conversation_id: str
    expires_at: dt.datetime
    ended: bool

    def usable(self, now: dt.datetime) -> bool:
        return not self.ended and now < self.expires_at


def create_chat_session(connection: Connection, token_hash: str, conversation_id: str, idle: dt.timedelta) -> None:
    now = utcnow()
    connection.execute(
        chat_sessions.insert().values(
            token_hash=token_hash, conversation_id=conversation_id, created_at=now, expires_at=now + idle
        )
    )


def find_chat_session(connection: Connection, token_hash: str) -> Optional[ChatSession]:
    row = connection.execute(_CHAT_SESSION, {"token_hash": token_hash}).first()
    if row is None:
        return None
    return ChatSession(conversation_id=row.conversation_id, expires_at=row.expires_at, ended=row.ended_at is not None)


def extend_chat_session(connection: Connection, token_hash: str, idle: dt.timedelta) -> dt.datetime:
    expires_at = utcnow() + idle
    connection.execute(_UPDATE_CHAT_SESSION, {"updated_token_hash": token_hash, "expires_at": expires_at})
    return expires_at


def end_chat_session(connection: Connection, token_hash: str) -> Optional[tuple[str, Optional[StatusChanged]]]:
    """Ends the session and its conversation (which leaves the handoff queue); returns the conversation it
    belonged to and the event (None when it had already ended)."""
    session = find_chat_session(connection, token_hash)
    if session is None:
        return None
    connection.execute(
        chat_sessions.update().where(chat_sessions.c.token_hash == token_hash).values(ended_at=utcnow())
    )
    return session.conversation_id, status.end(connection, session.conversation_id)
