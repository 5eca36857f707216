"""The live queue: conversations waiting for a person (danger first, then the longest waiting), with
how long each has waited, its channel, the kind of incident and the last things said; and the
conversations this handler holds. The page updates itself from a server-sent event stream."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any, Sequence

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF
from bot.console.keys import HUB_APP
from bot.console.live import QUEUE_SETTLE_SECONDS, event, run_stream
from bot.console.rendering import current_staff, render, render_text
from bot.console.labels import LABELS
from bot.conversations import StoredMessage
from bot.handoff import QueueEntry
from bot.notifier import QUEUE_TOPIC
from bot.storage.database import utcnow
from bot.storage.schema import messages

PREVIEW_MESSAGES = 4
NOTICES = {
    "taken": "Another call handler has already taken that conversation.",
    "gone": "That conversation is no longer waiting.",
    "handed_back": "The conversation is back with the assistant.",
    "transferred": "The conversation has been transferred.",
    "closed": "The conversation is closed.",
}


def previews(connection: Connection, conversation_ids: Sequence[str], per: int = PREVIEW_MESSAGES) -> dict[str, list[StoredMessage]]:
    """The last few messages of each conversation, in one query however long the queue is."""
    if not conversation_ids:
        return {}
    ranked = (
        sa.select(
            messages,
            sa.func.row_number()
            .over(partition_by=messages.c.conversation_id, order_by=messages.c.id.desc())
            .label("recent"),
        )
        .where(messages.c.conversation_id.in_(list(conversation_ids)))
        .subquery()
    )
    rows = connection.execute(sa.select(ranked).where(ranked.c.recent <= per).order_by(ranked.c.id)).all()
    found: dict[str, list[StoredMessage]] = defaultdict(list)
    for row in rows:
        found[row.conversation_id].append(
            StoredMessage(id=row.id, sender=row.sender, text=row.text, buttons=row.buttons or [], created_at=row.created_at)
        )
    return found


async def snapshot(request: web.Request) -> dict[str, Any]:
    me = current_staff(request)
    hub = request.app[HUB_APP]
    desk = hub[HANDOFF]
    waiting = await desk.queue()
    mine = await desk.held_by(me.id)
    recent = await hub[DATABASE].run(lambda c: previews(c, [e.conversation_id for e in waiting]))
    return {"waiting": waiting, "mine": mine, "previews": recent, "now": utcnow()}


async def queue_page(request: web.Request) -> web.Response:
    notice = NOTICES.get(request.query.get("notice", ""))
    return render(request, "queue.html", notice=notice, **await snapshot(request))


async def queue_events(request: web.Request) -> web.StreamResponse:
    """`queue` events carry the re-rendered queue (escaped by the templates) and the waiting ids, so the
    page can announce new arrivals in its live region; unchanged queues are not sent again."""
    last_digest = ""

    async def send_changes(response: web.StreamResponse) -> bool:
        nonlocal last_digest
        context = await snapshot(request)
        html = render_text(request, "_queue.html", **context)
        digest = hashlib.sha256(html.encode()).hexdigest()
        if digest != last_digest:
            last_digest = digest
            waiting = [{"id": e.conversation_id, "said": describe(e)} for e in context["waiting"]]
            await response.write(event("queue", {"html": html, "waiting": waiting, "mine": len(context["mine"])}))
        return True

    return await run_stream(request, QUEUE_TOPIC, send_changes, settle=QUEUE_SETTLE_SECONDS)


def describe(entry: QueueEntry) -> str:
    """How the live region announces a new arrival."""
    parts = ["In danger" if entry.danger else "", LABELS.get(entry.channel, entry.channel),
             LABELS.get(entry.incident_kind or "", (entry.incident_kind or "").replace("_", " "))]
    return ", ".join(part for part in parts if part)


def setup(app: web.Application) -> None:
    app.router.add_get("/", queue_page, name="queue")
    app.router.add_get("/queue/events", queue_events, name="queue_events")
