"""Who holds a conversation: every transition of bot/conversation_status.py on a fresh SQLite database,
the events they return, their publication after commit, and the rule that nothing else writes the status."""
from __future__ import annotations

import ast
import asyncio
import threading
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot import conversation_status as status
from bot.config import PROJECT_ROOT
from bot.conversation_status import Status, StatusChanged, Transition
from bot.conversations import STATUS_COLUMNS, Conversation, get_conversation, open_conversation, update_conversation
from bot.notifier import QUEUE_TOPIC, LocalNotifier, conversation_topic, person_topic
from bot.status_events import StatusPublisher
from bot.storage.database import Database, create_engine, create_schema
from bot.storage.schema import conversations

HANDLER, COLLEAGUE = 7, 8


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'speakup.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()


def started(engine: Engine, conversation_id: str = "c1") -> str:
    with engine.begin() as connection:
        open_conversation(connection, conversation_id, "web")
    return conversation_id


def run(engine: Engine, transition: Callable[[Connection], Optional[StatusChanged]]) -> Optional[StatusChanged]:
    with engine.begin() as connection:
        return transition(connection)


def row(engine: Engine, conversation_id: str = "c1") -> sa.engine.Row:
    with engine.connect() as connection:
        return connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()


def test_a_new_conversation_is_with_the_assistant(engine: Engine) -> None:
    started(engine)
    assert row(engine).status == "assistant"


def test_the_whole_way_round_each_transition_says_what_it_did(engine: Engine) -> None:
    cid = started(engine)
    assert run(engine, lambda c: status.request_person(c, cid)) == StatusChanged(cid, Transition.REQUEST, Status.WAITING)
    waiting = row(engine)
    assert waiting.status == "waiting" and waiting.handoff_requested_at is not None
    assert run(engine, lambda c: status.claim(c, cid, HANDLER)) == StatusChanged(
        cid, Transition.CLAIM, Status.WITH_HANDLER, HANDLER)
    assert (row(engine).status, row(engine).handler_id) == ("handler", HANDLER)
    # The queue's order is kept while a handler holds it (the claim's record reads it).
    assert row(engine).handoff_requested_at == waiting.handoff_requested_at
    assert run(engine, lambda c: status.transfer(c, cid, HANDLER, COLLEAGUE)) == StatusChanged(
        cid, Transition.TRANSFER, Status.WITH_HANDLER, COLLEAGUE, HANDLER)
    assert run(engine, lambda c: status.close(c, cid, COLLEAGUE, "signposted")) == StatusChanged(
        cid, Transition.CLOSE, Status.CLOSED, None, COLLEAGUE)
    closed = row(engine)
    assert (closed.status, closed.outcome, closed.handoff_requested_at) == ("closed", "signposted", None)
    with engine.begin() as connection:
        conversation, reopened = open_conversation(connection, cid, "web")
    assert reopened == StatusChanged(cid, Transition.REOPEN, Status.WITH_ASSISTANT)
    assert conversation.status is Status.WITH_ASSISTANT and conversation.handoff_requested_at is None


