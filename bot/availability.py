"""Whether a person can come to the chat now, and in which languages: one policy for the whole service.

Two things decide it: the staffed hours (STAFFED_HOURS, when the force staffs the console) and who is on
duty (a call handler or supervisor whose console has been heard from lately). The hub reads the policy once
per turn and gives the answer to the assistant with the message (bot/assistant_contract.py STAFF_KEY), so
the actions never keep a clock of their own; the router reads the languages for its honest notice."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.assistant_contract import NOBODY_ON_DUTY, OUTSIDE_STAFFED_HOURS, STAFF_AVAILABLE
from bot.languages.supported import ENGLISH, is_supported
from bot.staffed_hours import StaffedHours
from bot.storage.database import Database, utcnow
from bot.storage.schema import staff, staff_sessions


@dataclass(frozen=True)
class Availability:
    within_hours: bool
    # The languages spoken by those on duty (English always among them); empty when nobody is.
    languages: frozenset[str]

    @property
    def someone_can_come(self) -> bool:
        return self.within_hours and bool(self.languages)

    def speaks(self, language: str) -> bool:
        return language in self.languages

    @property
    def for_assistant(self) -> str:
        """What the assistant is told (a value of the contract's STAFF_KEY)."""
        if not self.within_hours:
            return OUTSIDE_STAFFED_HOURS
        return STAFF_AVAILABLE if self.languages else NOBODY_ON_DUTY


# Asked on every turn: built once, with bound parameters (as bot/conversations.py's turn statements).
_LANGUAGES_ON_DUTY = (
    sa.select(staff.c.languages)
    .join(staff_sessions, staff.c.id == staff_sessions.c.staff_id)
    .where(
        staff_sessions.c.ended_at.is_(None),
        staff_sessions.c.expires_at > sa.bindparam("now"),
        staff_sessions.c.last_seen_at > sa.bindparam("seen_since"),
        staff.c.active.is_(True),
    )
    .distinct()
)


def languages_on_duty(connection: Connection, within: dt.timedelta) -> frozenset[str]:
    """The languages spoken by staff with a live console session heard from within `within` (English
    always among them); empty when nobody is on duty."""
    now = utcnow()
    rows = connection.execute(_LANGUAGES_ON_DUTY, {"now": now, "seen_since": now - within}).all()
    if not rows:
        return frozenset()
    # Stored as "pl, gu" and checked when set (bot/console/accounts.py parse_languages).
    spoken = {code.strip() for row in rows for code in (row.languages or "").split(",")}
    return frozenset({ENGLISH, *(code for code in spoken if is_supported(code))})


class AvailabilityPolicy:
    def __init__(self, db: Database, hours: StaffedHours, on_duty_within: dt.timedelta) -> None:
        self.db = db
        self.hours = hours
        self.on_duty_within = on_duty_within

    async def now(self, when: Optional[dt.datetime] = None) -> Availability:
        if not self.hours.is_open(when):
            # Outside the staffed hours nobody is expected, whoever has a console open.
            return Availability(False, frozenset())
        return Availability(True, await self.db.run(lambda c: languages_on_duty(c, self.on_duty_within)))
