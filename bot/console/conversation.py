"""One conversation's page: the transcript (live), the conversation's report and notes beside it,
and the handler's actions (bot/console/handling.py carries them out)."""
from __future__ import annotations

from aiohttp import web

from bot import conversations as store
from bot.app_keys import DATABASE, NOTIFIER, SETTINGS
from bot.console import accounts, audit, notes, report_store
from bot.console.conversation_state import PAGE_NOTICES, message_json, read_state, visible_state
from bot.console.keys import REPLIES
from bot.console.labels import LABELS, OUTCOMES
from bot.console.live import run_stream
from bot.console.rendering import current_staff, render, short_id
from bot.event_stream import Changes, EitherChanges, TopicChanges, event
from bot.notifier import QUEUE_TOPIC, conversation_topic
from bot.storage import identities
from bot.storage.database import utcnow


async def conversation_page(request: web.Request) -> web.Response:
    me = current_staff(request)
    state = await visible_state(request, me)
    db = request.app[DATABASE]
    transcript = await db.run(lambda c: store.transcript(c, state.id, limit=2000))
    may_see_report = me.is_supervisor or state.held_by(me)
    found_reports = await db.run(lambda c: report_store.of_conversation(c, state.id)) if may_see_report else []
    report_ids = [r.id for r in found_reports]
    found_notes = (
        await db.run(lambda c: notes.notes_for(c, report_ids[0] if report_ids else None, state.id)) if may_see_report else []
    )
    # The same people may open what was kept safely (bot/console/kept_safe.py).
    kept_count = await db.run(lambda c: identities.count_of_conversation(c, state.id)) if may_see_report else 0
    staff_list = await db.run(accounts.colleagues)
    holder = next((s.name for s in staff_list if s.id == state.handler_id), None)
    await audit.record(request, me, "viewed", audit.CONVERSATION, state.id)
    return render(
        request,
        "conversation.html",
        state=state,
        transcript=transcript,
        last_id=transcript[-1].id if transcript else 0,
        reports=found_reports,
        notes=found_notes,
        may_see_report=may_see_report,
        kept_count=kept_count,
        holds=state.held_by(me),
        holder=holder,
        colleagues=[s for s in staff_list if s.id != me.id],
        outcomes=OUTCOMES,
        replies=request.app[REPLIES].in_language(state.answer_language),
        notice=PAGE_NOTICES.get(request.query.get("notice", "")),
        # Straight after taking it, the handler's next move is to write: the message box has focus.
        just_claimed=request.query.get("notice") == "claimed",
        max_chars=request.app[SETTINGS].max_message_chars,
        now=utcnow(),
        short=short_id(state.id),
        labels=LABELS,
    )


async def conversation_events(request: web.Request) -> web.StreamResponse:
    """`message` events for each new message (the person's replies appear as they write), `state`
    events when the conversation changes hands, is handed back or closed."""
    me = current_staff(request)
    state = await visible_state(request, me)
    db = request.app[DATABASE]
    try:
        last_id = int(request.headers.get("Last-Event-ID") or request.query.get("after") or "0")
    except ValueError:
        last_id = 0
    last_state = state.as_json()

    async def send_changes(response: web.StreamResponse) -> bool:
        nonlocal last_id, last_state
        fresh = await db.run(lambda c: store.transcript(c, state.id, after_id=last_id))
        for message in fresh:
            await response.write(event("message", message_json(message), message.id))
            last_id = message.id
        now = await db.run(lambda c: read_state(c, state.id))
        if now is None:
            return False
        if now.as_json() != last_state:
            last_state = now.as_json()
            await response.write(event("state", last_state))
        return now.visible_to(me)

    notifier = request.app[NOTIFIER]
    changes: Changes = TopicChanges(notifier, conversation_topic(state.id))
    if not state.held_by(me):
        # While it waits, the assistant still answers, and only the queue's topic hears about that. A
        # handler's own conversation (the hot path) listens to its own topic alone.
        changes = EitherChanges(changes, TopicChanges(notifier, QUEUE_TOPIC))
    return await run_stream(request, changes, send_changes)


def setup(app: web.Application) -> None:
    app.router.add_get(BASE, conversation_page, name="conversation")
    app.router.add_get(BASE + "/events", conversation_events, name="conversation_events")


# Conversation ids are hex pseudonyms (40 characters today).
BASE = "/conversations/{conversation_id:[0-9a-f]{8,64}}"
