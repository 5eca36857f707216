"""Fixtures shared by every test: the whole SpeakUp stack, running for real."""
from __future__ import annotations

from typing import Iterator

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from tests.support.chat import ChatPerson
from tests.support.passwords import cheap_password_hashing
from tests.support.postgresql import ThrowawayPostgres, running_postgres
from tests.support.redis_server import ThrowawayRedis, redis_server_bin
from tests.support.stack import start_stack
from tests.support.standins import StandIns, start_standins
from tests.support.throwaway import installed


@pytest.fixture(scope="session", autouse=True)
def cheap_passwords() -> Iterator[None]:
    """Argon2id at a test's cost in this process (tests/support/passwords.py says why)."""
    yield from cheap_password_hashing()


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    """A throwaway PostgreSQL server (its own cluster, a Unix socket only), shared by the tests that need one:
    each takes its own database on it (ThrowawayPostgres.new_database) or the `speakup` one."""
    yield from running_postgres()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[ThrowawayRedis]:
    """A throwaway Redis server on a free loopback port, shared by the tests that need one (each uses its
    own key prefix or flushes what it wrote)."""
    server = ThrowawayRedis.start(installed(redis_server_bin(), "Redis"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def standins() -> Iterator[StandIns]:
    """Local stand-ins for Twilio's and Telegram's APIs, running before the stack so it can use them."""
    running = start_standins()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, standins: StandIns) -> Iterator[Stack]:
    """Rasa, the action server and the hub on free ports, over a fresh SQLite database."""
    settings = {
        **standins.environment(),
        # Failed sends are retried within seconds (not 2 s doubling up to 10 minutes), so that tests see
        # a provider's recovery soon.
        "OUTBOX_RETRY_BASE_SECONDS": "0.5",
        "OUTBOX_RETRY_MAX_SECONDS": "2",
    }
    running = start_stack(tmp_path_factory.mktemp("speakup"), settings)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def hub_url(stack: Stack) -> str:
    return stack.hub_url()


@pytest.fixture
def person(hub_url: str) -> ChatPerson:
    """Someone who has just opened the web chat."""
    chat = ChatPerson(hub_url)
    chat.start()
    return chat


@pytest.fixture(scope="session")
def database(stack: Stack) -> Iterator[sa.engine.Engine]:
    """Read access to what the hub and the action server stored."""
    engine = sa.create_engine(stack.settings.database_url, future=True)
    yield engine
    engine.dispose()


# Fixtures that start the whole stack, or may (the web chat's reach for it unless pointed at a running hub).
STACK_FIXTURES = frozenset({"stack", "webchat_url", "webchat_db", "pg_stack", "several_hubs"})


def pytest_configure(config: pytest.Config) -> None:
    # Registered here, not in pyproject.toml's list, so that adding it does not make `make` reinstall the
    # virtual environment (pyproject.toml is one of its inputs).
    config.addinivalue_line(
        "markers", "slow: a check that takes seconds of CPU or of deliberate waiting (all the data, real processes and their timeouts); `make test` runs it, `make test-fast` not"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks every test that needs the whole stack (Rasa included), so that `make test-fast` can leave
    them out: the fixture closure says it, not a list kept by hand."""
    for item in items:
        if STACK_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.stack)
