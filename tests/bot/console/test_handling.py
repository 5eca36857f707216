"""Taking conversations over, in-process (no assistant): the claim race, messages, hand back, transfer,
close, notes, and what the audit log records."""
from __future__ import annotations

import threading

import sqlalchemy as sa

from bot.storage.database import utcnow
from bot.storage.schema import audit_log, conversations, handoff_claims, messages, staff_notes
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import ConsoleUser, add_staff, put_in_queue


def audited(engine: sa.engine.Engine, action: str, subject_id: str) -> list[sa.engine.Row]:
    with engine.connect() as connection:
        return connection.execute(
            sa.select(audit_log).where(audit_log.c.action == action, audit_log.c.subject_id == subject_id)
        ).all()


def test_two_handlers_claiming_at_once_exactly_one_wins(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    url = console_only.settings.database_url
    handlers = [add_staff(url, f"racer-{n}") for n in range(2)]
    users = [ConsoleUser(console_only.url) for _ in handlers]
    for user, member in zip(users, handlers):
        user.login(member.name)
    for _round in range(5):
        conversation_id = put_in_queue(url)
        barrier = threading.Barrier(2)
        results: dict[int, str] = {}

        def claim(n: int) -> None:
            barrier.wait()
            response = users[n].post(f"/conversations/{conversation_id}/claim", allow_redirects=False)
            results[n] = response.headers.get("Location", str(response.status_code))

        threads = [threading.Thread(target=claim, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        winners = [n for n, where in results.items() if where.startswith(f"/conversations/{conversation_id}")]
        losers = [n for n, where in results.items() if where == "/?notice=taken"]
        assert len(winners) == 1 and len(losers) == 1, results
        with console_db.connect() as connection:
            row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()
            joined = connection.execute(
                sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id, messages.c.sender == "system")
            ).scalars().all()
            claims = connection.execute(sa.select(handoff_claims).where(handoff_claims.c.conversation_id == conversation_id)).all()
        assert row.status == "handler" and row.handler_id == handlers[winners[0]].id
        assert len(joined) == 1 and "call handler has joined" in joined[0]  # told once, by role
        assert len(claims) == 1
        assert len(audited(console_db, "claimed", conversation_id)) == 1
        taken = users[losers[0]].get("/?notice=taken")
        assert "Another call handler has already taken that conversation" in taken.text


def test_a_handler_writes_hands_back_and_everything_is_audited(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    url = console_only.settings.database_url
    member = add_staff(url, "writer")
    user = ConsoleUser(console_only.url)
    user.login("writer")
    assert user.csrf is not None, "signed in, with a CSRF token for the JSON posts below"
    conversation_id = put_in_queue(url, danger=True)
    queue = user.get("/")
    assert conversation_id[:8] in queue.text and "In danger" in queue.text

    assert user.post(f"/conversations/{conversation_id}/claim").status_code == 200
    page = user.get(f"/conversations/{conversation_id}")
    assert 'id="send-form"' in page.text

    sent = user.http.post(
        f"{console_only.url}/conversations/{conversation_id}/messages", data={"text": "Hello, I'm here to help. <b>ok</b>"},
        headers={"X-CSRF-Token": user.csrf, "Accept": "application/json"}, timeout=30,
    )
    assert sent.status_code == 200, sent.text
    assert sent.json()["message"]["sender"] == "handler"
    # Escaped in the page: what anyone wrote is never markup.
    assert "&lt;b&gt;ok&lt;/b&gt;" in user.get(f"/conversations/{conversation_id}").text

    prepared = user.post(f"/conversations/{conversation_id}/messages", {"reply": "stop_hate_uk", "text": ""})
    assert prepared.status_code == 200
    with console_db.connect() as connection:
        texts = connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id, messages.c.sender == "handler")
        ).scalars().all()
    assert texts[-1].startswith("Stop Hate UK") and "0800 138 1625" in texts[-1]

    note = user.post(f"/conversations/{conversation_id}/notes", {"text": "Person wants a call back tomorrow."})
    assert "Your note is saved" in note.text
    with console_db.connect() as connection:
        assert connection.execute(sa.select(staff_notes.c.text).where(staff_notes.c.conversation_id == conversation_id)).scalar()

    back = user.post(f"/conversations/{conversation_id}/hand-back", allow_redirects=False)
    assert back.status_code == 303 and back.headers["Location"] == "/?notice=handed_back"
    with console_db.connect() as connection:
        row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()
    assert row.status == "assistant" and row.handler_id is None and row.handoff_requested_at is None
    # No longer theirs: writing again is refused.
    late = user.http.post(
        f"{console_only.url}/conversations/{conversation_id}/messages", data={"text": "still there?"},
        headers={"X-CSRF-Token": user.csrf, "Accept": "application/json"}, timeout=30,
    )
    assert late.status_code in (403, 409)

    for action in ("viewed", "claimed", "sent_message", "added_note", "handed_back"):
        entries = audited(console_db, action, conversation_id)
        assert entries and all(entry.staff_id == member.id for entry in entries), action


def test_claiming_a_conversation_nobody_waits_in_any_more_says_so(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    add_staff(console_only.settings.database_url, "late-h")
    user = ConsoleUser(console_only.url)
    user.login("late-h")
    conversation_id = put_in_queue(console_only.settings.database_url)
    with console_db.begin() as connection:  # the person left (quick exit) before anyone took it
        connection.execute(conversations.update().where(conversations.c.id == conversation_id).values(status="closed", handoff_requested_at=None))
    response = user.post(f"/conversations/{conversation_id}/claim", allow_redirects=False)
    assert response.headers["Location"] == "/?notice=gone"
    assert "no longer waiting" in user.get("/?notice=gone").text


def test_transfer_and_close(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    url = console_only.settings.database_url
    first, second = add_staff(url, "first-h"), add_staff(url, "second-h")
    one, two = ConsoleUser(console_only.url), ConsoleUser(console_only.url)
    one.login("first-h")
    two.login("second-h")
    conversation_id = put_in_queue(url)
    one.post(f"/conversations/{conversation_id}/claim")
    # The other handler may not open someone else's conversation.
    assert two.get(f"/conversations/{conversation_id}", headers={"Accept": "text/html"}).status_code == 403
    moved = one.post(f"/conversations/{conversation_id}/transfer", {"to": str(second.id)}, allow_redirects=False)
    assert moved.headers["Location"] == "/?notice=transferred"
    assert f"/conversations/{conversation_id}" in two.get("/").text
    closed = two.post(f"/conversations/{conversation_id}/close", {"outcome": "signposted"}, allow_redirects=False)
    assert closed.headers["Location"] == "/?notice=closed"
    with console_db.connect() as connection:
        row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()
    assert row.status == "closed" and row.outcome == "signposted"
    assert audited(console_db, "transferred", conversation_id)[0].staff_id == first.id
    assert audited(console_db, "closed", conversation_id)[0].detail == "signposted"


def test_on_duty_means_a_handler_is_signed_in_and_says_in_which_languages(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    from bot.storage.schema import staff_sessions

    availability = console_only.services.router.turns.availability
    with console_db.begin() as connection:
        connection.execute(staff_sessions.update().values(ended_at=utcnow()))
    nobody = console_only.call(availability.now())
    assert not nobody.someone_can_come and nobody.for_assistant == "nobody_on_duty"
    add_staff(console_only.settings.database_url, "on-duty", languages=("pl", "gu"))
    ConsoleUser(console_only.url).login("on-duty")
    on_duty = console_only.call(availability.now())
    assert on_duty.someone_can_come and on_duty.languages == {"en", "pl", "gu"} and on_duty.for_assistant == "available"


def test_people_who_wait_too_long_are_told_once(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    import datetime as dt

    conversation_id = put_in_queue(console_only.settings.database_url)
    with console_db.begin() as connection:
        connection.execute(
            conversations.update().where(conversations.c.id == conversation_id)
            .values(handoff_requested_at=utcnow() - dt.timedelta(minutes=10))
        )
    desk = console_only.services.handoff
    assert console_only.call(desk.tell_long_waits(dt.timedelta(minutes=5))) >= 1
    assert console_only.call(desk.tell_long_waits(dt.timedelta(minutes=5))) == 0


def test_supervisors_see_who_holds_what(console_only: ConsoleOnly) -> None:
    url = console_only.settings.database_url
    add_staff(url, "holding-h")
    add_staff(url, "overseer", "supervisor")
    handler, supervisor = ConsoleUser(console_only.url), ConsoleUser(console_only.url)
    handler.login("holding-h")
    supervisor.login("overseer")
    conversation_id = put_in_queue(url, danger=True)
    handler.post(f"/conversations/{conversation_id}/claim")
    section = supervisor.get("/").text.split('id="held-heading"')[1]
    assert conversation_id[:8] in section and "holding-h" in section
    assert 'id="held-heading"' not in handler.get("/").text


def test_signing_out_hands_held_conversations_back(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    url = console_only.settings.database_url
    add_staff(url, "going-home")
    user = ConsoleUser(console_only.url)
    user.login("going-home")
    conversation_id = put_in_queue(url)
    user.post(f"/conversations/{conversation_id}/claim")
    asked = user.post("/logout")
    assert "Sign out?" in asked.text and "You hold 1 conversation" in asked.text
    with console_db.connect() as connection:  # nothing happened yet
        assert connection.execute(sa.select(conversations.c.status).where(conversations.c.id == conversation_id)).scalar() == "handler"
    user.post("/logout", {"confirm": "yes"})
    with console_db.connect() as connection:
        row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()
        told = connection.execute(sa.select(messages.c.text).where(
            messages.c.conversation_id == conversation_id, messages.c.sender == "system")).scalars().all()
    assert row.status == "assistant" and row.handler_id is None
    # No assistant runs here: the handback waits for it, after the person was told the handler left and
    # that it will be answered (bot/replay.py).
    assert "left" in told[-2] and "answered here as soon as the assistant is back" in told[-1]
    assert audited(console_db, "handed_back", conversation_id)[0].detail == "the call handler signed out"


def test_conversations_of_a_handler_who_has_gone_go_back_to_the_assistant(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    import datetime as dt

    from bot.console.duty import hand_back_all, left_behind
    from bot.storage.schema import staff_sessions

    url = console_only.settings.database_url
    member = add_staff(url, "laptop-closed")
    user = ConsoleUser(console_only.url)
    user.login("laptop-closed")
    conversation_id = put_in_queue(url)
    user.post(f"/conversations/{conversation_id}/claim")
    with console_db.connect() as connection:
        assert conversation_id not in [c for c, _h in left_behind(connection, dt.timedelta(minutes=10))]
    with console_db.begin() as connection:
        connection.execute(staff_sessions.update().where(staff_sessions.c.staff_id == member.id)
                           .values(last_seen_at=utcnow() - dt.timedelta(minutes=30)))
        gone = left_behind(connection, dt.timedelta(minutes=10))
    assert (conversation_id, member.id) in gone
    # (The console's own watch, every 30 s, may have been quicker: either way it is handed back once.)
    assert console_only.call(hand_back_all(console_only.console, [(conversation_id, member.id)], "away")) in (0, 1)
    with console_db.connect() as connection:
        assert connection.execute(sa.select(conversations.c.status).where(conversations.c.id == conversation_id)).scalar() == "assistant"
    assert len(audited(console_db, "handed_back", conversation_id)) == 1


def test_a_polish_handler_sees_a_polish_conversation_marked_and_sends_a_prepared_reply_in_polish(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    from bot.languages.catalogue import translations
    from bot.console.replies import ReplyCatalogue

    url = console_only.settings.database_url
    add_staff(url, "ola-pl", languages=("pl",))
    add_staff(url, "sam-en")
    ola, sam = ConsoleUser(console_only.url), ConsoleUser(console_only.url)
    ola.login("ola-pl")
    sam.login("sam-en")
    polish = put_in_queue(url)
    with console_db.begin() as connection:
        connection.execute(conversations.update().where(conversations.c.id == polish).values(language="pl"))
    english = put_in_queue(url)

    queue = ola.get("/")
    card = queue.text[queue.text.index(f'data-id="{polish}"'):]
    card = card[: card.index("</form>")]
    assert "Polish (Polski)" in card and "You speak it" in card, card
    assert "You speak it" not in sam.get("/").text
    # Filtered to Polish, only the Polish conversation is listed.
    only_polish = ola.get("/?language=pl").text
    assert polish in only_polish and english not in only_polish

    assert ola.post(f"/conversations/{polish}/claim").status_code == 200
    page = ola.get(f"/conversations/{polish}").text
    # The prepared reply is offered in Polish, with the English beside it for the handler.
    english_text = ReplyCatalogue.load().get("stop_hate_uk")
    assert english_text is not None
    in_polish = translations().render("pl", "console-reply:stop_hate_uk", english_text.text)
    assert in_polish != translations().render("en", "console-reply:stop_hate_uk", english_text.text)
    assert "In English: Stop Hate UK is independent" in page
    assert ola.post(f"/conversations/{polish}/messages", {"reply": "stop_hate_uk", "text": ""}).status_code == 200
    with console_db.connect() as connection:
        sent = connection.execute(
            sa.select(messages.c.text).where(messages.c.conversation_id == polish, messages.c.sender == "handler")
        ).scalars().all()
    assert sent[-1] == in_polish and "0800 138 1625" in sent[-1]