def test_a_conversation_created_by_another_hub_since_the_check_is_simply_opened(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two hubs given the same first message at once both find no conversation; the second insert must
    not fail (it was a 500 on the Twilio webhook)."""
    cid = started(engine)
    lookups: list[str] = []

    def not_there_the_first_time(connection: Connection, conversation_id: str) -> Optional[Conversation]:
        lookups.append(conversation_id)
        return None if len(lookups) == 1 else get_conversation(connection, conversation_id)

    monkeypatch.setattr("bot.conversations.get_conversation", not_there_the_first_time)
    with engine.begin() as connection:
        conversation, reopened = open_conversation(connection, cid, "web")
    assert conversation.id == cid and conversation.status is Status.WITH_ASSISTANT and reopened is None


def test_transitions_refuse_the_statuses_they_do_not_start_from(engine: Engine) -> None:
    cid = started(engine)
    # With the assistant: nothing to claim, cancel, transfer, hand back or close.
    for refused in (lambda c: status.claim(c, cid, HANDLER), lambda c: status.cancel_request(c, cid),
                    lambda c: status.transfer(c, cid, HANDLER, COLLEAGUE), lambda c: status.hand_back(c, cid, HANDLER),
                    lambda c: status.close(c, cid, HANDLER, "no_action"), lambda c: status.reopen(c, cid)):
        assert run(engine, refused) is None
        assert row(engine).status == "assistant"
    run(engine, lambda c: status.request_person(c, cid))
    first_asked = row(engine).handoff_requested_at
    # Asking again keeps the person's place in the queue.
    assert run(engine, lambda c: status.request_person(c, cid)) is None
    assert row(engine).handoff_requested_at == first_asked
    run(engine, lambda c: status.claim(c, cid, HANDLER))
    # Only the holder can pass it on, give it back or close it.
    assert run(engine, lambda c: status.transfer(c, cid, COLLEAGUE, HANDLER)) is None
    assert run(engine, lambda c: status.hand_back(c, cid, COLLEAGUE)) is None
    assert run(engine, lambda c: status.close(c, cid, COLLEAGUE, "no_action")) is None
    assert run(engine, lambda c: status.request_person(c, cid)) is None
    assert (row(engine).status, row(engine).handler_id) == ("handler", HANDLER)


def test_handing_back_and_releasing_return_it_to_the_assistant_with_nothing_left_over(engine: Engine) -> None:
    for released, transition in ((False, Transition.HAND_BACK), (True, Transition.RELEASE)):
        cid = started(engine, f"c-{transition.value}")
        run(engine, lambda c: status.request_person(c, cid))
        run(engine, lambda c: status.claim(c, cid, HANDLER))
        event = run(engine, lambda c: status.hand_back(c, cid, HANDLER, released=released))
        assert event == StatusChanged(cid, transition, Status.WITH_ASSISTANT, None, HANDLER)
        back = row(engine, cid)
        assert (back.status, back.handler_id, back.handoff_requested_at, back.wait_notice_sent_at) == (
            "assistant", None, None, None)


def test_the_person_ending_the_chat_closes_it_from_anywhere_once(engine: Engine) -> None:
    for before in ("assistant", "waiting", "handler"):
        cid = started(engine, f"c-{before}")
        if before != "assistant":
            run(engine, lambda c: status.request_person(c, cid))
        if before == "handler":
            run(engine, lambda c: status.claim(c, cid, HANDLER))
        event = run(engine, lambda c: status.end(c, cid))
        assert event is not None and event.ends_chat and row(engine, cid).status == "closed"
        assert row(engine, cid).handoff_requested_at is None
        assert run(engine, lambda c: status.end(c, cid)) is None


def test_when_many_handlers_claim_at_once_exactly_one_wins(engine: Engine) -> None:
    cid = started(engine)
    run(engine, lambda c: status.request_person(c, cid))
    barrier = threading.Barrier(6)
    results: list[Optional[StatusChanged]] = []

    def claim(handler_id: int) -> None:
        barrier.wait()
        results.append(run(engine, lambda c: status.claim(c, cid, handler_id)))

    threads = [threading.Thread(target=claim, args=(handler_id,)) for handler_id in range(1, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [event for event in results if event is not None]
    assert len(winners) == 1 and row(engine).handler_id == winners[0].handler_id


def test_a_long_wait_is_marked_told_once_and_only_while_waiting(engine: Engine) -> None:
    import datetime as dt

    from bot.storage.database import utcnow

    waiting, claimed = started(engine, "waits"), started(engine, "claimed")
    for cid in (waiting, claimed):
        run(engine, lambda c: status.request_person(c, cid))
    run(engine, lambda c: status.claim(c, claimed, HANDLER))
    later = utcnow() + dt.timedelta(minutes=1)
    with engine.begin() as connection:
        assert status.mark_told_still_waiting(connection, later) == [waiting]
        assert status.mark_told_still_waiting(connection, later) == []


def test_events_are_published_only_after_the_transaction_commits(engine: Engine, tmp_path: Path) -> None:
    """Whoever is woken re-reads the database: woken before the commit, they would see the old status."""
    database = Database(f"sqlite:///{tmp_path / 'speakup.db'}")
    cid = started(engine)
    notifier = LocalNotifier()
    publisher = StatusPublisher(notifier)
    seen: dict[str, str] = {}

    async def scenario() -> None:
        async def watch(topic: str) -> None:
            if await notifier.wait(topic, timeout=5):
                seen[topic] = row(engine).status  # what a woken stream reads

        watchers = [asyncio.create_task(watch(topic)) for topic in (QUEUE_TOPIC, conversation_topic(cid), person_topic(cid))]
        await asyncio.sleep(0.05)
        event = await publisher.changed(database, lambda c: status.request_person(c, cid))
        assert event is not None
        await asyncio.wait(watchers, timeout=0.5)
        for watcher in watchers:
            watcher.cancel()

    asyncio.run(scenario())
    database.close()
    # The queue and the conversation's page were woken and read the new status; the person's stream was
    # not (only the end of the chat concerns it).
    assert seen == {QUEUE_TOPIC: "waiting", conversation_topic(cid): "waiting"}


def test_nothing_that_changed_publishes_nothing() -> None:
    class Recording(LocalNotifier):
        def __init__(self) -> None:
            super().__init__()
            self.woken: list[str] = []

        def notify(self, topic: str) -> None:
            self.woken.append(topic)

    notifier = Recording()
    StatusPublisher(notifier).publish([None, None])
    assert notifier.woken == []
    StatusPublisher(notifier).publish([None, StatusChanged("c1", Transition.END, Status.CLOSED)])
    assert sorted(notifier.woken) == sorted([conversation_topic("c1"), person_topic("c1"), QUEUE_TOPIC])


def test_update_conversation_refuses_the_status_columns(engine: Engine) -> None:
    cid = started(engine)
    for column in sorted(STATUS_COLUMNS):
        with engine.begin() as connection, pytest.raises(ValueError, match="conversation_status"):
            update_conversation(connection, cid, **{column: None})
    with engine.begin() as connection:
        update_conversation(connection, cid, incident_kind="stalking")
        assert get_conversation(connection, cid) is not None


OWNER = Path("bot/conversation_status.py")


def _table_of(chain: ast.expr) -> Optional[str]:
    """The name a chain such as `conversations.update().where(...).values` starts from."""
    while isinstance(chain, (ast.Attribute, ast.Call)):
        chain = chain.value if isinstance(chain, ast.Attribute) else chain.func
    return chain.id if isinstance(chain, ast.Name) else None


def _writes_status(tree: ast.AST) -> list[int]:
    """Lines of `conversations.update()...values(...)` / `.insert().values(...)` naming a status column."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "values":
            named = any(keyword.arg in STATUS_COLUMNS for keyword in node.keywords)
            if named and _table_of(node.func) == "conversations":
                found.append(node.lineno)
    return found


def test_the_rule_finds_a_status_written_by_hand() -> None:
    written = ast.parse("conversations.update().where(conversations.c.id == x).values(status='closed')")
    other_table = ast.parse("reports.insert().values(status='submitted')")
    assert _writes_status(written) == [1] and _writes_status(other_table) == []


def test_only_the_status_module_writes_who_holds_a_conversation() -> None:
    offenders = []
    for package in ("bot", "channels", "actions"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT)
            if relative == OWNER:
                continue
            lines = _writes_status(ast.parse(path.read_text(encoding="utf-8")))
            offenders += [f"{relative}:{line}" for line in lines]
    assert offenders == [], f"status columns written outside {OWNER}: {offenders}"
