"""Rasa's lock store (endpoints.yml, bot/rasa_plugins/lock_store.py): in memory without REDIS_URL, and in
Redis with it, where two Rasa servers (two lock stores over one Redis) take one conversation's turns one
at a time."""
from __future__ import annotations

import asyncio

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore
from rasa.utils.endpoints import read_endpoint_config

from bot.rasa_plugins.lock_store import RedisURLLockStore
from bot.settings_core import PROJECT_ROOT
from tests.support.redis_server import ThrowawayRedis


def lock_store_from_endpoints(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> LockStore:
    """The lock store Rasa builds from the project's endpoints.yml, as `rasa run` builds it."""
    for name, value in {"SPEAKUP_REDIS_URL": redis_url, "SPEAKUP_ACTION_SERVER_URL": "http://127.0.0.1:1/webhook",
                        "SPEAKUP_TRACKER_DATABASE_URL": "sqlite://"}.items():
        monkeypatch.setenv(name, value)
    return LockStore.create(read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "lock_store"))


def test_without_redis_the_lock_store_is_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    assert type(lock_store_from_endpoints(monkeypatch, "")) is InMemoryLockStore


async def test_with_redis_two_rasa_servers_take_a_conversations_turns_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch, redis_server: ThrowawayRedis
) -> None:
    first = lock_store_from_endpoints(monkeypatch, redis_server.url)
    second = lock_store_from_endpoints(monkeypatch, redis_server.url)
    assert isinstance(first, RedisURLLockStore) and isinstance(second, RedisURLLockStore)
    order: list[str] = []

    async def turn(store: LockStore, name: str) -> None:
        async with store.lock("conversation-1", wait_time_in_seconds=0.01):
            order.append(f"{name} in")
            await asyncio.sleep(0.1)
            order.append(f"{name} out")

    await asyncio.gather(turn(first, "one"), turn(second, "two"))
    assert order in (["one in", "one out", "two in", "two out"], ["two in", "two out", "one in", "one out"])
    assert not [key for key in first.red.keys("*") if not key.startswith(b"speakup:rasa:")]
