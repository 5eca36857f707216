"""A person asks for a person in a language nobody on duty speaks: the real stack tells them honestly, in
their language, with the helpline that has interpreters, and a call handler can still take the conversation."""
from __future__ import annotations

import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import conversations
from bot.texts import TextCatalogue
from tests.bot.console.support import ConsoleUser, add_staff, conversation_of_chat
from tests.support.chat import ChatPerson


def test_nobody_on_duty_speaks_polish_so_the_person_is_told_in_polish_and_can_still_be_taken(
    stack: Stack, hub_url: str, console_url: str, database: sa.engine.Engine
) -> None:
    add_staff(stack.settings.database_url, "english-only-handler")
    handler = ConsoleUser(console_url)
    handler.login("english-only-handler")

    person = ChatPerson(hub_url)
    person.start()
    person.say("Dzień dobry, chcę porozmawiać z człowiekiem")
    texts = TextCatalogue.from_domain(stack.settings.domain_path)
    told = texts.render("utter_hub_no_handler_speaks_language", "pl")
    assert told in person.heard, f"not told honestly in Polish; heard: {person.heard}"
    assert told != texts.render("utter_hub_no_handler_speaks_language", "en")
    assert "0800 138 1625" in told and "999" in told  # Stop Hate UK's interpreted line, and the emergency

    conversation_id = conversation_of_chat(stack.settings.database_url, person.session_id or "")
    with database.connect() as connection:
        waiting = connection.execute(
            sa.select(conversations.c.handoff_requested_at, conversations.c.language).where(conversations.c.id == conversation_id)
        ).one()
    assert waiting.handoff_requested_at is not None and waiting.language == "pl"
    queue = handler.get("/").text
    assert conversation_id in queue and "Polish (Polski)" in queue
    assert handler.post(f"/conversations/{conversation_id}/claim").status_code == 200
