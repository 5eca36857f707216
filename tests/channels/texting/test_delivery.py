"""The outbox and its courier: order per conversation, retries with backoff, STOP, forgotten addresses."""
from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from bot.identity import Sealer, conversation_id_for
from bot.storage import addresses
from bot.storage import outbox as queue
from bot.storage.database import Database
from bot.storage.outbox import NewOutboundMessage
from bot.storage.schema import channel_addresses, outbox
from bot.storage.upsert import insert_or_ignore
from channels.texting.delivery import Courier, SendFailure
from channels.texting.retention import forget_idle_contacts
from channels.texting.settings import TextingSettings
from tests.channels.texting.fake_provider import FakeTransport

SECRET = "s" * 48
NUMBER = "+447700900123"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'outbox.db'}")
    database.create_schema()
    yield database
    database.close()


@pytest.fixture
def transport() -> FakeTransport:
    return FakeTransport()


@pytest.fixture
def courier(db: Database, transport: FakeTransport) -> Courier:
    settings = TextingSettings(retry_base_seconds=0.01, retry_max_seconds=0.02, max_attempts=3)
    return Courier(db, Sealer(SECRET), SECRET, settings, {"sms": transport})


def conversation(db: Database, number: str = NUMBER) -> str:
    conversation_id = conversation_id_for(SECRET, "sms", number)
    sealed = Sealer(SECRET).seal(number)
    db.transaction(lambda c: addresses.remember(c, conversation_id, "sms", sealed))
    return conversation_id


def queue_texts(db: Database, conversation_id: str, *texts: str, prefix: str = "k") -> None:
    db.transaction(
        lambda c: queue.enqueue(
            c, [NewOutboundMessage(f"{prefix}{conversation_id}:{i}", conversation_id, "sms", t) for i, t in enumerate(texts)]
        )
    )


def stored_address(db: Database, conversation_id: str) -> addresses.SealedAddress:
    """The address stored for the conversation; the test fails here when it has none."""
    found = db.transaction(lambda c: addresses.find(c, conversation_id))
    assert found is not None, conversation_id
    return found


def statuses(db: Database, conversation_id: str) -> list[str]:
    return [row["status"] for row in db.transaction(lambda c: queue.statuses(c, conversation_id))]


async def test_messages_go_out_in_order_to_the_unsealed_address(db: Database, courier: Courier, transport: FakeTransport) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "one", "two", "three")
    assert await courier.deliver_due() == 3
    assert transport.sent == [(NUMBER, "one"), (NUMBER, "two"), (NUMBER, "three")]
    assert statuses(db, conversation_id) == ["sent"] * 3


async def test_queueing_the_same_message_twice_queues_it_once(db: Database, courier: Courier, transport: FakeTransport) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "one")
    queue_texts(db, conversation_id, "one")
    await courier.deliver_due()
    assert transport.sent == [(NUMBER, "one")]


async def test_a_failed_send_is_retried_and_holds_back_what_comes_after_it(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "question", "menu")
    transport.failures = [SendFailure("twilio 503 error 20500", temporary=True)]
    assert await courier.deliver_due() == 0
    assert transport.sent == []  # "menu" did not overtake "question"
    row = db.transaction(lambda c: queue.statuses(c, conversation_id))[0]
    assert row["attempts"] == 1 and row["last_error"] == "twilio 503 error 20500"
    await _until_settled(courier, db, conversation_id)
    assert transport.sent == [(NUMBER, "question"), (NUMBER, "menu")]


async def test_retries_are_bounded(db: Database, courier: Courier, transport: FakeTransport) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "never", "after")
    transport.failures = [SendFailure("twilio 500 error -", temporary=True)] * 3
    await _until_settled(courier, db, conversation_id)
    assert statuses(db, conversation_id) == ["failed", "sent"]
    assert transport.sent == [(NUMBER, "after")]


async def test_a_permanent_failure_is_not_retried_and_an_opt_out_stops_the_address(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "one", "two")
    transport.failures = [SendFailure("twilio 400 error 21610", temporary=False, opted_out=True)]
    await courier.deliver_due()
    assert statuses(db, conversation_id) == ["failed", "suppressed"]
    assert stored_address(db, conversation_id).stopped


