"""The action server's one connection to SpeakUp's database (reports and additions)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from bot.config import DEFAULT_VAR_DIR
from bot.storage.database import Database


def database_url() -> str:
    """DATABASE_URL as the launcher passes it; by default the same SQLite file the hub uses."""
    var_dir = Path(os.environ.get("SPEAKUP_VAR_DIR") or DEFAULT_VAR_DIR)
    return os.environ.get("DATABASE_URL", "").strip() or f"sqlite:///{var_dir / 'speakup.db'}"


@lru_cache(maxsize=1)
def database() -> Database:
    db = Database(database_url())
    db.create_schema()  # idempotent (checkfirst); the hub may have created the tables already
    return db
