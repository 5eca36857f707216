"""Two Rasa servers (RASA_SERVERS=2) under the real launcher (`python -m bot.launcher`, what `make run` runs),
on free ports. People completing reports at the same time: each conversation's turns all went to one server,
the one its id's hash names, in order (each turn in Rasa's tracker store names the server that took it). Then
kill -9 of one server mid-report: only its conversations get the holding notice and are answered once it is
back; the other server's carry on as if nothing happened.

The same with stand-ins, in process: tests/bot/test_rasa_shards.py. Two Rasa servers take two minutes of
CPU to load: one launcher for the module."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterator

import pytest
import requests
import sqlalchemy as sa

from bot.identity import token_hash
from bot.launcher import ACTIONS, HUB, RASA
from bot.rasa_client import shard
from bot.rasa_plugins.hub_channel import SERVED_BY_KEY
from bot.storage.schema import chat_sessions
from tests.support.chat import ChatPerson
from tests.support.launcher import Launcher, launched
from tests.test_supervision_stack import (
    ACCOUNT, HOLDING, answered_once_when_back, at_the_account, completes_with_a_reference, told_kept,
)

pytestmark = pytest.mark.stack

SECOND = "rasa-2"
# What each person types on the way to a report, in order (completes_with_a_reference types the last two).
TYPED = [ACCOUNT, "done", "last Saturday afternoon", "Highfields, Leicester"]


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Launcher]:
    with launched(tmp_path_factory.mktemp("shards"), {"RASA_SERVERS": "2"}) as running:
        yield running


@pytest.fixture(scope="module")
def database(two_servers: Launcher) -> Iterator[sa.engine.Engine]:
    engine = sa.create_engine(two_servers.settings.database_url, future=True)
    yield engine
    engine.dispose()


def conversation_of(database: sa.engine.Engine, person: ChatPerson) -> str:
    assert person.session_id
    with database.connect() as connection:
        return str(connection.execute(sa.select(chat_sessions.c.conversation_id).where(
            chat_sessions.c.token_hash == token_hash(person.session_id))).scalar_one())


def server_of(launcher: Launcher, conversation_id: str) -> str:
    return launcher.settings.rasa_server_list[shard(conversation_id, 2)].name


def user_turns(launcher: Launcher, conversation_id: str) -> list[dict[str, Any]]:
    """The user messages of the conversation in Rasa's tracker store (shared by the servers: read through the
    first), in order."""
    settings = launcher.settings
    response = requests.get(f"{settings.rasa_url}/conversations/{conversation_id}/tracker",
                            params={"token": settings.rasa_api_token}, timeout=30)
    response.raise_for_status()
    return [event for event in response.json()["events"] if event["event"] == "user"]


def served_in_order(launcher: Launcher, conversation_id: str) -> None:
    """Every turn of the conversation was taken by the server its id names, and what the person typed was
    taken in the order typed."""
    turns = user_turns(launcher, conversation_id)
    assert {turn["metadata"].get(SERVED_BY_KEY) for turn in turns} == {server_of(launcher, conversation_id)}
    typed = [turn["text"] for turn in turns if turn["text"] in TYPED]
    assert typed == TYPED, typed


def reports_at_the_same_time(launcher: Launcher, database: sa.engine.Engine, people: int) -> list[str]:
    """`people` people report at the same time; their conversation ids."""
    def report(_number: int) -> str:
        person = at_the_account(launcher)
        person.say(ACCOUNT)
        person.say("done")
        completes_with_a_reference(person, database)
        return conversation_of(database, person)

    with ThreadPoolExecutor(people) as pool:
        return list(pool.map(report, range(people)))


def person_on(launcher: Launcher, database: sa.engine.Engine, server: str) -> ChatPerson:
    """A person whose conversation the given server holds, at the account of a report."""
    for _ in range(40):
        person = ChatPerson(launcher.url)
        person.start()
        if server_of(launcher, conversation_of(database, person)) == server:
            return at_the_account(launcher, person)
    raise AssertionError(f"no conversation on {server} in 40 tries")


def test_people_reporting_at_the_same_time_each_stay_on_one_server_in_order(
    two_servers: Launcher, database: sa.engine.Engine
) -> None:
    conversations = reports_at_the_same_time(two_servers, database, 4)
    while {server_of(two_servers, c) for c in conversations} != {RASA, SECOND}:  # chance: the ids are random
        conversations += reports_at_the_same_time(two_servers, database, 1)
    for conversation_id in conversations:
        served_in_order(two_servers, conversation_id)


def test_kill_9_of_one_server_holds_only_its_conversations_and_they_are_answered_once_it_is_back(
    two_servers: Launcher, database: sa.engine.Engine
) -> None:
    first, second = person_on(two_servers, database, RASA), person_on(two_servers, database, SECOND)
    killed = two_servers.kill(SECOND)

    health = two_servers.health()
    assert health.status_code == 503 and health.json()["down"] == [SECOND]
    assert health.json()["checks"] == {"database": True, RASA: True, SECOND: False, "action_server": True}
    told_kept(second, ACCOUNT, then="done")
    # The other server's conversation is answered as usual meanwhile.
    for text in (ACCOUNT, "done"):
        answer = first.say(text)
        assert answer and not any(HOLDING in message["text"].lower() for message in answer), answer

    two_servers.wait_until_healthy()
    assert two_servers.pids(SECOND)[-1] != killed
    assert [len(two_servers.pids(name)) for name in (RASA, ACTIONS, HUB)] == [1, 1, 1]  # nothing else restarted
    answered_once_when_back(two_servers, second, database)
    for person in (first, second):
        completes_with_a_reference(person, database)
        served_in_order(two_servers, conversation_of(database, person))

