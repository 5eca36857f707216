"""What a handler does with a conversation: take it (atomically), write to the person, hand it back to
the assistant, transfer it to a colleague, close it with an outcome, and add notes. Every change is
audited; the handoff desk (bot/handoff.py) makes the routing decisions and tells the person."""
from __future__ import annotations

from typing import Optional

from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF, SETTINGS
from bot.console import accounts, audit, notes, report_store
from bot.console.conversation import BASE
from bot.console.conversation_state import (
    PAGE_NOTICES, conversation_id_of, message_json, page_of, read_state, visible_state, wants_json,
)
from bot.console.keys import REPLIES
from bot.console.labels import OUTCOMES
from bot.console.rendering import current_staff, redirect
from bot.conversation_status import Status
from bot.handoff import NotYours
from bot.inbound import InboundRejected, clean_text
from bot.storage.database import utcnow
from bot.storage.schema import handoff_claims


async def claim(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    conversation_id = conversation_id_of(request)
    db = request.app[DATABASE]
    before = await db.run(lambda c: read_state(c, conversation_id))
    if before is None:
        raise web.HTTPNotFound()
    won = await request.app[HANDOFF].claim(conversation_id, me.id)
    if not won:
        after = await db.run(lambda c: read_state(c, conversation_id))
        # Say why: a colleague was quicker, or the person stopped waiting (left, or cancelled).
        why = "taken" if after is not None and after.status is Status.WITH_HANDLER else "gone"
        if wants_json(request):
            return web.json_response({"claimed": False, "reason": why}, status=409)
        raise redirect(f"/?notice={why}")
    requested_at = before.handoff_requested_at or utcnow()

    def remember(connection: Connection) -> None:
        connection.execute(handoff_claims.insert().values(
            conversation_id=conversation_id, channel=before.channel, requested_at=requested_at,
            claimed_at=utcnow(), staff_id=me.id,
        ))
        audit.write(connection, me, "claimed", audit.CONVERSATION, conversation_id)

    await db.run(remember)
    if wants_json(request):
        return web.json_response({"claimed": True})
    raise redirect(page_of(conversation_id, "claimed"))


async def send_message(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    conversation_id = conversation_id_of(request)
    form = await request.post()
    text = str(form.get("text", ""))
    prepared = request.app[REPLIES].get(str(form.get("reply", "")))
    if prepared is not None and not text.strip():
        state = await visible_state(request, me)
        text = request.app[REPLIES].shown(prepared, state.answer_language).text
    try:
        cleaned = clean_text(text, request.app[SETTINGS].max_message_chars)
    except InboundRejected as problem:
        problem_code = "too_long" if problem.code == "message_too_long" else "empty"
        if wants_json(request):
            return web.json_response({"error": {"code": problem_code, "message": PAGE_NOTICES[problem_code]}}, status=422)
        raise redirect(page_of(conversation_id, problem_code))
    try:
        message = await request.app[HANDOFF].send(conversation_id, me.id, cleaned)
    except NotYours:
        if wants_json(request):
            return web.json_response({"error": {"code": "not_yours", "message": PAGE_NOTICES["not_yours"]}}, status=409)
        raise redirect(page_of(conversation_id, "not_yours"))
    await audit.record(request, me, "sent_message", audit.CONVERSATION, conversation_id)
    if wants_json(request):
        return web.json_response({"message": message_json(message)})
    raise redirect(page_of(conversation_id))


async def _holder_action(request: web.Request, action: str, detail: Optional[str] = None) -> None:
    """Audits the change (the desk's transition woke whoever watches the conversation and the queue)."""
    await audit.record(request, current_staff(request), action, audit.CONVERSATION, conversation_id_of(request), detail)


async def hand_back(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    try:
        await request.app[HANDOFF].hand_back(conversation_id_of(request), me.id)
    except NotYours:
        raise redirect(page_of(conversation_id_of(request), "not_yours"))
    await _holder_action(request, "handed_back")
    raise redirect("/?notice=handed_back")


async def transfer(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    form = await request.post()
    try:
        to_id = int(str(form.get("to", "")))
    except ValueError:
        raise redirect(page_of(conversation_id_of(request), "no_such_colleague"))
    colleague = await request.app[DATABASE].run(lambda c: accounts.find_staff(c, to_id))
    if colleague is None or colleague.id == me.id:
        raise redirect(page_of(conversation_id_of(request), "no_such_colleague"))
    try:
        await request.app[HANDOFF].transfer(conversation_id_of(request), me.id, colleague.id)
    except NotYours:
        raise redirect(page_of(conversation_id_of(request), "not_yours"))
    await _holder_action(request, "transferred", f"to staff {colleague.id}")
    raise redirect("/?notice=transferred")


async def close(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    form = await request.post()
    outcome = str(form.get("outcome", ""))
    if outcome not in OUTCOMES:
        outcome = "no_action"
    try:
        await request.app[HANDOFF].close(conversation_id_of(request), me.id, outcome)
    except NotYours:
        raise redirect(page_of(conversation_id_of(request), "not_yours"))
    await _holder_action(request, "closed", outcome)
    raise redirect("/?notice=closed")


async def add_note(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    state = await visible_state(request, me)
    if not (me.is_supervisor or state.held_by(me)):
        raise web.HTTPForbidden()
    text = notes.clean_note((await request.post()).get("text"))
    if not text:
        raise redirect(page_of(state.id, "empty"))
    db = request.app[DATABASE]

    def save(connection: Connection) -> None:
        found = report_store.of_conversation(connection, state.id)
        report_id = found[0].id if found else None
        notes.add_note(connection, me.id, text, report_id=report_id, conversation_id=state.id)
        audit.write(connection, me, "added_note", audit.CONVERSATION, state.id)

    await db.run(save)
    raise redirect(page_of(state.id, "noted"))


def setup(app: web.Application) -> None:
    app.router.add_post(BASE + "/claim", claim, name="claim")
    app.router.add_post(BASE + "/messages", send_message, name="send_message")
    app.router.add_post(BASE + "/hand-back", hand_back, name="hand_back")
    app.router.add_post(BASE + "/transfer", transfer, name="transfer")
    app.router.add_post(BASE + "/close", close, name="close")
    app.router.add_post(BASE + "/notes", add_note, name="conversation_notes")
