"""Phone numbers, email addresses and postcodes typed anywhere are sealed at the hub, on every channel:
the transcript, the report and the assistant get placeholders, the person is told once, and no original,
in any spelling, is in any file under the stack's var directory (its database, Rasa's tracker store,
every log) or in the assistant's trackers. Runs the real stack (Rasa, the action server, the hub) with
the stand-ins for Twilio and Telegram."""
from __future__ import annotations

import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import reports, sealed_identities
from tests.channels.texting.people import TelegramUser, TwilioPhone
from tests.support.chat import ChatPerson
from tests.support.leaks import assert_nowhere, typed_spellings
from tests.test_reporting_through_the_hub import conversation_of, reference_in, stored_report

PHONE_KEPT, EMAIL_KEPT, POSTCODE_KEPT = "[phone number kept safely]", "[email address kept safely]", "[postcode kept safely]"
NOTICE = "I've kept the phone number, email address or postcode you typed locked away."

# Numbers in Ofcom's drama ranges, and made-up addresses, each typed once somewhere below.
IN_ACCOUNT = ["07700 900971", "jo.bloggs@example.com", "le15ww"]
IN_WHO_DID_IT = ["+44 7700 900972", "0044 (0)7700 900973", "mark dot jones at example dot co dot uk"]
IN_SMS = ["(0116) 496 0974", "+48 601 234 567", "LE1  5WW"]
IN_WHATSAPP = ["07700-900-975", "+92 300 1234567", "ali@example.org"]
IN_TELEGRAM = ["0 7 7 0 0 9 0 0 9 7 6", "0116-496-0977", "LE2 7AB"]


def kept_rows(database: sa.engine.Engine, conversation_id: str) -> list[sa.engine.Row]:
    with database.connect() as connection:
        return list(connection.execute(
            sa.select(sealed_identities).where(sealed_identities.c.conversation_id == conversation_id)
        ).all())


def test_identities_in_an_account_and_a_who_did_it_answer_are_sealed_in_the_web_chat(
    stack: Stack, person: ChatPerson, database: sa.engine.Engine
) -> None:
    person.choose("Report something")
    person.choose("Hate incident")
    person.choose("It happened to me")
    person.choose("Religion or belief")
    assert "own words" in person.last_text
    phone, email, postcode = IN_ACCOUNT
    person.say(f"He shouted at me in the shop. Since then he rings me from {phone} and emails me at {email}.")
    assert NOTICE in person.last_text
    person.say(f"He lives near {postcode}, by the park.")
    assert NOTICE not in person.last_text  # once per conversation
    person.say("done")
    person.say("last Saturday afternoon")
    person.choose("Shop")
    person.say("Highfields, Leicester")
    person.say(f"My neighbour, his number is {IN_WHO_DID_IT[0]} or {IN_WHO_DID_IT[1]}, email {IN_WHO_DID_IT[2]}")
    person.choose("It happened once")
    person.say("The shopkeeper saw it")
    person.choose("Stay anonymous")
    person.choose("Police and a support service")
    person.choose("Send it")
    reference = reference_in(person)

    conversation_id = conversation_of(database, person)
    answers = stored_report(database, reference)["answers"]
    assert PHONE_KEPT in answers["account"] and EMAIL_KEPT in answers["account"] and POSTCODE_KEPT in answers["account"]
    assert answers["offender"].count(PHONE_KEPT) == 2 and EMAIL_KEPT in answers["offender"]
    said = [m["text"] for m in person.transcript() if m["sender"] == "person"]
    assert f"Since then he rings me from {PHONE_KEPT} and emails me at {EMAIL_KEPT}." in " ".join(said)
    with database.connect() as connection:
        report_id = connection.execute(sa.select(reports.c.id).where(reports.c.reference == reference)).scalar_one()
    kept = kept_rows(database, conversation_id)
    assert sorted(row.kind for row in kept) == ["email", "email", "phone", "phone", "phone", "postcode"]
    assert {row.report_id for row in kept} == {report_id}

    forms = [form for typed in IN_ACCOUNT + IN_WHO_DID_IT for form in typed_spellings(typed)]
    assert_nowhere(stack, forms, [conversation_id])


def test_identities_texted_by_sms_whatsapp_and_telegram_are_sealed(
    stack: Stack, stack_phone: TwilioPhone, stack_whatsapp_phone: TwilioPhone, stack_telegram_user: TelegramUser
) -> None:
    for phone, typed in ((stack_phone, IN_SMS), (stack_whatsapp_phone, IN_WHATSAPP)):
        phone.say("Hi")
        replies = phone.say(f"Someone keeps calling me from {typed[0]} and {typed[1]}, and hangs around {typed[2]}")
        assert any(NOTICE in reply for reply in replies), replies
        said = phone.hub.said_by_person(phone.conversation_id)[-1]
        assert said.count(PHONE_KEPT) == 2, said
        assert len(kept_rows(phone.hub.engine, phone.conversation_id)) == 3

    telegram = stack_telegram_user
    telegram.send(telegram.message("/start"))
    answered = telegram.send(telegram.message(f"He texts me from {IN_TELEGRAM[0]} and {IN_TELEGRAM[1]}, he lives at {IN_TELEGRAM[2]}"))
    assert any(NOTICE in reply.text for reply in answered), answered
    said = telegram.hub.said_by_person(telegram.conversation_id)[-1]
    assert said == f"He texts me from {PHONE_KEPT} and {PHONE_KEPT}, he lives at {POSTCODE_KEPT}"

    forms = [form for typed in IN_SMS + IN_WHATSAPP + IN_TELEGRAM for form in typed_spellings(typed)]
    people = (stack_phone, stack_whatsapp_phone, telegram)
    assert_nowhere(stack, forms, [p.conversation_id for p in people])
