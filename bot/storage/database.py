"""One engine per process, with SQLite tuned for several processes writing at once, and a database that
goes away (PostgreSQL restarted) reported as `DatabaseUnavailable` (bot/storage/outage.py)."""
from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.storage.outage import DatabaseUnavailable, OutageLog, cause_of, is_unreachable
from bot.storage.schema_upgrade import upgrade

T = TypeVar("T")
# A server that does not answer at all (a host down, not a refused connection) must not hold a request,
# and one of the few database threads, for the driver's default of minutes.
CONNECT_TIMEOUT_SECONDS = 5


def utcnow() -> dt.datetime:
    """Naive UTC, the one form SQLite and PostgreSQL both give back unchanged."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def create_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        # pool_pre_ping: after a server restart every pooled connection is dead; each is tested (and
        # replaced) when taken from the pool, so the first request after the server is back succeeds.
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS} if url.startswith("postgresql") else {}
        return sa.create_engine(url, pool_pre_ping=True, future=True, connect_args=connect_args)
    database = sa.engine.make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        future=True,
        connect_args={"check_same_thread": False, "timeout": 15},
        pool_size=8,
        poolclass=sa.pool.QueuePool,
    )

    sa.event.listen(engine, "connect", tune_sqlite_connection)
    return engine


def tune_sqlite_connection(dbapi_connection: Any, _record: Any = None) -> None:
    """For every SQLite connection of SpeakUp's (its database, and Rasa's tracker store through
    bot/rasa_plugins/tracker_store.py): WAL lets several processes write the same file; with WAL, NORMAL
    sync is safe against a process dying (a commit is not fsynced one by one, only at checkpoints: a power
    cut may lose the last moments, never corrupt the file)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Every table this version needs, created or upgraded (bot/storage/schema_upgrade.py)."""
    upgrade(engine)


class Database:
    """Runs blocking SQLAlchemy work on a small thread pool so the event loop never waits on disk."""

    def __init__(self, url: str, workers: int = 4) -> None:
        self.engine = create_engine(url)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db")
        self.outage = OutageLog()

    def create_schema(self) -> None:
        create_schema(self.engine)

    def transaction(self, work: Callable[[Connection], T]) -> T:
        """Runs `work` in one transaction; raises DatabaseUnavailable (the transaction rolled back) when
        the database cannot be reached, logged once per outage rather than once per request."""
        try:
            with self.engine.begin() as connection:
                result = work(connection)
        except Exception as error:
            if not is_unreachable(error):
                raise
            self.outage.failed(cause_of(error))
            raise DatabaseUnavailable(cause_of(error)) from error
        self.outage.succeeded()
        return result

    def ping(self) -> bool:
        """Whether the database answers now (for /healthz)."""
        try:
            self.transaction(lambda connection: connection.execute(sa.text("SELECT 1")))
        except DatabaseUnavailable:
            return False
        return True

    async def run(self, work: Callable[[Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.transaction, work)

    async def run_ping(self) -> bool:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.ping)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.engine.dispose()
