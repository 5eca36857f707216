"""What a person typed that was kept safely, in the console (in-process hub and console, no assistant):
the transcript shows placeholders; the handler holding the conversation and a supervisor can open the
originals, each opening audited without the values; another handler is refused, and so is a request
without the CSRF token."""
from __future__ import annotations

import secrets

import sqlalchemy as sa

from bot.conversation_status import request_person
from bot.storage.reports import NewReport, save_report
from bot.storage.schema import audit_log, messages, sealed_identities
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import ConsoleUser, add_staff, conversation_of_chat
from tests.support.chat import ChatPerson

NUMBER, EMAIL, POSTCODE = "07700 900456", "jo.bloggs@example.com", "LE1 5WW"
PLACEHOLDER = "[phone number kept safely]"
NOTICE_START = "I've kept the phone number, email address or postcode you typed locked away"


def signed_in(console_only: ConsoleOnly, role: str = "handler") -> ConsoleUser:
    name = f"kept-{role}-{secrets.token_hex(3)}"
    add_staff(console_only.settings.database_url, name, role)
    user = ConsoleUser(console_only.url)
    assert user.login(name).status_code == 200
    return user


def held_chat(console_only: ConsoleOnly, engine: sa.engine.Engine, handler: ConsoleUser) -> tuple[ChatPerson, str]:
    """A person in the web chat whose conversation the handler has taken."""
    person = ChatPerson(console_only.hub_url)
    person.start()
    assert person.session_id
    conversation_id = conversation_of_chat(console_only.settings.database_url, person.session_id)
    with engine.begin() as connection:
        request_person(connection, conversation_id)
    claimed = handler.post(f"/conversations/{conversation_id}/claim", allow_redirects=False)
    assert claimed.status_code == 303, claimed.status_code
    return person, conversation_id


def audit_details(engine: sa.engine.Engine, subject_id: str, action: str) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(
            sa.select(audit_log.c.detail).where(audit_log.c.subject_id == subject_id, audit_log.c.action == action)
        ).scalars())


def test_the_holder_and_a_supervisor_can_open_what_was_kept_and_each_opening_is_audited(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    holder, other, supervisor = signed_in(console_only), signed_in(console_only), signed_in(console_only, "supervisor")
    person, conversation_id = held_chat(console_only, console_db, holder)

    answer = person.say(f"He rings me from {NUMBER}, emails {EMAIL} and waits outside {POSTCODE}")
    assert NOTICE_START in person.last_text, answer  # told once, at once, while a person holds it
    person.say("and again from +44 7700 900456")
    assert NOTICE_START not in person.last_text
    said = [m["text"] for m in person.transcript() if m["sender"] == "person"]
    assert said[0] == "He rings me from [phone number kept safely], emails [email address kept safely] and waits outside [postcode kept safely]"
    assert said[1] == f"and again from {PLACEHOLDER}"
    with console_db.connect() as connection:
        stored = " ".join(connection.execute(sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id)).scalars())
        kept = connection.execute(sa.select(sealed_identities).where(sealed_identities.c.conversation_id == conversation_id)).all()
    assert "900456" not in stored and EMAIL not in stored and POSTCODE not in stored
    assert sorted(row.kind for row in kept) == ["email", "phone", "phone", "postcode"]
    assert all("900456" not in row.ciphertext for row in kept)

    page = holder.get(f"/conversations/{conversation_id}")
    assert PLACEHOLDER in page.text and "900456" not in page.text
    assert "Show what was kept safely" in page.text

    opened = holder.post(f"/conversations/{conversation_id}/kept-safe")
    assert opened.status_code == 200
    for original in (NUMBER, "+44 7700 900456", EMAIL, POSTCODE):
        assert original in opened.text
    assert audit_details(console_db, conversation_id, "identities_viewed") == ["email x1, phone x2, postcode x1"]

    refused = other.post(f"/conversations/{conversation_id}/kept-safe", headers={"Accept": "text/html"})
    assert refused.status_code == 403
    assert "Only a supervisor, or the call handler holding this conversation" in refused.text
    assert "900456" not in refused.text and EMAIL not in refused.text
    assert audit_details(console_db, conversation_id, "identities_refused") == [None]

    forged = holder.post(f"/conversations/{conversation_id}/kept-safe", csrf=False)
    assert forged.status_code == 403 and "900456" not in forged.text

    by_supervisor = supervisor.post(f"/conversations/{conversation_id}/kept-safe")
    assert by_supervisor.status_code == 200 and NUMBER in by_supervisor.text
    assert len(audit_details(console_db, conversation_id, "identities_viewed")) == 2


def test_a_report_made_from_the_conversation_keeps_what_its_placeholders_stand_for(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    holder, supervisor = signed_in(console_only), signed_in(console_only, "supervisor")
    person, conversation_id = held_chat(console_only, console_db, holder)
    person.say(f"It was the man at {POSTCODE}")
    with console_db.begin() as connection:
        reference = save_report(connection, NewReport(
            conversation_id=conversation_id, channel="web", kind="hate", status="submitted",
            answers={"offender": "the man at [postcode kept safely]"},
        ))
        attached = connection.execute(
            sa.select(sealed_identities.c.report_id).where(sealed_identities.c.conversation_id == conversation_id)
        ).scalars().all()
    assert len(attached) == 1 and attached[0] is not None

    assert "Show what was kept safely" in supervisor.get(f"/reports/{reference}").text
    assert holder.post(f"/reports/{reference}/kept-safe", headers={"Accept": "text/html"}).status_code == 403
    opened = supervisor.post(f"/reports/{reference}/kept-safe")
    assert opened.status_code == 200 and POSTCODE in opened.text
    assert audit_details(console_db, reference, "identities_viewed") == ["postcode x1"]
