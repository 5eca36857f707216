"""INSERT ... ON CONFLICT DO NOTHING on both databases we support (SQLite and PostgreSQL).

Savepoints are unreliable with Python's sqlite3 driver, so a racing duplicate insert is ignored by the
database itself instead of being caught and rolled back."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


def insert_or_ignore(connection: Connection, table: sa.Table) -> Any:
    """An insert into `table` that does nothing when it would break a unique constraint."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if connection.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"no insert-or-ignore for {connection.dialect.name}")
