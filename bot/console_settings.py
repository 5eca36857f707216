"""The staff console's part of the settings tree (bot/config.py: Settings.console), read once with the rest.
It lives with the settings, not in bot/console/, so that the core's settings import nothing of the console."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.settings_core import EnvReader


def _minutes(read: EnvReader, name: str, default: int) -> dt.timedelta:
    return dt.timedelta(minutes=read.whole_number(name, default, kind="a whole number of minutes", minimum=1))


def _whole_minutes(duration: dt.timedelta) -> str:
    return str(int(duration.total_seconds() // 60))


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
    # The console's address (CONSOLE_BASE_URL, by default PUBLIC_BASE_URL).
    base_url: str = "http://localhost:8000"

    @property
    def secure_cookies(self) -> bool:
        """Cookies are marked Secure (and use the __Host- prefix) when the console is served over https."""
        return self.base_url.lower().startswith("https://")

    @classmethod
    def from_env(cls, read: EnvReader, public_base_url: str) -> "ConsoleSettings":
        return cls(
            session_idle=_minutes(read, "CONSOLE_SESSION_IDLE_MINUTES", 30),
            session_lifetime=_minutes(read, "CONSOLE_SESSION_MAX_MINUTES", 12 * 60),
            on_duty_within=_minutes(read, "CONSOLE_ON_DUTY_MINUTES", 5),
            wait_notice_after=_minutes(read, "HANDOFF_WAIT_NOTICE_MINUTES", 5),
            base_url=read.web_address("CONSOLE_BASE_URL", public_base_url),
        )

    def environment(self) -> dict[str, str]:
        return {
            "CONSOLE_SESSION_IDLE_MINUTES": _whole_minutes(self.session_idle),
            "CONSOLE_SESSION_MAX_MINUTES": _whole_minutes(self.session_lifetime),
            "CONSOLE_ON_DUTY_MINUTES": _whole_minutes(self.on_duty_within),
            "HANDOFF_WAIT_NOTICE_MINUTES": _whole_minutes(self.wait_notice_after),
            "CONSOLE_BASE_URL": self.base_url,
        }
