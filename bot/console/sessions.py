"""Server-side staff sessions: the cookie holds a random token, the table only its hash, with an idle
expiry (measured from the last request) and an absolute one."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.console.accounts import Staff, parse_languages
from bot.identity import token_hash
from bot.storage.database import utcnow
from bot.storage.schema import staff, staff_sessions

# Writing last_seen_at on every request would make each click a database write; once a minute is
# precise enough for an idle timeout of many minutes.
TOUCH_EVERY = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class StaffSession:
    token_hash: str
    staff: Staff
    last_seen_at: dt.datetime


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token_for(session_token: str, key: str) -> str:
    """The session's CSRF token: derived, so it needs no storage, and useless without the session."""
    return hmac.new(key.encode(), session_token.encode(), hashlib.sha256).hexdigest()


def start_session(connection: Connection, staff_id: int, token: str, lifetime: dt.timedelta) -> None:
    now = utcnow()
    connection.execute(
        staff_sessions.insert().values(
            token_hash=token_hash(token), staff_id=staff_id, created_at=now, last_seen_at=now, expires_at=now + lifetime
        )
    )


def find_session(connection: Connection, token: str, idle: dt.timedelta) -> Optional[StaffSession]:
    """The live session for this token; None when unknown, ended, idle too long or past its lifetime."""
    now = utcnow()
    row = connection.execute(
        sa.select(staff_sessions, staff.c.name, staff.c.role, staff.c.languages)
        .join(staff, staff.c.id == staff_sessions.c.staff_id)
        .where(
            staff_sessions.c.token_hash == token_hash(token),
            staff_sessions.c.ended_at.is_(None),
            staff_sessions.c.expires_at > now,
            staff_sessions.c.last_seen_at > now - idle,
            staff.c.active.is_(True),
        )
    ).first()
    if row is None:
        return None
    member = Staff(id=row.staff_id, name=row.name, role=row.role, languages=parse_languages(row.languages or ""))
    return StaffSession(row.token_hash, member, row.last_seen_at)


def touch(connection: Connection, hashed: str) -> None:
    connection.execute(
        staff_sessions.update().where(staff_sessions.c.token_hash == hashed).values(last_seen_at=utcnow())
    )


def needs_touch(session: StaffSession) -> bool:
    return utcnow() - session.last_seen_at >= TOUCH_EVERY


def end_session(connection: Connection, token: str) -> None:
    connection.execute(
        staff_sessions.update()
        .where(staff_sessions.c.token_hash == token_hash(token), staff_sessions.c.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
