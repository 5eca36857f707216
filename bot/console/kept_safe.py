"""What was kept safely: the phone numbers, email addresses and postcodes a person typed, which the
transcript and the report show only as placeholders (bot/identities_in_text.py). Opened only when a
supervisor, or the call handler holding the conversation, asks; each opening is written to the audit
log (who, which conversation or report, what kinds and how many: never the values themselves).

POST only, with the session's CSRF token (bot/console/csrf.py), so that a link, a prefetch or the
browser's history can never open them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from aiohttp import web

from bot.app_keys import DATABASE, SEALER
from bot.console import audit, report_store
from bot.console.accounts import Staff
from bot.console.conversation_state import conversation_id_of, read_state
from bot.console.rendering import current_staff, render, short_id
from bot.identity import Sealer
from bot.storage import identities
from bot.storage.identities import SealedIdentity

ACTION = "identities_viewed"
KIND_LABELS = {"phone": "Phone number", "email": "Email address", "postcode": "Postcode"}
NOT_ALLOWED = (
    "Only a supervisor, or the call handler holding this conversation, can see what the person typed "
    "that was kept safely. Ask a supervisor if you need it."
)
CANNOT_OPEN = "(this cannot be opened: it was sealed with another key)"


@dataclass(frozen=True)
class Opened:
    kind: str
    label: str
    value: str
    typed_at: dt.datetime


def _open(sealer: Sealer, kept: Sequence[SealedIdentity]) -> list[Opened]:
    opened = []
    for identity in kept:
        try:
            value = sealer.open(identity.ciphertext)
        except ValueError:
            value = CANNOT_OPEN
        opened.append(Opened(identity.kind, KIND_LABELS.get(identity.kind, identity.kind), value, identity.created_at))
    return opened


def _detail(kept: Sequence[SealedIdentity]) -> str:
    """What was shown, for the audit log: kinds and counts ("phone x2, email x1"), never a value."""
    counts = Counter(identity.kind for identity in kept)
    return ", ".join(f"{kind} x{count}" for kind, count in sorted(counts.items())) or "nothing kept"


def _refused(request: web.Request) -> web.Response:
    return render(request, "error.html", status=403, title="Not available to you", message=NOT_ALLOWED)


async def _reveal(
    request: web.Request, me: Staff, subject_kind: str, subject_id: str, kept: Sequence[SealedIdentity],
    back: str, heading: str,
) -> web.Response:
    await audit.record(request, me, ACTION, subject_kind, subject_id, _detail(kept))
    opened = _open(request.app[SEALER], kept)
    return render(request, "kept_safe.html", opened=opened, back=back, heading=heading)


async def reveal_in_conversation(request: web.Request) -> web.Response:
    me = current_staff(request)
    conversation_id = conversation_id_of(request)
    db = request.app[DATABASE]
    state = await db.run(lambda c: read_state(c, conversation_id))
    if state is None:
        raise web.HTTPNotFound()
    if not (me.is_supervisor or state.held_by(me)):
        await audit.record(request, me, "identities_refused", audit.CONVERSATION, conversation_id)
        return _refused(request)
    kept = await db.run(lambda c: identities.of_conversation(c, conversation_id))
    return await _reveal(
        request, me, audit.CONVERSATION, conversation_id, kept, back=f"/conversations/{conversation_id}",
        heading=f"Kept safely in conversation {short_id(conversation_id)}",
    )


async def reveal_in_report(request: web.Request) -> web.Response:
    """Reports are for supervisors (bot/console/reports.py): so is what their placeholders stand for."""
    me = current_staff(request)
    if not me.is_supervisor:
        return _refused(request)
    reference = request.match_info["reference"]
    db = request.app[DATABASE]
    report = await db.run(lambda c: report_store.by_reference(c, reference))
    if report is None:
        raise web.HTTPNotFound()
    kept = await db.run(lambda c: identities.of_report(c, report.id, report.conversation_id))
    return await _reveal(
        request, me, audit.REPORT, report.reference, kept, back=f"/reports/{report.reference}",
        heading=f"Kept safely in report {report.reference}",
    )


def setup(app: web.Application) -> None:
    app.router.add_post("/conversations/{conversation_id:[0-9a-f]{8,64}}/kept-safe", reveal_in_conversation,
                        name="conversation_kept_safe")
    app.router.add_post("/reports/{reference:[A-Za-z0-9-]{4,24}}/kept-safe", reveal_in_report, name="report_kept_safe")
