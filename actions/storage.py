"""The action server's one connection to SpeakUp's database (reports and additions)."""
from __future__ import annotations

from functools import lru_cache

from actions import settings
from bot.storage.database import Database


def database_url() -> str:
    """DATABASE_URL as the launcher passes it; by default the same SQLite file the hub uses."""
    return settings.current().database_url


@lru_cache(maxsize=1)
def database() -> Database:
    db = Database(database_url())
    db.create_schema()  # idempotent (checkfirst); the hub may have created the tables already
    return db
