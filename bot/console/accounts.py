"""Staff accounts: call handlers and supervisors, with Argon2id password hashes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

# MIN_PASSWORD_CHARS is re-exported for the command line; the policy itself is in passwords.py.
from bot.console.passwords import MIN_PASSWORD_CHARS, problem_with  # noqa: F401
from bot.languages.supported import ENGLISH, TRANSLATED, is_supported
from bot.storage.database import utcnow
from bot.storage.schema import staff, staff_sessions

HANDLER, SUPERVISOR = "handler", "supervisor"
ROLES = (HANDLER, SUPERVISOR)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")

# argon2-cffi's defaults are RFC 9106's second recommended profile (Argon2id, 64 MiB, 3 passes).
_hasher = PasswordHasher()
# Verified against when the name is unknown, so that a wrong name costs as long as a wrong password. Written
# here, not hashed at import (0.3 s of CPU at every start of the hub, the console and the CLI); made with
# the hasher's parameters, which a test holds it to, so that it costs what a real hash costs.
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$xXsxnnBHxEO4f6MRVaI5jQ$llEpIFuflYAD29foi4oACjtYOkyq+j2iZso9F9Bwnvk"


class AccountError(ValueError):
    """The account cannot be created as asked; the message says why."""


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    role: str
    # Besides English, which every member of staff works in.
    languages: tuple[str, ...] = ()

    @property
    def is_supervisor(self) -> bool:
        return self.role == SUPERVISOR

    def speaks(self, code: Optional[str]) -> bool:
        return code in (None, ENGLISH) or code in self.languages


def parse_languages(text: str) -> tuple[str, ...]:
    """'pl, gu' -> ('pl', 'gu'); an error naming any code SpeakUp does not speak."""
    codes = tuple(dict.fromkeys(code.strip().lower() for code in text.split(",") if code.strip()))
    unknown = [code for code in codes if not is_supported(code)]
    if unknown:
        raise AccountError(f"unknown language {', '.join(unknown)}: use codes from {', '.join(TRANSLATED)}")
    return tuple(code for code in codes if code != ENGLISH)


def _staff(row: sa.engine.Row) -> Staff:
    return Staff(id=row.id, name=row.name, role=row.role, languages=parse_languages(row.languages or ""))


def check_new_account(name: str, role: str, password: str) -> None:
    if not _NAME.match(name):
        raise AccountError("a name is 2 to 64 letters, digits, dots, dashes or underscores")
    if role not in ROLES:
        raise AccountError(f"the role is one of: {', '.join(ROLES)}")
    check_password(password, name)


def check_password(password: str, name: str) -> None:
    """The one password policy (bot/console/passwords.py), for new accounts and changed passwords alike."""
    problem = problem_with(password, name)
    if problem:
        raise AccountError(problem)


def hash_password(password: str) -> str:
    """Argon2id: slow on purpose, so callers on the event loop run it in an executor."""
    return _hasher.hash(password)


def create_staff(
    connection: Connection, name: str, role: str, password: str, languages: tuple[str, ...] = ()
) -> Staff:
    check_new_account(name, role, password)
    exists = connection.execute(sa.select(staff.c.id).where(staff.c.name == name)).first()
    if exists:
        raise AccountError(f"there is already an account named {name}")
    result = connection.execute(
        staff.insert().values(
            name=name, role=role, password_hash=_hasher.hash(password), created_at=utcnow(), languages=",".join(languages)
        )
    )
    return Staff(id=result.inserted_primary_key[0], name=name, role=role, languages=languages)


def set_languages(connection: Connection, name: str, languages: tuple[str, ...]) -> Optional[Staff]:
    """Records the languages a member of staff can help people in (None when there is no such account)."""
    row = connection.execute(sa.select(staff).where(staff.c.name == name)).first()
    if row is None:
        return None
    connection.execute(staff.update().where(staff.c.id == row.id).values(languages=",".join(languages)))
    return Staff(id=row.id, name=row.name, role=row.role, languages=languages)


@dataclass(frozen=True)
class Candidate:
    """An active account's stored hash, read for a sign-in (verified outside the database's threads)."""
    staff: Staff
    password_hash: str


def candidate(connection: Connection, name: str) -> Optional[Candidate]:
    row = connection.execute(sa.select(staff).where(staff.c.name == name, staff.c.active.is_(True))).first()
    return Candidate(_staff(row), row.password_hash) if row else None


def verify(found: Optional[Candidate], password: str) -> bool:
    """Argon2 verification: deliberately slow, so the caller runs it off the event loop. An unknown name
    costs the same as a wrong password."""
    try:
        _hasher.verify(found.password_hash if found else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return found is not None


def rehash_if_outdated(connection: Connection, found: Candidate, password: str) -> None:
    if _hasher.check_needs_rehash(found.password_hash):
        connection.execute(staff.update().where(staff.c.id == found.staff.id).values(password_hash=_hasher.hash(password)))


def authenticate(connection: Connection, name: str, password: str) -> Optional[Staff]:
    """The account, when the name and password match an active one (for the command line and tests)."""
    found = candidate(connection, name)
    if not verify(found, password) or found is None:
        return None
    rehash_if_outdated(connection, found, password)
    return found.staff


def candidate_by_id(connection: Connection, staff_id: int) -> Optional[Candidate]:
    """An active account's stored hash by id (to check the current password before changing it)."""
    row = connection.execute(sa.select(staff).where(staff.c.id == staff_id, staff.c.active.is_(True))).first()
    return Candidate(_staff(row), row.password_hash) if row else None


def set_password_hash(connection: Connection, staff_id: int, password_hash: str) -> None:
    connection.execute(staff.update().where(staff.c.id == staff_id).values(password_hash=password_hash))


def end_sessions(connection: Connection, staff_id: int, keep_token_hash: Optional[str] = None) -> int:
    """Ends every live session of an account (but `keep_token_hash`'s); how many ended."""
    query = staff_sessions.update().where(staff_sessions.c.staff_id == staff_id, staff_sessions.c.ended_at.is_(None))
    if keep_token_hash:
        query = query.where(staff_sessions.c.token_hash != keep_token_hash)
    return int(connection.execute(query.values(ended_at=utcnow())).rowcount or 0)


def find_staff(connection: Connection, staff_id: int) -> Optional[Staff]:
    row = connection.execute(sa.select(staff).where(staff.c.id == staff_id, staff.c.active.is_(True))).first()
    return _staff(row) if row else None


def set_active(connection: Connection, staff_id: int, active: bool) -> Optional[Staff]:
    """Disables or re-enables an account. Disabling ends its sessions for good, so that enabling it
    again never brings an old session back: its owner signs in afresh."""
    row = connection.execute(sa.select(staff).where(staff.c.id == staff_id)).first()
    if row is None:
        return None
    connection.execute(staff.update().where(staff.c.id == staff_id).values(active=active))
    if not active:
        end_sessions(connection, staff_id)
    return _staff(row)


def by_name(connection: Connection, name: str) -> Optional[Staff]:
    row = connection.execute(sa.select(staff).where(staff.c.name == name)).first()
    return _staff(row) if row else None


def everyone(connection: Connection) -> list[tuple[Staff, bool]]:
    rows = connection.execute(sa.select(staff).order_by(staff.c.name)).all()
    return [(_staff(row), bool(row.active)) for row in rows]


def colleagues(connection: Connection) -> list[Staff]:
    """Everyone a conversation can be transferred to."""
    rows = connection.execute(sa.select(staff).where(staff.c.active.is_(True)).order_by(staff.c.name)).all()
    return [_staff(row) for row in rows]
