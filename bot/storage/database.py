"""One engine per process, with SQLite tuned for several processes writing at once."""
from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.storage.schema_upgrade import upgrade

T = TypeVar("T")


def utcnow() -> dt.datetime:
    """Naive UTC, the one form SQLite and PostgreSQL both give back unchanged."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def create_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True, future=True)
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

    def create_schema(self) -> None:
        create_schema(self.engine)

    def transaction(self, work: Callable[[Connection], T]) -> T:
        with self.engine.begin() as connection:
            return work(connection)

    async def run(self, work: Callable[[Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.transaction, work)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.engine.dispose()
