"""Sends what the outbox holds, in order per conversation, retrying failures with backoff.

A reply is queued (bot.storage.outbox) before anything is sent, so a provider that is down loses
nothing: the message waits and is retried, bounded by an attempt limit. A conversation's messages go
out one after another; a message that is waiting for its retry holds back the ones after it, so the
person never reads an answer before its question. STOP is checked at the moment of sending.

With several hubs, each sends only the messages it has claimed (bot/storage/outbox.py's lease), so every
message goes out once whichever hub queued it.

Each try is written down before it starts. A hub that died during a try (or a provider that did not
answer) leaves a message whose earlier try may have reached the provider: before sending it again, the
courier asks the provider for messages with the same words to the same address since that try, and takes
one it has not recorded for another message as this one's. Providers that cannot be asked (Telegram's Bot
API lists nothing a bot sent) get the message again: read twice rather than never."""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
import socket
import uuid
from dataclasses import dataclass, field
from typing import Optional, Protocol

from bot.identity import Sealer, conversation_id_for
from bot.storage import addresses
from bot.storage import outbox as queue
from bot.storage.database import Database, utcnow
from bot.storage.outage import Backoff, DatabaseUnavailable
from bot.storage.outbox import QueuedMessage
from channels.texting.settings import TextingSettings

log = logging.getLogger(__name__)
# How many conversations are sent to at once (each in order); providers rate-limit beyond this anyway.
PARALLEL_CONVERSATIONS = 8
# The longest the courier sleeps when nothing is due: a safety net should a wake-up ever be missed.
IDLE_POLL_SECONDS = 30.0


