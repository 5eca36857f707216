"""Forgets texting addresses once people have been idle for the retention period, and settled outbox rows."""
from __future__ import annotations

import asyncio
import logging

from bot.storage import addresses
from bot.storage import outbox as queue
from bot.storage.database import Database
from bot.storage.outage import DatabaseUnavailable
from channels.texting.settings import TextingSettings

log = logging.getLogger(__name__)


async def forget_idle_contacts(db: Database, settings: TextingSettings) -> tuple[int, int]:
    """One sweep: (addresses forgotten, outbox rows deleted)."""
    forgotten = await db.run(lambda c: addresses.forget_idle(c, settings.contact_retention))
    deleted = await db.run(lambda c: queue.forget_finished(c, settings.contact_retention))
    if forgotten or deleted:
        log.info("forgot %s idle texting address(es) and %s settled outbox row(s)", forgotten, deleted)
    return forgotten, deleted


async def sweep_forever(db: Database, settings: TextingSettings) -> None:
    while True:
        try:
            await forget_idle_contacts(db, settings)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable:
            pass  # said once by the database (bot/storage/outage.py); the next sweep catches up
        except Exception:
            log.exception("the texting retention sweep failed; it runs again later")
        await asyncio.sleep(settings.cleanup_interval_seconds)
