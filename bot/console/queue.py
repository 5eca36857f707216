"""The live queue: conversations waiting for a person (danger first, then the longest waiting), with
how long each has waited, its channel, the kind of incident and the last things said; and the
conversations this handler holds. The page updates itself from a server-sent event stream."""
from __future__ import annotations

import hashlib
from typing import Any

from aiohttp import web

from bot.app_keys import HANDOFF
from bot.console.live import run_stream
from bot.console.rendering import current_staff, render, render_text
from bot.console import labels
from bot.console.labels import LABELS
from bot.console.shared_queue import SHARED_QUEUE, QueueReading, read_queue
from bot.event_stream import event
from bot.handoff import QueueEntry
from bot.languages.supported import ENGLISH, is_supported, language
from bot.storage.database import utcnow
NOTICES = labels.NOTICES["queue"]


def language_filter(request: web.Request) -> str:
    """The language the queue is filtered to (`?language=pl`), or "" for every language."""
    code = request.query.get("language", "")
    return code if is_supported(code) else ""


async def snapshot(request: web.Request, reading: QueueReading) -> dict[str, Any]:
    mine = await request.app[HANDOFF].held_by(current_staff(request).id)
    only = language_filter(request)
    waiting = [e for e in reading.waiting if (e.language or ENGLISH) == only] if only else reading.waiting
    return {"waiting": waiting, "mine": mine, "previews": reading.previews, "now": utcnow(), "held": reading.held,
            "language_filter": only}


async def queue_page(request: web.Request) -> web.Response:
    notice = NOTICES.get(request.query.get("notice", ""))
    # Read afresh: the page often follows a change (a claim, a hand-back) that must show at once.
    context = await snapshot(request, await read_queue(request.app))
    return render(request, "queue.html", notice=notice, **context)


async def queue_events(request: web.Request) -> web.StreamResponse:
    """`queue` events carry the re-rendered queue (escaped by the templates) and the waiting ids, so the
    page can announce new arrivals in its live region; unchanged queues are not sent again."""
    last_digest = ""
    shared = request.app[SHARED_QUEUE]
    # Starts from a fresh reading, and never goes back to an older one than it has shown.
    reading = await read_queue(request.app)

    async def send_changes(response: web.StreamResponse) -> bool:
        nonlocal last_digest, reading
        if shared.current.read_at > reading.read_at:
            reading = shared.current
        context = await snapshot(request, reading)
        html = render_text(request, "_queue.html", **context)
        digest = hashlib.sha256(html.encode()).hexdigest()
        if digest != last_digest:
            last_digest = digest
            waiting = [{"id": e.conversation_id, "said": describe(e)} for e in context["waiting"]]
            await response.write(event("queue", {"html": html, "waiting": waiting, "mine": len(context["mine"])}))
        return True

    return await run_stream(request, shared, send_changes)


def describe(entry: QueueEntry) -> str:
    """How the live region announces a new arrival."""
    parts = ["In danger" if entry.danger else "", LABELS.get(entry.channel, entry.channel),
             LABELS.get(entry.incident_kind or "", (entry.incident_kind or "").replace("_", " ")),
             language(entry.language).english_name if entry.language not in (None, ENGLISH) else ""]
    return ", ".join(part for part in parts if part)


def setup(app: web.Application) -> None:
    app.router.add_get("/", queue_page, name="queue")
    app.router.add_get("/queue/events", queue_events, name="queue_events")
