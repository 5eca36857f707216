"""Settings the texting channels share, read from the environment (documented in .env.example)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from bot.config import ConfigError


def _positive_number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as error:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from error
    if value <= 0:
        raise ConfigError(f"{name} must be more than 0")
    return value


@dataclass(frozen=True)
class TextingSettings:
    # How long a texting address is kept after the person's last message.
    contact_retention: dt.timedelta = dt.timedelta(hours=24)
    # First retry of a failed send after this long; each next one waits twice as long (capped).
    retry_base_seconds: float = 2.0
    retry_max_seconds: float = 600.0
    max_attempts: int = 10
    # How often idle addresses and settled outbox rows are deleted.
    cleanup_interval_seconds: float = 300.0

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "TextingSettings":
        return cls(
            contact_retention=dt.timedelta(hours=_positive_number(env, "CONTACT_RETENTION_HOURS", 24)),
            retry_base_seconds=_positive_number(env, "OUTBOX_RETRY_BASE_SECONDS", cls.retry_base_seconds),
            retry_max_seconds=_positive_number(env, "OUTBOX_RETRY_MAX_SECONDS", cls.retry_max_seconds),
            max_attempts=int(_positive_number(env, "OUTBOX_MAX_ATTEMPTS", cls.max_attempts)),
            cleanup_interval_seconds=_positive_number(env, "CONTACT_CLEANUP_INTERVAL_SECONDS", cls.cleanup_interval_seconds),
        )

    def retry_delay(self, failed_attempts: int) -> float:
        """Exponential backoff: base, 2x base, 4x base ... up to the cap."""
        return float(min(self.retry_max_seconds, self.retry_base_seconds * (2 ** max(0, failed_attempts - 1))))
