"""When the database cannot be reached (PostgreSQL restarting, a network cut, every pooled connection busy).

`Database` (bot/storage/database.py) turns such an error into `DatabaseUnavailable`, which the web apps
answer with a 503 and `Retry-After` (bot/http_errors.py) and the background loops sit out with `Backoff`.
The operator reads one WARNING when the database goes away and one INFO when it is back (`OutageLog`),
never a traceback per request: the error's text is not logged at all, since SQLAlchemy's carries the
statement and its parameters, which may be what a person wrote."""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field

import sqlalchemy as sa

log = logging.getLogger("bot.storage")

# What a 503 asks clients to wait before trying again: a PostgreSQL restart takes a few seconds.
RETRY_AFTER_SECONDS = 5
# SQLite's operational errors that mean "not now" (another process holds the file, the disk is gone)
# rather than a mistake in SpeakUp's SQL ("no such table"), which stays a 500 and a traceback.
_SQLITE_UNAVAILABLE = ("database is locked", "unable to open database", "disk i/o error")


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached: the unit of work that met it was rolled back, nothing of it stored."""

    def __init__(self, cause: str) -> None:
        super().__init__(f"the database cannot be reached ({cause})")
        # The driver's error class, never its message: safe to log.
        self.cause = cause


def is_unreachable(error: BaseException) -> bool:
    """True for the errors of a database that is down, restarting, or out of connections; False for a bug."""
    if isinstance(error, sa.exc.TimeoutError):
        return True  # the pool: no connection came free in time
    if not isinstance(error, sa.exc.DBAPIError):
        return False
    if error.connection_invalidated:
        return True  # SQLAlchemy saw the connection drop (the server stopped under it)
    if not isinstance(error, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return False
    if isinstance(error.orig, sqlite3.Error):
        return any(words in str(error.orig).lower() for words in _SQLITE_UNAVAILABLE)
    # psycopg2's OperationalError and InterfaceError: refused, reset, closed, shutting down.
    return True


def cause_of(error: BaseException) -> str:
    """The driver's error class (psycopg2.OperationalError...), for a log line without personal data."""
    original = getattr(error, "orig", None) or error
    return f"{type(original).__module__}.{type(original).__name__}"


class OutageLog:
    """Says once that the database went away, and once that it is back; thread-safe (the database's work
    runs on a thread pool)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._down = False

    @property
    def down(self) -> bool:
        return self._down

    def failed(self, cause: str) -> None:
        with self._lock:
            if self._down:
                return
            self._down = True
        log.warning("the database cannot be reached (%s): answering 503 and retrying until it is back", cause)

    def succeeded(self) -> None:
        if not self._down:  # the usual case, without taking the lock
            return
        with self._lock:
            if not self._down:
                return
            self._down = False
        log.info("the database is back")


@dataclass
class Backoff:
    """How long a background loop waits after meeting an unavailable database: doubling from `first` up to
    `longest`, back to `first` once it works again."""

    first: float = 1.0
    longest: float = 30.0
    _next: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self._next = self.first

    def failed(self) -> float:
        delay = self._next
        self._next = min(self.longest, delay * 2)
        return delay

    def succeeded(self) -> None:
        self._next = self.first
