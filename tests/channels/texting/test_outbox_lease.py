"""Several hubs emptying one outbox: every message goes out exactly once and each conversation in order,
whichever hub queued it; a dead hub's claims are taken over when its lease ends (bot/storage/outbox.py).

Each "hub" here is what a hub process has: its own Database (engine and connection pool) over the shared
database, and its own Courier with its own claimant name. Run on SQLite and on a real PostgreSQL server,
where the claim reads FOR UPDATE SKIP LOCKED."""
from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Iterator, Optional

import pytest
import sqlalchemy as sa

from bot.identity import Sealer, conversation_id_for
from bot.storage import addresses
from bot.storage import outbox as queue
from bot.storage.database import Database, utcnow
from bot.storage.outbox import NewOutboundMessage, QueuedMessage
from bot.storage.schema import outbox
from channels.texting.delivery import IDLE_POLL_SECONDS, Courier
from channels.texting.settings import TextingSettings
from tests.channels.texting.fake_provider import FakeTransport
from tests.support.postgresql import ThrowawayPostgres

SECRET = "s" * 48
SETTINGS = TextingSettings(retry_base_seconds=0.01, retry_max_seconds=0.02, max_attempts=3)


class SlowProvider(FakeTransport):
    """One provider both hubs send through, as Twilio is: it records every send, and takes a moment over
    each so that the hubs' rounds overlap."""

    async def send(self, address: str, message: QueuedMessage) -> Optional[str]:
        await asyncio.sleep(0.003)
        return await super().send(address, message)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.db'}"
    server: ThrowawayPostgres = request.getfixturevalue("postgres")
    return server.new_database(f"lease_{tmp_path.name.lower().replace('-', '_')}"[:60])


@pytest.fixture
def hubs(database_url: str) -> Iterator[tuple[Database, Database]]:
    first, second = Database(database_url), Database(database_url)
    first.create_schema()
    yield first, second
    first.close()
    second.close()


def _courier(db: Database, provider: SlowProvider, claimant: str) -> Courier:
    return Courier(db, Sealer(SECRET), SECRET, SETTINGS, {"sms": provider}, claimant=claimant)


def _queue_conversations(db: Database, people: int, texts: int) -> dict[str, list[str]]:
    """`people` SMS conversations with `texts` replies each waiting; number -> the texts in order."""
    expected: dict[str, list[str]] = {}
    for person in range(people):
        number = f"+4477009{person:05d}"
        conversation_id = conversation_id_for(SECRET, "sms", number)
        db.transaction(lambda c: addresses.remember(c, conversation_id, "sms", Sealer(SECRET).seal(number)))
        bodies = [f"reply {i} to {person}" for i in range(texts)]
        db.transaction(lambda c: queue.enqueue(
            c, [NewOutboundMessage(f"{conversation_id}:{i}", conversation_id, "sms", body) for i, body in enumerate(bodies)]))
        expected[number] = bodies
    return expected


def _sent_by_number(provider: SlowProvider) -> dict[str, list[str]]:
    by_number: dict[str, list[str]] = {}
    for number, body in provider.sent:
        by_number.setdefault(number, []).append(body)
    return by_number


def _pending(db: Database) -> int:
    return len(db.transaction(queue.pending))


async def test_two_hubs_send_every_message_once_and_each_conversation_in_order(
    hubs: tuple[Database, Database],
) -> None:
    first_db, second_db = hubs
    expected = _queue_conversations(first_db, people=12, texts=5)
    provider = SlowProvider()
    first, second = _courier(first_db, provider, "hub-a:8000"), _courier(second_db, provider, "hub-b:8000")
    for _ in range(20):
        await asyncio.gather(first.deliver_due(), second.deliver_due())
        if not _pending(first_db):
            break
    assert _pending(first_db) == 0
    assert len(provider.sent) == 12 * 5  # none twice
    assert _sent_by_number(provider) == expected  # all, and each conversation in order


async def test_a_dead_hubs_claim_is_taken_over_when_its_lease_ends(hubs: tuple[Database, Database]) -> None:
    db, _ = hubs
    expected = _queue_conversations(db, people=1, texts=2)
    # A hub claimed the first reply and died before sending it.
    assert [m.body for m in db.transaction(lambda c: queue.claim_due(c, "dead-hub:8000"))] == ["reply 0 to 0"]
    provider = SlowProvider()
    survivor = _courier(db, provider, "hub-b:8000")
    assert await survivor.deliver_due() == 0  # the claim still holds: nothing overtakes it
    assert provider.sent == []
    # It sleeps until the lease ends (or its idle poll), rather than polling a message it cannot take.
    wait = await survivor._seconds_until_next_due()
    assert wait > min(IDLE_POLL_SECONDS, queue.LEASE.total_seconds()) - 2
    db.transaction(lambda c: c.execute(outbox.update().values(claimed_until=utcnow() - dt.timedelta(seconds=1))))
    assert await survivor.deliver_due() == 2
    assert _sent_by_number(provider) == expected


async def test_a_restarted_hub_takes_its_own_claims_back_at_once(hubs: tuple[Database, Database]) -> None:
    db, _ = hubs
    expected = _queue_conversations(db, people=1, texts=2)
    db.transaction(lambda c: queue.claim_due(c, "hub-a:8000"))
    provider = SlowProvider()
    restarted = _courier(db, provider, "hub-a:8000")  # the same host and port: the same hub, started again
    assert await restarted.deliver_due() == 2
    assert _sent_by_number(provider) == expected


async def test_settled_and_retried_messages_hold_no_claim(hubs: tuple[Database, Database]) -> None:
    db, _ = hubs
    _queue_conversations(db, people=1, texts=1)
    await _courier(db, SlowProvider(), "hub-a:8000").deliver_due()
    claims = db.transaction(lambda c: c.execute(sa.select(outbox.c.claimed_by, outbox.c.claimed_until)).all())
    assert [tuple(row) for row in claims] == [(None, None)]
