"""The state several hubs must share, behind small interfaces, each with two implementations: in this
process (one hub, the default: no server to run) and Redis (REDIS_URL, several hubs behind a load balancer).

- wake-ups of live streams and of the staff queue (bot/notifier.py Notifier);
- one holder at a time per conversation, so a person's texts are handled in order (bot/keyed_locks.py);
- failed sign-ins, so guesses spread over hubs are counted together (bot/login_attempts.py).

Everything else that hubs share is in the database: conversations and who holds them (conditional
updates), the outbox (a lease per message), inbound de-duplication (unique keys), on-duty presence
(console sessions). bot/services.py opens this once per hub process."""
from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import AsyncIterator

from bot.keyed_locks import KeyedLocks, LocalLocks
from bot.login_attempts import LocalLoginLimiter, LoginLimiter
from bot.notifier import LocalNotifier, Notifier
from bot.redis_state import RedisLocks, RedisLoginLimiter, RedisNotifier, connect


@dataclass(frozen=True)
class SharedState:
    notifier: Notifier
    locks: KeyedLocks
    login_limiter: LoginLimiter


@contextlib.asynccontextmanager
async def open_shared_state(redis_url: str, secret: str) -> AsyncIterator[SharedState]:
    """The shared state for this hub: in this process without a Redis address, in Redis with one."""
    if not redis_url:
        yield SharedState(LocalNotifier(), LocalLocks(), LocalLoginLimiter())
        return
    client = connect(redis_url)
    notifier = RedisNotifier(client)
    listening = asyncio.create_task(notifier.run(), name="wake-ups from other hubs")
    try:
        yield SharedState(notifier, RedisLocks(client), RedisLoginLimiter(client, secret))
    finally:
        listening.cancel()
        await asyncio.gather(listening, return_exceptions=True)
        await notifier.close()
        await client.close()
