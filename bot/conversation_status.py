"""Who holds a conversation, and every way that changes: the one owner of a conversation's status.

A conversation is with the assistant, waiting for a person (the assistant keeps answering meanwhile), with a
call handler, or closed. Nothing else writes the columns behind that (status, handler_id,
handoff_requested_at, wait_notice_sent_at, awaiting): a fast test (tests/bot/test_conversation_status.py)
fails if another module does.

Each transition is one conditional UPDATE on a connection the caller's transaction owns: it changes the row
only from the statuses it allows, so when two call handlers claim at once exactly one wins, and it returns the
`StatusChanged` event it caused, or None when it changed nothing. Events are published (bot/status_events.py)
after the transaction commits, never before: whoever is woken reads what was committed.

    with the assistant --request--> waiting --claim--> with a handler --close--> closed
          ^    ^                       |                |  |  (transfer: to another handler)
          |    +-------cancel----------+                |  |
          +-------------- hand back / release ----------+  |
    closed --reopen--> with the assistant (the person writes again); end: anything open --> closed
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.schema import conversations


class Status(str, enum.Enum):
    WITH_ASSISTANT = "assistant"
    # Asked for a person; the assistant keeps answering until a call handler claims the conversation.
    WAITING = "waiting"
    WITH_HANDLER = "handler"
    CLOSED = "closed"


OPEN_STATUSES = (Status.WITH_ASSISTANT, Status.WAITING, Status.WITH_HANDLER)


class Transition(str, enum.Enum):
    REOPEN = "reopen"  # the person wrote again after the conversation was closed
    REQUEST = "request"  # the assistant asked for a person
    CANCEL = "cancel"  # the person stopped waiting, or nobody can come
    CLAIM = "claim"  # a call handler took it from the queue
    TRANSFER = "transfer"  # the handler gave it to a colleague
    HAND_BACK = "hand_back"  # the handler gave it back to the assistant
    RELEASE = "release"  # the handler has gone (signed out, disabled, console closed): back to the assistant
    CLOSE = "close"  # the handler closed it, with an outcome
    END = "end"  # the person ended the chat (quick exit, the session closed)


@dataclass(frozen=True)
class StatusChanged:
    """What a transition did: the conversation's status after it and who holds it now (for a transfer, the
    colleague; `from_handler` is who held it before, when a handler did)."""

    conversation_id: str
    transition: Transition
    status: Status
    handler_id: Optional[int] = None
    from_handler: Optional[int] = None

    @property
    def ends_chat(self) -> bool:
        return self.transition is Transition.END


@dataclass(frozen=True)
class Holding:
    """A conversation's status as read, for decisions that need more than one column."""

    status: Status
    handler_id: Optional[int]
    waiting_since: Optional[dt.datetime]

    @property
    def waiting(self) -> bool:
        return self.status is Status.WAITING

    def held_by(self, handler_id: int) -> bool:
        return self.status is Status.WITH_HANDLER and self.handler_id == handler_id


def holding(row: Any) -> Holding:
    """The status part of a conversations row (any select of the table's columns)."""
    return Holding(Status(row.status), row.handler_id, row.handoff_requested_at)


def _change(
    connection: Connection, conversation_id: str, allowed: sa.sql.ColumnElement[bool], **values: Any
) -> bool:
    result = connection.execute(
        conversations.update()
        .where(conversations.c.id == conversation_id, allowed)
        .values(last_activity_at=utcnow(), **values)
    )
    return bool(result.rowcount == 1)


def _is(*statuses: Status) -> sa.sql.ColumnElement[bool]:
    return conversations.c.status.in_([status.value for status in statuses])


def _held_by(handler_id: int) -> sa.sql.ColumnElement[bool]:
    return sa.and_(_is(Status.WITH_HANDLER), conversations.c.handler_id == handler_id)


def _back_to_assistant() -> dict[str, Any]:
    return dict(status=Status.WITH_ASSISTANT.value, handler_id=None, handoff_requested_at=None, wait_notice_sent_at=None)


def reopen(connection: Connection, conversation_id: str) -> Optional[StatusChanged]:
    """A closed conversation starts afresh with the assistant when the person writes again."""
    changed = _change(connection, conversation_id, _is(Status.CLOSED), awaiting=None, **_back_to_assistant())
    return StatusChanged(conversation_id, Transition.REOPEN, Status.WITH_ASSISTANT) if changed else None


