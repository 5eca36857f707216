"""One conversation: its transcript (live), and what a handler does with it: take it, write to the
person, hand it back to the assistant, transfer it, close it, and keep notes beside its report."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot import conversations as store
from bot.app_keys import DATABASE, HANDOFF, NOTIFIER, SETTINGS as HUB_SETTINGS
from bot.console import accounts, audit, notes, report_store
from bot.console.accounts import Staff
from bot.console.keys import HUB_APP, REPLIES
from bot.console.labels import LABELS, OUTCOMES, SENDERS
from bot.console.live import TopicChanges, event, run_stream
from bot.console.rendering import current_staff, redirect, render, short_id
from bot.conversations import BOT_MODE, HUMAN_MODE, StoredMessage
from bot.handoff import NotYours
from bot.inbound import InboundRejected, clean_text
from bot.notifier import QUEUE_TOPIC, conversation_topic
from bot.storage.database import utcnow
from bot.storage.schema import conversations, handoff_claims


@dataclass(frozen=True)
class ConversationState:
    id: str
    channel: str
    mode: str
    handler_id: Optional[int]
    incident_kind: Optional[str]
    danger: bool
    handoff_requested_at: Optional[dt.datetime]
    created_at: dt.datetime
    outcome: Optional[str]

    @property
    def waiting(self) -> bool:
        return self.mode == BOT_MODE and self.handoff_requested_at is not None

    def held_by(self, who: Staff) -> bool:
        return self.mode == HUMAN_MODE and self.handler_id == who.id

    def visible_to(self, who: Staff) -> bool:
        """Handlers see what waits and what they hold; supervisors see every conversation."""
        return who.is_supervisor or self.waiting or self.held_by(who)

    def as_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "handler_id": self.handler_id, "waiting": self.waiting}


def read_state(connection: Connection, conversation_id: str) -> Optional[ConversationState]:
    row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).first()
    if row is None:
        return None
    return ConversationState(
        id=row.id, channel=row.channel, mode=row.mode, handler_id=row.handler_id, incident_kind=row.incident_kind,
        danger=bool(row.danger), handoff_requested_at=row.handoff_requested_at, created_at=row.created_at,
        outcome=row.outcome,
    )


def message_json(message: StoredMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "sender": message.sender,
        "label": SENDERS.get(message.sender, message.sender),
        "text": message.text,
        "at": message.created_at.replace(tzinfo=dt.timezone.utc).isoformat(),
    }


def _id(request: web.Request) -> str:
    return request.match_info["conversation_id"]


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


async def _state(request: web.Request, me: Staff) -> ConversationState:
    conversation_id = _id(request)
    state = await request.app[HUB_APP][DATABASE].run(lambda c: read_state(c, conversation_id))
    if state is None:
        raise web.HTTPNotFound()
    if not state.visible_to(me):
        raise web.HTTPForbidden()
    return state


def _page(conversation_id: str, notice: str = "") -> str:
    return f"/conversations/{conversation_id}" + (f"?notice={notice}" if notice else "")


PAGE_NOTICES = {
    "sent": None,
    "empty": "Please write a message before sending.",
    "too_long": "That message is too long. Please send it in parts.",
    "not_yours": "You no longer hold this conversation.",
    "noted": "Your note is saved.",
    "claimed": "You have taken this conversation. The person has been told a call handler has joined.",
    "no_such_colleague": "Please choose who to transfer the conversation to.",
}


async def conversation_page(request: web.Request) -> web.Response:
    me = current_staff(request)
    state = await _state(request, me)
    hub = request.app[HUB_APP]
    db = hub[DATABASE]
    transcript = await db.run(lambda c: store.transcript(c, state.id, limit=2000))
    may_see_report = me.is_supervisor or state.held_by(me)
    found_reports = await db.run(lambda c: report_store.of_conversation(c, state.id)) if may_see_report else []
    report_ids = [r.id for r in found_reports]
    found_notes = (
        await db.run(lambda c: notes.notes_for(c, report_ids[0] if report_ids else None, state.id)) if may_see_report else []
    )
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
        holds=state.held_by(me),
        holder=holder,
        colleagues=[s for s in staff_list if s.id != me.id],
        outcomes=OUTCOMES,
        replies=request.app[REPLIES].replies,
        senders=SENDERS,
        notice=PAGE_NOTICES.get(request.query.get("notice", "")),
        # Straight after taking it, the handler's next move is to write: the message box has focus.
        just_claimed=request.query.get("notice") == "claimed",
        max_chars=hub[HUB_SETTINGS].max_message_chars,
        now=utcnow(),
        short=short_id(state.id),
        labels=LABELS,
    )


async def conversation_events(request: web.Request) -> web.StreamResponse:
    """`message` events for each new message (the person's replies appear as they write), `state`
    events when the conversation changes hands, is handed back or closed."""
    me = current_staff(request)
    state = await _state(request, me)
    db = request.app[HUB_APP][DATABASE]
    try:
        last_id = int(request.headers.get("Last-Event-ID") or request.query.get("after", "0"))
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

    changes = TopicChanges(request.app[HUB_APP][NOTIFIER], conversation_topic(state.id))
    return await run_stream(request, changes, send_changes)


async def claim(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    conversation_id = _id(request)
    hub = request.app[HUB_APP]
    before = await hub[DATABASE].run(lambda c: read_state(c, conversation_id))
    if before is None:
        raise web.HTTPNotFound()
    won = await hub[HANDOFF].claim(conversation_id, me.id)
    if not won:
        after = await hub[DATABASE].run(lambda c: read_state(c, conversation_id))
        # Say why: a colleague was quicker, or the person stopped waiting (left, or cancelled).
        why = "taken" if after is not None and after.mode == HUMAN_MODE else "gone"
        if _wants_json(request):
            return web.json_response({"claimed": False, "reason": why}, status=409)
        raise redirect(f"/?notice={why}")
    requested_at = before.handoff_requested_at or utcnow()

    def remember(connection: Connection) -> None:
        connection.execute(handoff_claims.insert().values(
            conversation_id=conversation_id, channel=before.channel, requested_at=requested_at,
            claimed_at=utcnow(), staff_id=me.id,
        ))
        audit.write(connection, me, "claimed", audit.CONVERSATION, conversation_id)

    await hub[DATABASE].run(remember)
    if _wants_json(request):
        return web.json_response({"claimed": True})
    raise redirect(_page(conversation_id, "claimed"))


async def send_message(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    conversation_id = _id(request)
    hub = request.app[HUB_APP]
    form = await request.post()
    text = str(form.get("text", ""))
    prepared = request.app[REPLIES].get(str(form.get("reply", "")))
    if prepared is not None and not text.strip():
        text = prepared.text
    try:
        cleaned = clean_text(text, hub[HUB_SETTINGS].max_message_chars)
    except InboundRejected as problem:
        problem_code = "too_long" if problem.code == "message_too_long" else "empty"
        if _wants_json(request):
            return web.json_response({"error": {"code": problem_code, "message": PAGE_NOTICES[problem_code]}}, status=422)
        raise redirect(_page(conversation_id, problem_code))
    try:
        message = await hub[HANDOFF].send(conversation_id, me.id, cleaned)
    except NotYours:
        if _wants_json(request):
            return web.json_response({"error": {"code": "not_yours", "message": PAGE_NOTICES["not_yours"]}}, status=409)
        raise redirect(_page(conversation_id, "not_yours"))
    await audit.record(request, me, "sent_message", audit.CONVERSATION, conversation_id)
    if _wants_json(request):
        return web.json_response({"message": message_json(message)})
    raise redirect(_page(conversation_id))


async def _holder_action(request: web.Request, action: str, detail: Optional[str] = None) -> None:
    """Audits the change and wakes the conversation's streams (the desk wakes the queue's)."""
    hub = request.app[HUB_APP]
    await audit.record(request, current_staff(request), action, audit.CONVERSATION, _id(request), detail)
    hub[NOTIFIER].notify(conversation_topic(_id(request)))
    hub[NOTIFIER].notify(QUEUE_TOPIC)


async def hand_back(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    try:
        await request.app[HUB_APP][HANDOFF].hand_back(_id(request), me.id)
    except NotYours:
        raise redirect(_page(_id(request), "not_yours"))
    await _holder_action(request, "handed_back")
    raise redirect("/?notice=handed_back")


async def transfer(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    form = await request.post()
    try:
        to_id = int(str(form.get("to", "")))
    except ValueError:
        raise redirect(_page(_id(request), "no_such_colleague"))
    hub = request.app[HUB_APP]
    colleague = await hub[DATABASE].run(lambda c: accounts.find_staff(c, to_id))
    if colleague is None or colleague.id == me.id:
        raise redirect(_page(_id(request), "no_such_colleague"))
    try:
        await hub[HANDOFF].transfer(_id(request), me.id, colleague.id)
    except NotYours:
        raise redirect(_page(_id(request), "not_yours"))
    await _holder_action(request, "transferred", f"to staff {colleague.id}")
    raise redirect("/?notice=transferred")


async def close(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    form = await request.post()
    outcome = str(form.get("outcome", ""))
    if outcome not in OUTCOMES:
        outcome = "no_action"
    try:
        await request.app[HUB_APP][HANDOFF].close(_id(request), me.id, outcome)
    except NotYours:
        raise redirect(_page(_id(request), "not_yours"))
    await _holder_action(request, "closed", outcome)
    raise redirect("/?notice=closed")


async def add_note(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    state = await _state(request, me)
    if not (me.is_supervisor or state.held_by(me)):
        raise web.HTTPForbidden()
    text = notes.clean_note((await request.post()).get("text"))
    if not text:
        raise redirect(_page(state.id, "empty"))
    db = request.app[HUB_APP][DATABASE]

    def save(connection: Connection) -> None:
        found = report_store.of_conversation(connection, state.id)
        report_id = found[0].id if found else None
        notes.add_note(connection, me.id, text, report_id=report_id, conversation_id=state.id)
        audit.write(connection, me, "added_note", audit.CONVERSATION, state.id)

    await db.run(save)
    raise redirect(_page(state.id, "noted"))


def setup(app: web.Application) -> None:
    base = "/conversations/{conversation_id:[0-9a-f]{8,64}}"
    app.router.add_get(base, conversation_page, name="conversation")
    app.router.add_get(base + "/events", conversation_events, name="conversation_events")
    app.router.add_post(base + "/claim", claim, name="claim")
    app.router.add_post(base + "/messages", send_message, name="send_message")
    app.router.add_post(base + "/hand-back", hand_back, name="hand_back")
    app.router.add_post(base + "/transfer", transfer, name="transfer")
    app.router.add_post(base + "/close", close, name="close")
    app.router.add_post(base + "/notes", add_note, name="conversation_notes")
