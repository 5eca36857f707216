"""What several hubs share through Redis (REDIS_URL): wake-ups, per-conversation locks, login attempts.

Each is the Redis twin of a one-hub, in-process implementation and keeps its contract:
- RedisNotifier (bot/notifier.py): a wake-up published on one hub wakes the waiters on every hub. One
  pattern subscription per hub; a hub's own wake-ups are delivered locally at once and not again.
  Wake-ups only hurry a re-read of the database, so one lost while Redis is away delays a message by a
  heartbeat at most.
- RedisLocks (bot/keyed_locks.py): redis-py's lock (SET NX PX, released by token) with a lease, so a hub
  that dies holding one frees it when the lease ends.
- RedisLoginLimiter (bot/login_attempts.py): a sliding window per account and per client in sorted sets,
  checked and counted in one Lua script (atomic across hubs). Keys are keyed hashes: no account name or
  address is readable in Redis.

Nothing else goes to Redis: conversations, transcripts and the outbox stay in the database."""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import time
import uuid
from typing import AsyncIterator, Optional

import redis.asyncio as redis
from redis.exceptions import LockError, RedisError

from bot.keyed_locks import LocalLocks, LockWaitTooLong
from bot.login_attempts import PER_ACCOUNT, PER_CLIENT, WINDOW_SECONDS, account_key, client_key
from bot.notifier import LocalNotifier

log = logging.getLogger(__name__)

PREFIX = "speakup:"
# The waits before a lost subscription is tried again: doubling from the first up to the longest.
FIRST_RESUBSCRIBE_SECONDS = 0.1
RESUBSCRIBE_MAX_SECONDS = 5.0


def connect(url: str) -> "redis.Redis":
    # Short timeouts: a Redis that does not answer must not hold a person's message for long.
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5, health_check_interval=15)


class RedisNotifier:
    """Wake-ups across hubs. `run()` (a task the shared state starts) listens for the other hubs'."""

    CHANNELS = PREFIX + "wake:"

    def __init__(self, client: "redis.Redis") -> None:
        self._client = client
        self._local = LocalNotifier()
        # Marks this hub's own publications, which its subscription hears too.
        self._origin = uuid.uuid4().hex.encode()
        self._publishing: set[asyncio.Task[None]] = set()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._pause = FIRST_RESUBSCRIBE_SECONDS

    def notify(self, topic: str) -> None:
        loop = self._loop
        try:
            running: Optional[asyncio.AbstractEventLoop] = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is None or running is loop:
            self._local.notify(topic)  # this hub's own waiters, at once
            if loop is not None:
                self._start_publishing(topic)
        elif not loop.is_closed():
            # From another thread (a database worker): asyncio's events are set on their own loop only.
            loop.call_soon_threadsafe(self.notify, topic)

    def _start_publishing(self, topic: str) -> None:
        task = asyncio.ensure_future(self._publish(topic))
        self._publishing.add(task)
        task.add_done_callback(self._publishing.discard)

    async def _publish(self, topic: str) -> None:
        try:
            await self._client.publish(self.CHANNELS + topic, self._origin)
        except RedisError as error:
            log.warning("a wake-up could not be shared through Redis (%s); other hubs re-read within a heartbeat",
                        type(error).__name__)

    async def wait(self, topic: str, timeout: float) -> bool:
        return await self._local.wait(topic, timeout)

    async def run(self) -> None:
        """Hears the other hubs' wake-ups until cancelled, subscribing again after Redis comes back."""
        self._loop = asyncio.get_running_loop()
        while True:
            try:
                await self._listen()
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as error:
                log.warning("lost the wake-up subscription to Redis (%s); trying again in %.1f s",
                            type(error).__name__, self._pause)
                await asyncio.sleep(self._pause)
                self._pause = min(RESUBSCRIBE_MAX_SECONDS, self._pause * 2)

    async def _listen(self) -> None:
        subscription = self._client.pubsub(ignore_subscribe_messages=True)
        try:
            await subscription.psubscribe(self.CHANNELS + "*")
            self._pause = FIRST_RESUBSCRIBE_SECONDS  # subscribed: the next loss starts from a short pause again
            while True:
                message = await subscription.get_message(timeout=30.0)
                if message is None or message.get("data") == self._origin:
                    continue
                channel = message["channel"].decode() if isinstance(message["channel"], bytes) else message["channel"]
                self._local.notify(channel[len(self.CHANNELS):])
        finally:
            with contextlib.suppress(RedisError, OSError):
                await subscription.reset()

    async def close(self) -> None:
        if self._publishing:
            await asyncio.gather(*self._publishing, return_exceptions=True)


class RedisLocks:
    """One holder per key across hubs. Within a hub, waiters queue on a local lock first, so a hub asks
    Redis for a key once at a time and its own waiters keep their order."""

    KEYS = PREFIX + "lock:"

    def __init__(self, client: "redis.Redis", lease_seconds: float = 60.0, wait_seconds: float = 90.0) -> None:
        self._client = client
        self._local = LocalLocks()
        # Longer than handling a message takes (the assistant's answer included), so a live holder keeps it.
        self.lease_seconds = lease_seconds
        self.wait_seconds = wait_seconds

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        async with self._local.hold(key):
            lock = self._client.lock(self.KEYS + key, timeout=self.lease_seconds, sleep=0.02,
                                     blocking_timeout=self.wait_seconds)
            if not await lock.acquire():
                raise LockWaitTooLong(f"waited {self.wait_seconds:.0f} s for a lock another hub held")
            try:
                yield
            finally:
                try:
                    await lock.release()
                except LockError:
                    # The lease ran out while we held it: someone else may hold it now; leave theirs alone.
                    log.warning("a conversation's lock expired before it was released")

    def __len__(self) -> int:
        return len(self._local)


# KEYS: the account's and the client's sorted sets. ARGV: now, window, per-account and per-client limits,
# a unique member. Returns "0" having counted the attempt, or the seconds to wait having counted nothing.
_BEGIN_ATTEMPT = """
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= tonumber(ARGV[2 + i]) then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 then return tostring(wait) end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[5])
  redis.call('EXPIRE', key, math.ceil(window))
end
return '0'
"""


class RedisLoginLimiter:
    KEYS = PREFIX + "login:"

    def __init__(self, client: "redis.Redis", secret: str, per_account: int = PER_ACCOUNT,
                 per_client: int = PER_CLIENT, window_seconds: float = WINDOW_SECONDS) -> None:
        self._client = client
        self._secret = secret.encode()
        self.per_account = per_account
        self.per_client = per_client
        self.window = window_seconds
        self._begin = client.register_script(_BEGIN_ATTEMPT)

    def _key(self, plain: str) -> str:
        return self.KEYS + hmac.new(self._secret, plain.encode(), hashlib.sha256).hexdigest()[:32]

    async def begin(self, account: str, client: str) -> float:
        keys = [self._key(account_key(account)), self._key(client_key(client))]
        args: list[float | str] = [time.time(), self.window, self.per_account, self.per_client, uuid.uuid4().hex]
        return float(await self._begin(keys=keys, args=args))

    async def succeeded(self, account: str, client: str) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.delete(self._key(account_key(account)))
            pipe.zpopmax(self._key(client_key(client)))
            await pipe.execute()