def request_person(connection: Connection, conversation_id: str) -> Optional[StatusChanged]:
    """Into the queue. Asking again while waiting changes nothing: the person keeps their place."""
    changed = _change(
        connection, conversation_id, _is(Status.WITH_ASSISTANT),
        status=Status.WAITING.value, handoff_requested_at=utcnow(), wait_notice_sent_at=None,
    )
    return StatusChanged(conversation_id, Transition.REQUEST, Status.WAITING) if changed else None


def cancel_request(connection: Connection, conversation_id: str) -> Optional[StatusChanged]:
    changed = _change(connection, conversation_id, _is(Status.WAITING), **_back_to_assistant())
    return StatusChanged(conversation_id, Transition.CANCEL, Status.WITH_ASSISTANT) if changed else None


def claim(connection: Connection, conversation_id: str, handler_id: int) -> Optional[StatusChanged]:
    """The one handler whose UPDATE finds the conversation still waiting gets it."""
    changed = _change(
        connection, conversation_id, _is(Status.WAITING), status=Status.WITH_HANDLER.value, handler_id=handler_id
    )
    return StatusChanged(conversation_id, Transition.CLAIM, Status.WITH_HANDLER, handler_id) if changed else None


def transfer(connection: Connection, conversation_id: str, handler_id: int, to_handler_id: int) -> Optional[StatusChanged]:
    changed = _change(connection, conversation_id, _held_by(handler_id), handler_id=to_handler_id)
    return (
        StatusChanged(conversation_id, Transition.TRANSFER, Status.WITH_HANDLER, to_handler_id, handler_id)
        if changed else None
    )


def hand_back(connection: Connection, conversation_id: str, handler_id: int, released: bool = False) -> Optional[StatusChanged]:
    """Back to the assistant from the handler who holds it; `released` when the handler has gone."""
    changed = _change(connection, conversation_id, _held_by(handler_id), **_back_to_assistant())
    transition = Transition.RELEASE if released else Transition.HAND_BACK
    return StatusChanged(conversation_id, transition, Status.WITH_ASSISTANT, None, handler_id) if changed else None


def close(connection: Connection, conversation_id: str, handler_id: int, outcome: str) -> Optional[StatusChanged]:
    changed = _change(
        connection, conversation_id, _held_by(handler_id),
        status=Status.CLOSED.value, handoff_requested_at=None, outcome=outcome[:64],
    )
    return StatusChanged(conversation_id, Transition.CLOSE, Status.CLOSED, None, handler_id) if changed else None


def end(connection: Connection, conversation_id: str) -> Optional[StatusChanged]:
    """The person left: whoever held it, the conversation is closed and leaves the queue."""
    changed = _change(
        connection, conversation_id, _is(*OPEN_STATUSES),
        status=Status.CLOSED.value, handoff_requested_at=None, awaiting=None,
    )
    return StatusChanged(conversation_id, Transition.END, Status.CLOSED) if changed else None


def mark_told_still_waiting(connection: Connection, waiting_before: dt.datetime) -> list[str]:
    """The conversations waiting since before `waiting_before` whose person has not yet been told so,
    marked as told (each is told once, however many hubs look)."""
    due = connection.execute(
        sa.select(conversations.c.id).where(
            _is(Status.WAITING),
            conversations.c.handoff_requested_at < waiting_before,
            conversations.c.wait_notice_sent_at.is_(None),
        )
    ).scalars().all()
    marked = []
    for conversation_id in due:
        # Conditional too: the person may have been claimed or stopped waiting since the select.
        if _change(connection, conversation_id, sa.and_(_is(Status.WAITING), conversations.c.wait_notice_sent_at.is_(None)),
                   wait_notice_sent_at=utcnow()):
            marked.append(conversation_id)
    return marked


# What the person's next message is expected to be, when the hub must treat it specially ------------------# (the values are the contract's: bot/assistant_contract.py CONTACT_DETAILS).


def expect(connection: Connection, conversation_id: str, what: str) -> None:
    connection.execute(conversations.update().where(conversations.c.id == conversation_id).values(awaiting=what))


def expect_nothing(connection: Connection, conversation_id: str) -> None:
    connection.execute(conversations.update().where(conversations.c.id == conversation_id).values(awaiting=None))
