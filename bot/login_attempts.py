"""Slows down password guessing: failed sign-ins are counted per account and per client.

Nothing here is logged or stored in the database: the client key (the connecting address) lives only in
memory for the length of the window, in this process (LocalLoginLimiter, one hub) or in Redis under a
keyed hash, never the address itself (bot/redis_state.py RedisLoginLimiter, several hubs, so that
guesses spread over hubs are counted together); bot/shared_state.py chooses."""
from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Callable, Deque, Protocol

PER_ACCOUNT = 5
PER_CLIENT = 20
WINDOW_SECONDS = 15 * 60


class LoginLimiter(Protocol):
    per_account: int
    per_client: int

    async def begin(self, account: str, client: str) -> float:
        """Counts an attempt up front, as failed, and returns 0; or, when the account or the client has
        reached its limit, counts nothing and returns the seconds to wait. One step, so that many attempts
        sent at once cannot all be checked before any is counted (on every hub)."""

    async def succeeded(self, account: str, client: str) -> None:
        """Forgives the attempt that just succeeded."""


def account_key(account: str) -> str:
    return f"account:{account.lower()}"


def client_key(client: str) -> str:
    return f"client:{client}"


class LocalLoginLimiter:
    MAX_KEYS = 10_000

    def __init__(
        self,
        per_account: int = PER_ACCOUNT,
        per_client: int = PER_CLIENT,
        window_seconds: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_account = per_account
        self.per_client = per_client
        self.window = window_seconds
        self._clock = clock
        self._failures: dict[str, Deque[float]] = defaultdict(deque)

    def _recent(self, key: str) -> Deque[float]:
        failures = self._failures[key]
        cutoff = self._clock() - self.window
        while failures and failures[0] < cutoff:
            failures.popleft()
        if not failures:
            del self._failures[key]
            return deque()
        return failures

    async def begin(self, account: str, client: str) -> float:
        wait = self._retry_after(account, client)
        if wait <= 0:
            self._failed(account, client)
        return wait

    def _retry_after(self, account: str, client: str) -> float:
        waits = []
        for key, limit in ((account_key(account), self.per_account), (client_key(client), self.per_client)):
            failures = self._recent(key)
            if len(failures) >= limit:
                waits.append(failures[0] + self.window - self._clock())
        return max(waits, default=0.0)

    def _failed(self, account: str, client: str) -> None:
        now = self._clock()
        if len(self._failures) > self.MAX_KEYS:
            # Someone is spraying names: drop every expired count so memory stays bounded.
            for key in list(self._failures):
                self._recent(key)
        self._failures[account_key(account)].append(now)
        self._failures[client_key(client)].append(now)

    async def succeeded(self, account: str, client: str) -> None:
        self._failures.pop(account_key(account), None)
        client_failures = self._failures.get(client_key(client))
        if client_failures:
            client_failures.pop()
