"""A texting provider in memory, for the courier's tests: what it took, and the ways a send goes wrong."""
from __future__ import annotations

import asyncio
import datetime as dt
from typing import Optional

from bot.storage.outbox import QueuedMessage
from channels.texting.delivery import SendFailure


class FakeTransport:
    """A provider: `sent` is what it took (its ids are SM1, SM2...); `failures` are raised before it takes
    anything; `cut_short` sends are taken but their answer never comes back (a timeout, or a hub killed:
    `hang` waits for ever instead of failing)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.failures: list[SendFailure] = []
        self.cut_short = 0
        self.hang = False
        self.lookups = 0

    async def send(self, address: str, message: QueuedMessage) -> Optional[str]:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((address, message.body))
        if self.cut_short:
            self.cut_short -= 1
            if self.hang:
                await asyncio.Event().wait()
            raise SendFailure("twilio unreachable: TimeoutError", temporary=True, outcome_unknown=True)
        return f"SM{len(self.sent)}"

    async def taken_since(self, address: str, message: QueuedMessage, since: dt.datetime) -> list[str]:
        self.lookups += 1
        return [f"SM{n}" for n, taken in reversed(list(enumerate(self.sent, start=1))) if taken == (address, message.body)]

    async def close(self) -> None:
        pass
