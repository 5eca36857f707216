"""Taking a conversation over and giving it back: the routing decisions behind the staff console.

A conversation waits for a person while `handoff_requested_at` is set (the assistant keeps answering
meanwhile). Claiming it is one conditional UPDATE, so when two handlers claim at once exactly one wins.
While a handler holds it (`mode = human`) the router leaves the assistant out; handing back tells Rasa
with `/handoff_ended`, so the assistant carries on where it was (no ConversationPaused, no loop)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot import conversations as store
from bot.assistant_contract import CANCEL_WAITING, CHANNEL_KEY, HANDOFF_ENDED, command
from bot.conversations import BOT_MODE, CLOSED_MODE, HANDLER, HUMAN_MODE, StoredMessage
from bot.notifier import QUEUE_TOPIC
from bot.rasa_client import AssistantUnavailable
from bot.router import Router
from bot.storage.database import utcnow
from bot.storage.schema import conversations

HANDBACK = command(HANDOFF_ENDED)


class NotYours(Exception):
    """The conversation is not held by this handler (any more)."""


@dataclass(frozen=True)
class QueueEntry:
    conversation_id: str
    channel: str
    waiting_since: dt.datetime
    incident_kind: Optional[str]
    danger: bool
    mode: str
    handler_id: Optional[int]
    # The language the person is answered in (None: English, nothing else set yet).
    language: Optional[str] = None

    def waited(self, now: dt.datetime) -> dt.timedelta:
        return now - self.waiting_since


class HandoffDesk:
    def __init__(self, router: Router) -> None:
        self.router = router
        self.db = router.db
        self.notifier = router.notifier
        self.texts = router.texts

    async def queue(self) -> list[QueueEntry]:
        """Conversations waiting for a person, danger first, then the longest waiting."""

        def read(connection: Connection) -> list[QueueEntry]:
            rows = connection.execute(
                sa.select(conversations)
                .where(conversations.c.handoff_requested_at.is_not(None), conversations.c.mode == BOT_MODE)
                .order_by(conversations.c.danger.desc(), conversations.c.handoff_requested_at)
            ).all()
            return [_entry(row) for row in rows]

        return await self.db.run(read)

    async def held_by(self, handler_id: int) -> list[QueueEntry]:
        def read(connection: Connection) -> list[QueueEntry]:
            rows = connection.execute(
                sa.select(conversations)
                .where(conversations.c.mode == HUMAN_MODE, conversations.c.handler_id == handler_id)
                .order_by(conversations.c.handoff_requested_at)
            ).all()
            return [_entry(row) for row in rows]

        return await self.db.run(read)

    async def claim(self, conversation_id: str, handler_id: int) -> bool:
        """True for the one handler who got it; False when someone else already had, or nobody waits."""

        def take(connection: Connection) -> bool:
            result = connection.execute(
                conversations.update()
                .where(
                    conversations.c.id == conversation_id,
                    conversations.c.mode == BOT_MODE,
                    conversations.c.handoff_requested_at.is_not(None),
                )
                .values(mode=HUMAN_MODE, handler_id=handler_id, last_activity_at=utcnow())
            )
            return result.rowcount == 1

        claimed = await self.db.run(take)
        if claimed:
            self.notifier.notify(QUEUE_TOPIC)
            await self.router.say(conversation_id, "utter_hub_handoff_joined")
        return claimed

    async def _require_holder(self, conversation_id: str, handler_id: int) -> None:
        held = await self.db.run(
            lambda c: c.execute(
                sa.select(conversations.c.id).where(
                    conversations.c.id == conversation_id,
                    conversations.c.mode == HUMAN_MODE,
                    conversations.c.handler_id == handler_id,
                )
            ).first()
        )
        if held is None:
            raise NotYours(conversation_id)

    async def send(self, conversation_id: str, handler_id: int, text: str) -> StoredMessage:
        await self._require_holder(conversation_id, handler_id)
        return await self.router.push(conversation_id, HANDLER, text)

    async def hand_back(self, conversation_id: str, handler_id: int) -> list[StoredMessage]:
        """The assistant takes over again and says where the person was."""
        await self._require_holder(conversation_id, handler_id)
        await self.db.run(
            lambda c: store.update_conversation(
                c, conversation_id, mode=BOT_MODE, handler_id=None, handoff_requested_at=None, wait_notice_sent_at=None
            )
        )
        notices = [
            await self.router.say(conversation_id, "utter_hub_handoff_left")
        ]
        return notices + await self.ask_assistant(conversation_id, HANDBACK)

    async def transfer(self, conversation_id: str, handler_id: int, to_handler_id: int) -> None:
        await self._require_holder(conversation_id, handler_id)
        await self.db.run(lambda c: store.update_conversation(c, conversation_id, handler_id=to_handler_id))
        self.notifier.notify(QUEUE_TOPIC)

    async def close(self, conversation_id: str, handler_id: int, outcome: str) -> None:
        await self._require_holder(conversation_id, handler_id)
        await self.router.say(conversation_id, "utter_hub_handoff_closed")
        await self.db.run(
            lambda c: store.update_conversation(
                c, conversation_id, mode=CLOSED_MODE, handoff_requested_at=None, outcome=outcome[:64]
            )
        )
        self.notifier.notify(QUEUE_TOPIC)

    async def ask_assistant(self, conversation_id: str, intent_message: str) -> list[StoredMessage]:
        """Sends the assistant a hub event (e.g. `/handoff_ended`) and pushes what it says to the person."""
        conversation = await self.db.run(lambda c: store.get_conversation(c, conversation_id))
        if conversation is None:
            raise KeyError(conversation_id)
        try:
            replies = await self.router.rasa.send(conversation_id, intent_message, {CHANNEL_KEY: conversation.channel})
        except AssistantUnavailable:
            replies = []
        pushed = []
        for reply in replies:
            if reply.control is not None:
                continue
            buttons = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
            pushed.append(await self.router.push(conversation_id, store.ASSISTANT, reply.text, buttons))
        return pushed

    async def tell_long_waits(self, older_than: dt.timedelta) -> int:
        """Tells each person who has waited longer than `older_than`, once, and offers helplines."""
        cutoff = utcnow() - older_than

        def due(connection: Connection) -> list[str]:
            ids = connection.execute(
                sa.select(conversations.c.id).where(
                    conversations.c.mode == BOT_MODE,
                    conversations.c.handoff_requested_at < cutoff,
                    conversations.c.wait_notice_sent_at.is_(None),
                )
            ).scalars().all()
            for conversation_id in ids:
                store.update_conversation(connection, conversation_id, wait_notice_sent_at=utcnow())
            return list(ids)

        waiting = await self.db.run(due)
        for conversation_id in waiting:
            await self.router.say(
                conversation_id, "utter_hub_still_waiting", [("utter_hub_stop_waiting_button", CANCEL_WAITING)]
            )
        return len(waiting)

    async def transcript(self, conversation_id: str, after_id: int = 0) -> list[StoredMessage]:
        return await self.db.run(lambda c: store.transcript(c, conversation_id, after_id=after_id))


def _entry(row: sa.engine.Row) -> QueueEntry:
    return QueueEntry(
        conversation_id=row.id,
        channel=row.channel,
        waiting_since=row.handoff_requested_at or row.last_activity_at,
        incident_kind=row.incident_kind,
        danger=bool(row.danger),
        mode=row.mode,
        handler_id=row.handler_id,
        language=row.language,
    )
