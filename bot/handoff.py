"""Taking a conversation over and giving it back: the routing decisions behind the staff console.

A conversation waits for a person after the assistant asked for one (it keeps answering meanwhile).
Claiming it is one conditional UPDATE (bot/conversation_status.py), so when two handlers claim at once
exactly one wins. While a handler holds it the router leaves the assistant out; handing back tells Rasa
with `/handoff_ended`, so the assistant carries on where it was (no ConversationPaused, no loop)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot import conversation_status as status
from bot import conversations as store
from bot.assistant_contract import CANCEL_WAITING, CHANNEL_KEY, HANDOFF_ENDED, HANDOFF_UNAVAILABLE, command
from bot.conversation_status import Status
from bot.conversations import HANDLER, StoredMessage
from bot.languages.supported import ANSWER_LANGUAGE_KEY
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
    status: Status
    handler_id: Optional[int]
    # The language the person is answered in (None: English, nothing else set yet).
    language: Optional[str] = None

    def waited(self, now: dt.datetime) -> dt.timedelta:
        return now - self.waiting_since


class HandoffDesk:
    """What call handlers do with conversations: each change of hands is a transition of
    bot/conversation_status.py, published once committed, and the person is told in their language."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.db = router.db
        self.turns = router.turns
        self.publisher = router.publisher

    async def queue(self) -> list[QueueEntry]:
        """Conversations waiting for a person, danger first, then the longest waiting."""

        def read(connection: Connection) -> list[QueueEntry]:
            rows = connection.execute(
                sa.select(conversations)
                .where(conversations.c.status == Status.WAITING.value)
                .order_by(conversations.c.danger.desc(), conversations.c.handoff_requested_at)
            ).all()
            return [_entry(row) for row in rows]

        return await self.db.run(read)

    async def held_by(self, handler_id: int) -> list[QueueEntry]:
        def read(connection: Connection) -> list[QueueEntry]:
            rows = connection.execute(
                sa.select(conversations)
                .where(conversations.c.status == Status.WITH_HANDLER.value, conversations.c.handler_id == handler_id)
                .order_by(conversations.c.handoff_requested_at)
            ).all()
            return [_entry(row) for row in rows]

        return await self.db.run(read)

    async def claim(self, conversation_id: str, handler_id: int) -> bool:
        """True for the one handler who got it; False when someone else already had, or nobody waits."""
        claimed = await self.publisher.changed(self.db, lambda c: status.claim(c, conversation_id, handler_id))
        if claimed:
            await self.router.say(conversation_id, "utter_hub_handoff_joined")
        return claimed is not None

    async def _require_holder(self, conversation_id: str, handler_id: int) -> None:
        held = await self.db.run(
            lambda c: c.execute(
                sa.select(conversations.c.id).where(
                    conversations.c.id == conversation_id,
                    conversations.c.status == Status.WITH_HANDLER.value,
                    conversations.c.handler_id == handler_id,
                )
            ).first()
        )
        if held is None:
            raise NotYours(conversation_id)

    async def send(self, conversation_id: str, handler_id: int, text: str) -> StoredMessage:
        await self._require_holder(conversation_id, handler_id)
        return await self.router.push(conversation_id, HANDLER, text)

    async def hand_back(self, conversation_id: str, handler_id: int, released: bool = False) -> list[StoredMessage]:
        """The assistant takes over again and says where the person was; `released` when the handler has
        gone rather than chosen to. NotYours when the handler does not hold it (any more)."""
        handed = await self.publisher.changed(
            self.db, lambda c: status.hand_back(c, conversation_id, handler_id, released=released))
        if handed is None:
            raise NotYours(conversation_id)
        notices = [await self.router.say(conversation_id, "utter_hub_handoff_left")]
        return notices + await self.ask_assistant(conversation_id, HANDBACK)

    async def transfer(self, conversation_id: str, handler_id: int, to_handler_id: int) -> None:
        moved = await self.publisher.changed(
            self.db, lambda c: status.transfer(c, conversation_id, handler_id, to_handler_id))
        if moved is None:
            raise NotYours(conversation_id)

    async def close(self, conversation_id: str, handler_id: int, outcome: str) -> None:
        # Told first, while the handler still holds it: the goodbye is the handler's last message.
        await self._require_holder(conversation_id, handler_id)
        await self.router.say(conversation_id, "utter_hub_handoff_closed")
        closed = await self.publisher.changed(self.db, lambda c: status.close(c, conversation_id, handler_id, outcome))
        if closed is None:
            raise NotYours(conversation_id)

    async def ask_assistant(self, conversation_id: str, intent_message: str) -> list[StoredMessage]:
        """Sends the assistant a hub event (e.g. `/handoff_ended`); what it says is stored and pushed to the
        person on their channel (nobody asked for it in a request)."""
        conversation = await self.router.conversation(conversation_id)
        metadata = {CHANNEL_KEY: conversation.channel, ANSWER_LANGUAGE_KEY: conversation.answer_language}
        turn = await self.turns.take(conversation, intent_message, metadata, pushed=True)
        return await self.router.deliver(conversation, turn.said)

    async def release_queue_when_nobody_can_come(self) -> int:
        """Nobody can come any more (the last handler went off duty, or the staffed hours ended): each
        person still waiting leaves the queue and the assistant offers helplines, instead of a wait with
        nobody at the other end."""
        if (await self.turns.availability.now()).someone_can_come:
            return 0
        waiting = await self.queue()
        for entry in waiting:
            cancelled = await self.publisher.changed(self.db, lambda c: status.cancel_request(c, entry.conversation_id))
            if cancelled is not None:
                await self.ask_assistant(entry.conversation_id, command(HANDOFF_UNAVAILABLE))
        return len(waiting)

    async def tell_long_waits(self, older_than: dt.timedelta) -> int:
        """Tells each person who has waited longer than `older_than`, once, and offers helplines."""
        waiting = await self.db.run(lambda c: status.mark_told_still_waiting(c, utcnow() - older_than))
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
        status=Status(row.status),
        handler_id=row.handler_id,
        language=row.language,
    )
