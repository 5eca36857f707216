"""Several hubs sharing state through a real Redis server (bot/redis_state.py): a wake-up on one hub wakes
the other's waiters, a conversation's lock has one holder across hubs, failed sign-ins spread over hubs
are counted together, and nothing readable about a person or a member of staff is kept in Redis.

Each "hub" is what a hub process opens: its own client and its own shared state (bot/shared_state.py)."""
from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import AsyncIterator

import pytest
import redis.asyncio as redis

from bot.app_keys import LOCKS
from bot.keyed_locks import LocalLocks
from bot.login_attempts import LocalLoginLimiter
from bot.notifier import LocalNotifier
from bot.redis_state import RedisLocks, RedisLoginLimiter, RedisNotifier
from bot.shared_state import SharedState, open_shared_state
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import start_inprocess_hub
from tests.support.redis_server import ThrowawayRedis

SECRET = "k" * 48


@pytest.fixture
async def redis_url(redis_server: ThrowawayRedis) -> AsyncIterator[str]:
    client = redis.Redis.from_url(redis_server.url)
    await client.flushdb()
    await client.close()
    yield redis_server.url


@contextlib.asynccontextmanager
async def two_hubs(url: str) -> AsyncIterator[tuple[SharedState, SharedState]]:
    async with open_shared_state(url, SECRET) as first, open_shared_state(url, SECRET) as second:
        # Each hub's subscription is in place before anyone publishes.
        await asyncio.sleep(0.2)
        yield first, second


async def test_without_redis_everything_stays_in_this_process() -> None:
    async with open_shared_state("", SECRET) as shared:
        assert isinstance(shared.notifier, LocalNotifier)
        assert isinstance(shared.locks, LocalLocks)
        assert isinstance(shared.login_limiter, LocalLoginLimiter)


async def test_with_redis_every_piece_is_shared(redis_url: str) -> None:
    async with open_shared_state(redis_url, SECRET) as shared:
        assert isinstance(shared.notifier, RedisNotifier)
        assert isinstance(shared.locks, RedisLocks)
        assert isinstance(shared.login_limiter, RedisLoginLimiter)


