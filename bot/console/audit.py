"""The audit log: who viewed or changed which conversation or report, and when. Supervisors read it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE
from bot.console.accounts import Staff
from bot.console.rendering import render, require_supervisor
from bot.storage.database import utcnow
from bot.storage.schema import audit_log, staff

CONVERSATION, REPORT, REPORTS, STAFF_MEMBER = "conversation", "report", "reports", "staff"
PAGE_SIZE = 200


def write(
    connection: Connection,
    who: Optional[Staff],
    action: str,
    subject_kind: str,
    subject_id: Optional[str] = None,
    detail: Optional[str] = None,
) -> None:
    connection.execute(
        audit_log.insert().values(
            at=utcnow(),
            staff_id=who.id if who else None,
            action=action,
            subject_kind=subject_kind,
            subject_id=subject_id,
            detail=(detail or None) and detail[:200],
        )
    )


async def record(
    request: web.Request, who: Optional[Staff], action: str, subject_kind: str,
    subject_id: Optional[str] = None, detail: Optional[str] = None,
) -> None:
    await request.app[DATABASE].run(lambda c: write(c, who, action, subject_kind, subject_id, detail))


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    staff_name: Optional[str]
    action: str
    subject_kind: str
    subject_id: Optional[str]
    detail: Optional[str]


def entries(
    connection: Connection, subject_kind: Optional[str] = None, subject_id: Optional[str] = None
) -> list[AuditEntry]:
    query = sa.select(audit_log, staff.c.name).select_from(audit_log.outerjoin(staff, staff.c.id == audit_log.c.staff_id))
    if subject_kind:
        query = query.where(audit_log.c.subject_kind == subject_kind)
    if subject_id:
        query = query.where(audit_log.c.subject_id == subject_id)
    rows = connection.execute(query.order_by(audit_log.c.id.desc()).limit(PAGE_SIZE)).all()
    return [AuditEntry(r.at, r.name, r.action, r.subject_kind, r.subject_id, r.detail) for r in rows]


async def audit_page(request: web.Request) -> web.Response:
    me = require_supervisor(request)
    kind = request.query.get("kind") or None
    subject = (request.query.get("subject") or "").strip() or None
    found = await request.app[DATABASE].run(lambda c: entries(c, kind, subject))
    return render(request, "audit.html", entries=found, kind=kind or "", subject=subject or "",
                  kinds=(CONVERSATION, REPORT, REPORTS, STAFF_MEMBER), me=me)


def setup(app: web.Application) -> None:
    app.router.add_get("/audit", audit_page, name="audit")
