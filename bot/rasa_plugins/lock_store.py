"""Rasa's lock store, chosen by the same setting as the hubs' shared state: in memory without REDIS_URL
(one Rasa server per conversation: the hub sends each conversation's turns to one server), Redis with it,
so that when several machines each run their own Rasa servers (deploy/compose/) one conversation's turns
are still taken one at a time, whichever server takes them.

endpoints.yml: `lock_store: type: bot.rasa_plugins.lock_store.SpeakUpLockStore, url: ${SPEAKUP_REDIS_URL}`
(the launcher sets it, empty without Redis). Rasa's own `type: redis` takes a host, port and password as
separate settings; this reads the one URL the rest of SpeakUp uses."""
from __future__ import annotations

from rasa.core.lock_store import (
    DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX, DEFAULT_SOCKET_TIMEOUT_IN_SECONDS, InMemoryLockStore, LockStore,
    RedisLockStore,
)
from rasa.utils.endpoints import EndpointConfig

# Apart from the hubs' own keys (bot/redis_state.py), which lock other things by the same conversation ids.
KEY_PREFIX = "speakup:rasa:" + DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX


class RedisURLLockStore(RedisLockStore):
    def __init__(self, url: str) -> None:
        import redis

        self.red = redis.StrictRedis.from_url(url, socket_timeout=DEFAULT_SOCKET_TIMEOUT_IN_SECONDS)
        self.key_prefix = KEY_PREFIX
        LockStore.__init__(self)


class SpeakUpLockStore:
    """Not a lock store itself: Rasa calls it with the endpoint's settings and gets the right one."""

    def __new__(cls, endpoint_config: EndpointConfig) -> LockStore:
        url = (endpoint_config.url or "").strip()
        return RedisURLLockStore(url) if url else InMemoryLockStore()