async def test_a_wake_up_on_one_hub_wakes_the_waiters_on_the_other(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        on_second = asyncio.create_task(second.notifier.wait("person:abc", timeout=3))
        elsewhere = asyncio.create_task(second.notifier.wait("person:other", timeout=0.5))
        on_first = asyncio.create_task(first.notifier.wait("person:abc", timeout=3))
        await asyncio.sleep(0.05)
        first.notifier.notify("person:abc")
        assert await asyncio.wait_for(on_second, 2) is True
        assert await on_first is True  # its own, at once
        assert await elsewhere is False  # another topic sleeps on


async def test_a_wake_up_from_a_database_thread_reaches_the_other_hub(redis_url: str) -> None:
    """The status publisher notifies after a commit, which may run on a database worker thread."""
    async with two_hubs(redis_url) as (first, second):
        waiting = asyncio.create_task(second.notifier.wait("handoff-queue", timeout=3))
        await asyncio.sleep(0.05)
        await asyncio.get_running_loop().run_in_executor(None, first.notifier.notify, "handoff-queue")
        assert await asyncio.wait_for(waiting, 2) is True


async def test_wake_ups_carry_on_across_hubs_after_redis_restarts(redis_server: ThrowawayRedis, redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        await asyncio.get_running_loop().run_in_executor(None, redis_server.restart)
        for _ in range(50):  # the subscription comes back by itself within its pauses (0.1 s doubling)
            waiting = asyncio.create_task(second.notifier.wait("handoff-queue", timeout=0.2))
            await asyncio.sleep(0.02)
            first.notifier.notify("handoff-queue")
            if await waiting:
                return
        pytest.fail("the other hub's wake-ups never came back after Redis restarted")


async def test_a_conversations_lock_has_one_holder_across_hubs(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        holding: list[str] = []
        overlaps: list[str] = []

        async def handle(shared: SharedState, key: str, name: str) -> None:
            async with shared.locks.hold(key):
                if any(held.startswith(key) for held in holding):
                    overlaps.append(name)
                holding.append(f"{key}:{name}")
                await asyncio.sleep(0.02)
                holding.remove(f"{key}:{name}")

        await asyncio.gather(*(handle(hub, "conversation-1", f"text {i}") for i, hub in enumerate([first, second] * 5)),
                             handle(first, "conversation-2", "someone else"))
        assert overlaps == []


async def test_a_lock_held_by_a_dead_hub_is_freed_when_its_lease_ends(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        dead = RedisLocks(client, lease_seconds=0.5)
        holding = dead.hold("conversation-1")
        await holding.__aenter__()  # acquired, and the hub dies without releasing it
        survivor = RedisLocks(client, wait_seconds=5)
        started = asyncio.get_running_loop().time()
        async with survivor.hold("conversation-1"):
            waited = asyncio.get_running_loop().time() - started
        assert 0.2 < waited < 3
    finally:
        await client.close()


async def test_failed_sign_ins_spread_over_hubs_are_counted_together(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        for attempt in range(5):  # the account's limit, alternating hubs
            hub = first if attempt % 2 else second
            assert await hub.login_limiter.begin("Priya", f"203.0.113.{attempt}") == 0
        assert await first.login_limiter.begin("priya", "198.51.100.7") > 0  # names are not case-sensitive
        assert await second.login_limiter.begin("someone-else", "198.51.100.7") == 0


async def test_attempts_sent_at_once_to_both_hubs_are_counted_before_any_is_checked(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        waits = await asyncio.gather(*(hub.login_limiter.begin("stormed", "203.0.113.9")
                                       for hub in [first, second] * 6))
        assert sum(1 for wait in waits if wait == 0) == 5  # exactly the limit got through
        assert all(wait > 14 * 60 for wait in waits if wait)


async def test_a_success_forgives_its_attempt(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, second):
        for _ in range(4):
            await first.login_limiter.begin("sam", "203.0.113.4")
        await second.login_limiter.begin("sam", "203.0.113.4")
        await second.login_limiter.succeeded("sam", "203.0.113.4")
        assert await first.login_limiter.begin("sam", "203.0.113.4") == 0


async def test_redis_holds_no_name_and_no_address_in_clear(redis_url: str) -> None:
    async with two_hubs(redis_url) as (first, _):
        await first.login_limiter.begin("Priya Shah", "203.0.113.77")
        async with first.locks.hold("conversation-1"):
            client = redis.Redis.from_url(redis_url)
            try:
                keys = [key.decode() for key in await client.keys("*")]
                values = [str(await client.zrange(key, 0, -1)) for key in keys if key.startswith("speakup:login:")]
            finally:
                await client.close()
    assert any(key.startswith("speakup:login:") for key in keys) and "speakup:lock:conversation-1" in keys
    everything = " ".join(keys + values).lower()
    assert "priya" not in everything and "203.0.113.77" not in everything


async def test_while_redis_is_away_a_message_gets_a_503_and_is_taken_once_it_is_back(
    redis_server: ThrowawayRedis, redis_url: str, tmp_path: Path,
) -> None:
    """Several hubs' web chat takes each message under the conversation's lock in Redis: with Redis gone,
    nothing is taken and the widget is told to send it again (it does, with the same id)."""
    async with start_inprocess_hub(tmp_path, {"REDIS_URL": redis_url}) as hub:
        hub.standin.when("Someone keeps following me home", text("I'm sorry. Are you safe right now?"))
        chat = await hub.open_chat()
        redis_server.pause()
        try:
            body = {"text": "Someone keeps following me home", "client_message_id": "m-1"}
            refused = await hub.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json=body)
            assert refused.status == 503 and refused.headers["Retry-After"]
            assert (await refused.json())["error"]["code"] == "shared_state_unavailable"
        finally:
            await asyncio.get_running_loop().run_in_executor(None, redis_server.resume)
        taken = await hub.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json=body)
        assert taken.status == 200
        assert [m["text"] for m in (await taken.json())["messages"]] == ["I'm sorry. Are you safe right now?"]
        said = [m.text for m in await hub.transcript(chat) if m.sender == "person"]
        assert said == ["Someone keeps following me home"]


async def test_a_message_whose_lock_another_hub_keeps_too_long_gets_a_503_and_is_taken_when_sent_again(
    redis_url: str, tmp_path: Path,
) -> None:
    """A hub stuck (or dead before its lease ends) while holding a message's lock: the copy sent to this hub
    is told to come back (503 with Retry-After), not given a 500, and nothing of it is taken until then."""
    async with start_inprocess_hub(tmp_path, {"REDIS_URL": redis_url}) as hub:
        hub.standin.when("He is outside my door again", text("Are you safe right now?"))
        chat = await hub.open_chat()
        locks = hub.app[LOCKS]
        assert isinstance(locks, RedisLocks)
        locks.wait_seconds = 0.3
        client = redis.Redis.from_url(redis_url)
        try:
            stuck_hub = RedisLocks(client, lease_seconds=30)
            holding = stuck_hub.hold(f"{chat.conversation_id}:web:m-1")
            await holding.__aenter__()
            body = {"text": "He is outside my door again", "client_message_id": "m-1"}
            refused = await hub.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json=body)
            assert refused.status == 503 and refused.headers["Retry-After"]
            assert (await refused.json())["error"]["code"] == "conversation_busy"
            assert [m for m in await hub.transcript(chat) if m.sender == "person"] == []
            await holding.__aexit__(None, None, None)
        finally:
            await client.close()
        taken = await hub.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json=body)
        assert taken.status == 200
        assert [m["text"] for m in (await taken.json())["messages"]] == ["Are you safe right now?"]
        said = [m.text for m in await hub.transcript(chat) if m.sender == "person"]
        assert said == ["He is outside my door again"]