class SendFailure(Exception):
    """A send that did not work. `reason` is short and free of personal data: it is logged and stored."""

    def __init__(self, reason: str, temporary: bool, opted_out: bool = False, outcome_unknown: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.temporary = temporary
        # The provider says the person has opted out (e.g. Twilio error 21610): record it as a STOP.
        self.opted_out = opted_out
        # The provider may have taken the message all the same (it did not answer in time, or the
        # connection broke after the request went): ask it before trying again.
        self.outcome_unknown = outcome_unknown


def new_claimant() -> str:
    """A name for this sender, unique among hubs (the hub passes its host and port, stable across its
    restarts, so a restarted hub resumes its own claims at once)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Transport(Protocol):
    async def send(self, address: str, message: QueuedMessage) -> Optional[str]:
        """Sends one message; returns the provider's id for it, or raises SendFailure."""

    async def taken_since(self, address: str, message: QueuedMessage, since: dt.datetime) -> list[str]:
        """The provider's ids of messages with this message's words to `address` it took since `since`
        (UTC), newest first: [] when it has none or cannot tell; SendFailure when it cannot be asked now."""

    async def close(self) -> None: ...


@dataclass
class Courier:
    db: Database
    sealer: Sealer
    secret_key: str
    settings: TextingSettings
    transports: dict[str, Transport]
    # Who this courier is in the outbox's claims.
    claimant: str = field(default_factory=new_claimant)

    def __post_init__(self) -> None:
        self._wake = asyncio.Event()
        # While the database is away (it said so once: bot/storage/outage.py), rounds come less often.
        self._database_backoff = Backoff(first=self.settings.retry_base_seconds, longest=30.0)

    def wake(self) -> None:
        self._wake.set()

    async def run_forever(self) -> None:
        while True:
            # Cleared before the round, so a message queued during it wakes the next one at once.
            self._wake.clear()
            try:
                await self.deliver_due()
                pause = await self._seconds_until_next_due()
                self._database_backoff.succeeded()
            except asyncio.CancelledError:
                raise
            except DatabaseUnavailable:
                # The outbox is in the database: what waits in it goes once it is back.
                pause = self._database_backoff.failed()
            except Exception:
                log.exception("the outbox courier failed a round; trying again shortly")
                pause = self.settings.retry_base_seconds
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=pause)
            except asyncio.TimeoutError:
                pass

    async def _seconds_until_next_due(self) -> float:
        due = await self.db.run(functools.partial(queue.next_due, claimant=self.claimant))
        if due is None:
            return IDLE_POLL_SECONDS
        return min(IDLE_POLL_SECONDS, max(0.05, (due - utcnow()).total_seconds()))

    async def deliver_due(self) -> int:
        """Sends everything due now that this hub could claim; returns how many messages were settled
        (sent or given up)."""
        heads = await self.db.run(functools.partial(queue.claim_due, claimant=self.claimant))
        limit = asyncio.Semaphore(PARALLEL_CONVERSATIONS)

        async def deliver(head: QueuedMessage) -> int:
            async with limit:
                return await self._deliver_in_order(head)

        return sum(await asyncio.gather(*(deliver(head) for head in heads)))

    async def _deliver_in_order(self, head: QueuedMessage) -> int:
        """Sends a conversation's messages one by one, each claimed before it goes."""
        settled = 0
        message: Optional[QueuedMessage] = head
        while message is not None:
            if not await self._deliver(message):
                break  # it waits for a retry, and so do the ones after it
            settled += 1
            message = await self.db.run(
                functools.partial(queue.claim_next, conversation_id=message.conversation_id, claimant=self.claimant)
            )
        return settled

    async def _deliver(self, message: QueuedMessage) -> bool:
        """True when the message is settled; False when it waits for a retry."""
        record = await self.db.run(lambda c: addresses.find(c, message.conversation_id))
        if record is None:
            # The person was idle past the retention period: their address is gone, by design.
            await self.db.run(lambda c: queue.mark_final(c, message.id, queue.UNDELIVERABLE, "address forgotten"))
            return True
        if record.stopped and not message.ignores_stop:
            await self.db.run(lambda c: queue.mark_final(c, message.id, queue.SUPPRESSED, "stopped"))
            return True
        transport = self.transports.get(message.channel)
        address = self._open(record.sealed_address, message)
        if transport is None or address is None:
            await self.db.run(lambda c: queue.mark_final(c, message.id, queue.FAILED, "no transport or bad address"))
            return True
        if message.sending_since is not None:
            try:
                taken = await self._taken_earlier(transport, address, message, message.sending_since)
            except SendFailure as failure:
                return await self._failed(message, failure)
            if taken is not None:
                await self.db.run(lambda c: queue.mark_sent(c, message.id, taken))
                return True
        await self.db.run(lambda c: queue.mark_sending(c, message.id))
        try:
            provider_id = await transport.send(address, message)
        except SendFailure as failure:
            return await self._failed(message, failure)
        except Exception as error:  # a bug in a transport must not hold the conversation's messages for ever
            log.error("sending outbox message %s raised %s", message.id, type(error).__name__)
            return await self._failed(
                message, SendFailure(f"error: {type(error).__name__}", temporary=True, outcome_unknown=True)
            )
        await self.db.run(lambda c: queue.mark_sent(c, message.id, provider_id))
        return True

    async def _taken_earlier(
        self, transport: Transport, address: str, message: QueuedMessage, since: dt.datetime
    ) -> Optional[str]:
        """The provider's id for this message if a try of unknown outcome reached it: the newest message with
        its words since that try that is not already another outbox message's (the same words sent before)."""
        # A minute's grace each way: the provider's clock and ours.
        try:
            candidates = await transport.taken_since(address, message, since - dt.timedelta(minutes=1))
        except SendFailure as failure:
            # Still not known whether it has it: asked again before the next try.
            raise SendFailure(f"asking: {failure.reason}", temporary=True, outcome_unknown=True) from None
        if not candidates:
            return None
        recorded = await self.db.run(lambda c: queue.recorded_provider_ids(c, candidates))
        taken = next((candidate for candidate in candidates if candidate not in recorded), None)
        if taken is not None:
            log.info("outbox message %s on %s: the provider already had it from a try cut short; not sent again",
                     message.id, message.channel)
        return taken

    def _open(self, sealed: str, message: QueuedMessage) -> Optional[str]:
        """The address, checked against the conversation it claims to belong to."""
        try:
            address = self.sealer.open(sealed)
        except ValueError:
            log.error("a sealed %s address could not be opened (key changed?)", message.channel)
            return None
        if conversation_id_for(self.secret_key, message.channel, address) != message.conversation_id:
            log.error("a sealed %s address does not belong to its conversation", message.channel)
            return None
        return address

    async def _failed(self, message: QueuedMessage, failure: SendFailure) -> bool:
        attempts = message.attempts + 1
        if failure.opted_out:
            await self.db.run(lambda c: addresses.set_stopped(c, message.conversation_id, True))
        if not failure.temporary or attempts >= self.settings.max_attempts:
            log.warning("gave up sending outbox message %s on %s after %s attempt(s): %s",
                        message.id, message.channel, attempts, failure.reason)
            await self.db.run(lambda c: queue.mark_final(c, message.id, queue.FAILED, failure.reason))
            return True
        delay = self.settings.retry_delay(attempts)
        log.info("sending outbox message %s on %s failed (%s); retry %s in %.1f s",
                 message.id, message.channel, failure.reason, attempts, delay)
        retry_at = utcnow() + dt.timedelta(seconds=delay)
        await self.db.run(
            lambda c: queue.mark_retry(c, message.id, retry_at, failure.reason, outcome_known=not failure.outcome_unknown)
        )
        return False

    async def close(self) -> None:
        for transport in self.transports.values():
            await transport.close()
