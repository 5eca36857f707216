"""Answers, once the assistant is back, the turns kept while it could not answer (bot/storage/backlog.py).

One worker per hub. It wakes when a turn is kept, and also checks every few seconds (a turn kept by another
hub, or left by a hub that stopped, wakes nobody here). When the assistant (Rasa with a model, and the action
server) answers again, each conversation's kept turns go in order: claimed by a conditional UPDATE (two hubs
never send the same one), sent with their stable id (the assistant answers a turn it already took from its
tracker instead of taking it twice), and the answer is stored as pushed in the same transaction that deletes
the turn, then delivered on the person's channel (web chat's event stream, SMS, WhatsApp, Telegram).
A conversation a call handler now holds is not replayed: the handler reads the kept messages in the
transcript and answers them."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Optional

from sqlalchemy.engine import Connection

from bot import conversations as store
from bot.conversations import Conversation
from bot.rasa_client import AssistantUnavailable
from bot.router import Router
from bot.storage import backlog
from bot.storage.outage import Backoff, DatabaseUnavailable

log = logging.getLogger(__name__)

# A claim this old was left by a hub that died while sending: longer than the assistant's own timeout
# (RasaClient.timeout, 30 s), so a hub still waiting for its answer is never overtaken.
STALE_CLAIM = dt.timedelta(seconds=90)


class Replayer:
    def __init__(
        self, router: Router, retry_seconds: float = 1.0, idle_seconds: float = 5.0, stale: dt.timedelta = STALE_CLAIM,
    ) -> None:
        self.router = router
        self.turns = router.turns
        self.db = router.db
        self.rasa = router.turns.rasa
        self.retry_seconds = retry_seconds
        self.idle_seconds = idle_seconds
        self.stale = stale
        self._woken = asyncio.Event()
        self.turns.on_kept.append(self.wake)
        # While the database is away: it said so once (bot/storage/outage.py); the worker waits longer each time.
        self._database_backoff = Backoff(first=retry_seconds, longest=30.0)

    def wake(self) -> None:
        self._woken.set()

    async def run(self) -> None:
        """Until cancelled (when the hub stops)."""
        while True:
            pause = self.retry_seconds
            try:
                left = await self.replay_all()
                self._database_backoff.succeeded()
            except asyncio.CancelledError:
                raise
            except DatabaseUnavailable:
                # Kept turns are in the database: nothing is lost, they go once it is back.
                left, pause = True, self._database_backoff.failed()
            except Exception:  # a bug in one round must not end replay for the life of the hub
                log.exception("replaying kept turns failed; trying again")
                left = True
            try:
                await asyncio.wait_for(self._woken.wait(), pause if left else self.idle_seconds)
            except asyncio.TimeoutError:
                pass
            self._woken.clear()

    async def replay_all(self) -> bool:
        """Replays what it can now; True when kept turns are left (the assistant is still down, or another
        hub is sending one)."""
        waiting = await self.db.run(backlog.conversations_waiting)
        if not waiting:
            return False
        if not await self.rasa.action_server_ready():
            return True
        # Each conversation waits for its own Rasa server only (RASA_SERVERS): one that is back is replayed
        # while another is still down.
        ready = await self.rasa.servers_ready()
        left = False
        for conversation_id in waiting:
            server = self.rasa.server_for(conversation_id).name
            if ready[server] and not await self.replay_conversation(conversation_id):
                ready[server] = False
            left = left or not ready[server]
        return left or bool(await self.db.run(backlog.conversations_waiting))

    async def replay_conversation(self, conversation_id: str) -> bool:
        """Replays one conversation's kept turns in order; False when the assistant went away again."""
        while True:
            claimed = await self.db.run(lambda c: self._claim(c, conversation_id))
            if claimed is None:
                return True
            conversation, kept = claimed
            try:
                said = await self.turns.replay(conversation, kept)
            except AssistantUnavailable as error:
                log.warning("the assistant went away again while answering kept turns: %s", error)
                return False
            await self.router.deliver(conversation, said)

    def _claim(self, connection: Connection, conversation_id: str) -> Optional[tuple[Conversation, backlog.Kept]]:
        kept = backlog.take_next(connection, conversation_id, self.stale)
        if kept is None:
            return None
        conversation = store.get_conversation(connection, conversation_id)
        if conversation is None or conversation.with_handler:
            dropped = backlog.drop(connection, conversation_id)
            log.info("%d kept turn(s) left to the call handler holding the conversation", dropped)
            return None
        return conversation, kept
