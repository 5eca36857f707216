"""One-at-a-time per key: a person's texts are handled in the order they arrived, never two at once.

Twilio may deliver two quick texts from the same phone concurrently; handled together they could race
to create the conversation, or have their answers queued out of order."""
from __future__ import annotations

import asyncio
import contextlib
from typing import AsyncIterator


class KeyedLocks:
    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            # Forget the lock once nobody holds or waits for it, so the table does not grow for ever.
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)
