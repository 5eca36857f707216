"""One-at-a-time per key: a person's texts are handled in the order they arrived, never two at once.

Twilio may deliver two quick texts from the same phone concurrently (to two hubs, when several run);
handled together they could race to create the conversation, or have their answers queued out of order.
One hub holds its locks in memory (LocalLocks); several hubs hold them in Redis (bot/redis_state.py
RedisLocks), chosen in bot/services.py."""
from __future__ import annotations

import asyncio
import contextlib
from typing import AsyncContextManager, AsyncIterator, Protocol


class LockWaitTooLong(Exception):
    """Another holder kept a key for longer than a caller should wait (a hub stuck, or one that died
    holding it before its lease ran out): nothing was taken, and the caller is told to send it again."""


class KeyedLocks(Protocol):
    def hold(self, key: str) -> AsyncContextManager[None]:
        """Held by one holder at a time per key (across hubs, when hubs share state)."""


class LocalLocks:
    """Locks within this process: enough for one hub."""

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
