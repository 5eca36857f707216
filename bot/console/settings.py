"""The console's own settings, read from the same environment as the hub's (Settings.extra)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from bot.config import ConfigError, Settings


def _minutes(env: Mapping[str, str], name: str, default: int) -> dt.timedelta:
    raw = (env.get(name) or "").strip()
    try:
        value = int(raw) if raw else default
    except ValueError as error:
        raise ConfigError(f"{name} must be a whole number of minutes, not {raw!r}") from error
    if value <= 0:
        raise ConfigError(f"{name} must be more than 0")
    return dt.timedelta(minutes=value)


@dataclass(frozen=True)
class ConsoleSettings:
    # A session ends after this long without a request from its page...
    session_idle: dt.timedelta = dt.timedelta(minutes=30)
    # ...and after this long whatever happens: a shift, not a week.
    session_lifetime: dt.timedelta = dt.timedelta(hours=12)
    # A handler whose console has been heard from within this counts as on duty. An open console page
    # keeps its session fresh through its live stream, so this measures "has the console open".
    on_duty_within: dt.timedelta = dt.timedelta(minutes=5)
    # A person waiting longer than this is told once, honestly, and offered helplines.
    wait_notice_after: dt.timedelta = dt.timedelta(minutes=5)
    # Cookies are marked Secure (and use the __Host- prefix) when the console is served over https.
    secure_cookies: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> "ConsoleSettings":
        env = settings.extra
        base_url = (env.get("CONSOLE_BASE_URL") or settings.public_base_url).strip().lower()
        return cls(
            session_idle=_minutes(env, "CONSOLE_SESSION_IDLE_MINUTES", 30),
            session_lifetime=_minutes(env, "CONSOLE_SESSION_MAX_MINUTES", 12 * 60),
            on_duty_within=_minutes(env, "CONSOLE_ON_DUTY_MINUTES", 5),
            wait_notice_after=_minutes(env, "HANDOFF_WAIT_NOTICE_MINUTES", 5),
            secure_cookies=base_url.startswith("https://"),
        )
