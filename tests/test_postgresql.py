"""SpeakUp over PostgreSQL (DATABASE_URL), not only the default SQLite: a whole report and its
transcript, with Rasa's tracker store in the same database."""
from __future__ import annotations

import re
from typing import Iterator

import pytest
import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import messages, reports
from tests.support.chat import ChatPerson
from tests.support.postgresql import ThrowawayPostgres
from tests.support.stack import start_stack


@pytest.fixture(scope="module")
def pg_stack(postgres: ThrowawayPostgres, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    stack = start_stack(tmp_path_factory.mktemp("speakup-pg"), {"DATABASE_URL": postgres.url})
    yield stack
    stack.stop()


def test_a_report_is_stored_in_postgresql_with_the_conversation(pg_stack: Stack, postgres: ThrowawayPostgres) -> None:
    person = ChatPerson(pg_stack.hub_url())
    person.start()
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    person.choose("Disability")
    person.say("Kids on my street mock my wheelchair and kicked it.")
    person.say("done")
    for _ in range(20):
        if "Send it" in person.button_titles():
            break
        if "stay anonymous" in " ".join(person.button_titles()).lower():
            person.choose("Stay anonymous")
        else:
            person.say("skip")
    person.choose("Send it")
    shown = re.search(r"\b(\d{4}) (\d{4}) (\d{4})\b", person.last_text)
    assert shown, person.last_text
    reference = "".join(shown.groups())

    engine = sa.create_engine(postgres.url)
    with engine.connect() as connection:
        report = connection.execute(sa.select(reports).where(reports.c.reference == reference)).mappings().one()
        said = connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == report["conversation_id"])
        ).scalars().all()
        # Rasa's tracker store is the same database: its events table holds the conversation too.
        events = connection.execute(
            sa.text("SELECT count(*) FROM events WHERE sender_id = :id"), {"id": report["conversation_id"]}
        ).scalar()
    engine.dispose()
    assert report["kind"] == "hate" and "wheelchair" in report["answers"]["account"]
    assert any("wheelchair" in text for text in said)
    assert events > 10
