"""A conversation as the console sees it: who holds it, whether it waits, and who may open it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE
from bot.console.accounts import Staff
from bot.console import labels
from bot.console.labels import SENDERS
from bot.conversation_status import Status
from bot.conversations import StoredMessage
from bot.languages.supported import ENGLISH, is_supported
from bot.storage.schema import conversations


@dataclass(frozen=True)
class ConversationState:
    id: str
    channel: str
    status: Status
    handler_id: Optional[int]
    incident_kind: Optional[str]
    danger: bool
    handoff_requested_at: Optional[dt.datetime]
    created_at: dt.datetime
    outcome: Optional[str]
    # The language the person is answered in (None until one is set: English meanwhile).
    language: Optional[str] = None

    @property
    def answer_language(self) -> str:
        return self.language if is_supported(self.language) else ENGLISH

    @property
    def waiting(self) -> bool:
        return self.status is Status.WAITING

    def held_by(self, who: Staff) -> bool:
        return self.status is Status.WITH_HANDLER and self.handler_id == who.id

    def visible_to(self, who: Staff) -> bool:
        """Handlers see what waits and what they hold; supervisors see every conversation."""
        return who.is_supervisor or self.waiting or self.held_by(who)

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status.value, "handler_id": self.handler_id, "waiting": self.waiting}


def read_state(connection: Connection, conversation_id: str) -> Optional[ConversationState]:
    row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).first()
    if row is None:
        return None
    return ConversationState(
        id=row.id, channel=row.channel, status=Status(row.status), handler_id=row.handler_id, incident_kind=row.incident_kind,
        danger=bool(row.danger), handoff_requested_at=row.handoff_requested_at, created_at=row.created_at,
        outcome=row.outcome, language=row.language,
    )


def message_json(message: StoredMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "sender": message.sender,
        "label": SENDERS.get(message.sender, message.sender),
        "text": message.text,
        "at": message.created_at.replace(tzinfo=dt.timezone.utc).isoformat(),
    }


def conversation_id_of(request: web.Request) -> str:
    return request.match_info["conversation_id"]


def wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


async def visible_state(request: web.Request, me: Staff) -> ConversationState:
    conversation_id = conversation_id_of(request)
    state = await request.app[DATABASE].run(lambda c: read_state(c, conversation_id))
    if state is None:
        raise web.HTTPNotFound()
    if not state.visible_to(me):
        raise web.HTTPForbidden()
    return state


def page_of(conversation_id: str, notice: str = "") -> str:
    return f"/conversations/{conversation_id}" + (f"?notice={notice}" if notice else "")


# "sent" says nothing: the message shows in the transcript. A referral can be recorded from the report beside it.
PAGE_NOTICES: dict[str, str | None] = {"sent": None, **labels.NOTICES["conversation"], **labels.NOTICES["referral"]}
