"""With the real assistant: a person who says they are in danger now is given the emergency answer, and
the hub records what fired and when, for the report staff read later."""
from __future__ import annotations

import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import danger_flags
from tests.bot.console.conftest import wait_for
from tests.bot.console.support import conversation_of_chat
from tests.support.chat import ChatPerson


def test_the_emergency_answer_records_the_danger_flag_and_its_category(stack: Stack, hub_url: str, database: sa.engine.Engine) -> None:
    person = ChatPerson(hub_url)
    person.start()
    conversation_id = conversation_of_chat(stack.settings.database_url, person.session_id or "")
    person.say("he is outside my door with a knife right now")

    def flags() -> list[str]:
        with database.connect() as connection:
            return list(connection.execute(
                sa.select(danger_flags.c.flag).where(danger_flags.c.conversation_id == conversation_id)
            ).scalars())

    assert wait_for(flags, timeout=30) == ["weapon"]
