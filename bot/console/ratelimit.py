"""Slows down password guessing: failed sign-ins are counted per account and per client, in memory.

Nothing here is logged or stored: the client key (the connecting address) lives only in this process's
memory, for the length of the window, so that no IP address reaches the logs or the database."""
from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Callable, Deque


class LoginLimiter:
    MAX_KEYS = 10_000

    def __init__(
        self,
        per_account: int = 5,
        per_client: int = 20,
        window_seconds: float = 15 * 60,
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

    def retry_after(self, account: str, client: str) -> float:
        """Seconds until another attempt is allowed; 0 when it is allowed now."""
        waits = []
        for key, limit in ((f"account:{account.lower()}", self.per_account), (f"client:{client}", self.per_client)):
            failures = self._recent(key)
            if len(failures) >= limit:
                waits.append(failures[0] + self.window - self._clock())
        return max(waits, default=0.0)

    def failed(self, account: str, client: str) -> None:
        now = self._clock()
        if len(self._failures) > self.MAX_KEYS:
            # Someone is spraying names: drop every expired count so memory stays bounded.
            for key in list(self._failures):
                self._recent(key)
        self._failures[f"account:{account.lower()}"].append(now)
        self._failures[f"client:{client}"].append(now)

    def succeeded(self, account: str, client: str) -> None:
        """Forgives the attempt that just succeeded (counted up front by `failed`)."""
        self._failures.pop(f"account:{account.lower()}", None)
        client_failures = self._failures.get(f"client:{client}")
        if client_failures:
            client_failures.pop()