async def test_nothing_goes_to_a_stopped_address_except_what_ignores_stop(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    db.transaction(lambda c: addresses.set_stopped(c, conversation_id, True))
    db.transaction(
        lambda c: queue.enqueue(
            c,
            [
                NewOutboundMessage("a", conversation_id, "sms", "a handler's reply"),
                NewOutboundMessage("b", conversation_id, "sms", "You won't get any more messages", ignores_stop=True),
            ],
        )
    )
    await courier.deliver_due()
    assert transport.sent == [(NUMBER, "You won't get any more messages")]
    assert statuses(db, conversation_id) == ["suppressed", "sent"]


async def test_a_forgotten_address_makes_its_messages_undeliverable(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "too late")
    db.transaction(lambda c: c.execute(channel_addresses.delete()))
    await courier.deliver_due()
    assert statuses(db, conversation_id) == ["undeliverable"]
    assert transport.sent == []


async def test_an_address_sealed_for_another_conversation_is_never_used(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    other = Sealer(SECRET).seal("+447700900999")
    db.transaction(
        lambda c: c.execute(
            channel_addresses.update().where(channel_addresses.c.conversation_id == conversation_id).values(sealed_address=other)
        )
    )
    queue_texts(db, conversation_id, "for the first person only")
    await courier.deliver_due()
    assert transport.sent == []
    assert statuses(db, conversation_id) == ["failed"]


async def test_idle_addresses_and_settled_rows_are_forgotten_after_the_retention_period(
    db: Database, courier: Courier
) -> None:
    idle, active = conversation(db, "+447700900001"), conversation(db, "+447700900002")
    queue_texts(db, idle, "sent long ago")
    await courier.deliver_due()
    long_ago = dt.datetime.utcnow() - dt.timedelta(hours=25)
    db.transaction(
        lambda c: c.execute(
            channel_addresses.update().where(channel_addresses.c.conversation_id == idle).values(last_seen_at=long_ago)
        )
    )
    db.transaction(lambda c: c.execute(outbox.update().values(created_at=long_ago)))
    assert await forget_idle_contacts(db, TextingSettings(contact_retention=dt.timedelta(hours=24))) == (1, 1)
    remaining = db.transaction(lambda c: c.execute(sa.select(channel_addresses.c.conversation_id)).scalars().all())
    assert remaining == [active]


def test_the_sealed_address_is_not_the_number_in_any_form(db: Database) -> None:
    conversation_id = conversation(db)
    sealed = stored_address(db, conversation_id).sealed_address
    for form in (NUMBER, NUMBER[1:], "07700900123", "7700900123"):
        assert form not in sealed and form not in conversation_id


async def _until_settled(courier: Courier, db: Database, conversation_id: str) -> None:
    for _ in range(200):
        await courier.deliver_due()
        if "pending" not in statuses(db, conversation_id):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the outbox did not settle")


async def test_a_message_queued_during_a_round_is_sent_without_waiting_for_the_idle_poll(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    running = asyncio.create_task(courier.run_forever())
    try:
        await asyncio.sleep(0.05)
        queue_texts(db, conversation_id, "now")
        courier.wake()
        for _ in range(100):
            if transport.sent:
                break
            await asyncio.sleep(0.01)
        assert transport.sent == [(NUMBER, "now")]
    finally:
        running.cancel()


def test_racing_duplicates_are_ignored_by_postgresql_too() -> None:
    class PostgresConnection:
        dialect = postgresql.dialect()

    statement = insert_or_ignore(PostgresConnection(), outbox).values(dedup_key="k")
    assert "ON CONFLICT DO NOTHING" in str(statement.compile(dialect=postgresql.dialect()))


async def test_settled_rows_keep_no_copy_of_what_was_said(db: Database, courier: Courier, transport: FakeTransport) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "Here is what you told me: ...", "Is this right?")
    transport.failures = [SendFailure("twilio 400 error 21211", temporary=False)]
    await courier.deliver_due()
    rows = db.transaction(lambda c: queue.statuses(c, conversation_id))
    assert [row["status"] for row in rows] == ["failed", "sent"]
    assert [row["body"] for row in rows] == ["", ""]


async def test_a_text_the_provider_took_without_answering_is_not_sent_again(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "question", "menu")
    transport.cut_short = 1
    assert await courier.deliver_due() == 0
    row = db.transaction(lambda c: queue.statuses(c, conversation_id))[0]
    assert row["status"] == "pending" and row["sending_since"] is not None  # the try is written down
    await _until_settled(courier, db, conversation_id)
    assert transport.sent == [(NUMBER, "question"), (NUMBER, "menu")]  # asked, not sent again
    rows = db.transaction(lambda c: queue.statuses(c, conversation_id))
    assert [(row["status"], row["provider_id"], row["sending_since"]) for row in rows] == [
        ("sent", "SM1", None), ("sent", "SM2", None)]


async def test_a_hub_killed_while_the_provider_took_a_text_does_not_send_it_again_when_restarted(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "question", "menu")
    transport.cut_short, transport.hang = 1, True
    killed = asyncio.ensure_future(courier.deliver_due())
    while not transport.sent:
        await asyncio.sleep(0.01)
    killed.cancel()  # what SIGKILL leaves: the provider has it, the outbox does not know
    restarted = Courier(db, courier.sealer, SECRET, courier.settings, {"sms": transport}, claimant=courier.claimant)
    await _until_settled(restarted, db, conversation_id)
    assert transport.sent == [(NUMBER, "question"), (NUMBER, "menu")]
    assert transport.lookups == 1
    assert [row["provider_id"] for row in db.transaction(lambda c: queue.statuses(c, conversation_id))] == ["SM1", "SM2"]


@pytest.mark.parametrize("failure, asked", [
    # Cut short before the provider took it: asked, found nothing, sent once.
    (SendFailure("twilio unreachable: ServerDisconnectedError", temporary=True, outcome_unknown=True), 1),
    # An error the provider answered: it did not take it, so it is not asked.
    (SendFailure("twilio 503 error 20500", temporary=True), 0),
])
async def test_a_try_that_did_not_reach_the_provider_is_sent_once(
    db: Database, courier: Courier, transport: FakeTransport, failure: SendFailure, asked: int
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "question")
    transport.failures = [failure]
    await _until_settled(courier, db, conversation_id)
    assert transport.sent == [(NUMBER, "question")] and transport.lookups == asked


async def test_the_same_words_sent_before_are_not_taken_for_a_try_cut_short(
    db: Database, courier: Courier, transport: FakeTransport
) -> None:
    conversation_id = conversation(db)
    queue_texts(db, conversation_id, "Reply 1 or 2.")
    await courier.deliver_due()
    queue_texts(db, conversation_id, "Reply 1 or 2.", prefix="again")
    transport.failures = [SendFailure("twilio unreachable: TimeoutError", temporary=True, outcome_unknown=True)]
    await _until_settled(courier, db, conversation_id)
    # The provider's only "Reply 1 or 2." was the first message's: the second is sent, not taken for it.
    assert transport.sent == [(NUMBER, "Reply 1 or 2.")] * 2
    assert [row["provider_id"] for row in db.transaction(lambda c: queue.statuses(c, conversation_id))] == ["SM1", "SM2"]

