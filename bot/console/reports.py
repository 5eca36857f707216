"""Reports for supervisors: a filtered list, one report in full, its review status, notes, contact
details (decrypted only on request, on the full view, and audited) and a CSV export."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, SEALER, SETTINGS
from bot.console import audit, labels, notes, referrals, report_store
from bot.console.labels import LABELS, REVIEW_STATUSES
from bot.console.rendering import redirect, render, require_supervisor
from bot.languages.supported import is_supported
from bot.console.report_store import ReportFilter

NOTICES = {**labels.NOTICES["report"], **labels.NOTICES["referral"]}
# Cells a spreadsheet would run as a formula (OWASP's list, with tab and carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _local_day(request: web.Request, raw: str, add_days: int = 0) -> dt.datetime | None:
    """Midnight of a local date (YYYY-MM-DD) as naive UTC, or None when not a date."""
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        return None
    zone = ZoneInfo(request.app[SETTINGS].timezone)
    midnight = dt.datetime.combine(day + dt.timedelta(days=add_days), dt.time(), tzinfo=zone)
    return midnight.astimezone(dt.timezone.utc).replace(tzinfo=None)


def chosen_filter(request: web.Request) -> ReportFilter:
    query = request.query
    status = query.get("status", "")
    return ReportFilter(
        kind=query.get("kind", "")[:32],
        channel=query.get("channel", "")[:16],
        language=query.get("language", "") if is_supported(query.get("language", "")) else "",
        review_status=status if status in REVIEW_STATUSES else "",
        since=_local_day(request, query.get("from", "")),
        # "to" is inclusive: up to the end of that day.
        until=_local_day(request, query.get("to", ""), add_days=1),
    )


async def report_list(request: web.Request) -> web.Response:
    me = require_supervisor(request)
    chosen = chosen_filter(request)
    try:
        page = max(0, int(request.query.get("page", "0")))
    except ValueError:
        page = 0
    db = request.app[DATABASE]
    found, total = await db.run(lambda c: report_store.find(c, chosen, page))
    options = await db.run(report_store.choices)
    await audit.record(request, me, "listed", audit.REPORTS, None, f"{total} matching")
    query = {k: v for k, v in request.query.items() if k != "page"}
    return render(
        request, "reports.html", reports=found, total=total, page=page, page_size=report_store.PAGE_SIZE,
        query=query, options=options, chosen=request.query, labels=LABELS,
    )


async def _report_or_404(request: web.Request) -> report_store.Report:
    reference = request.match_info["reference"]
    report = await request.app[DATABASE].run(lambda c: report_store.by_reference(c, reference))
    if report is None:
        raise web.HTTPNotFound()
    return report


async def _show(request: web.Request, contact: str | None = None, status: int = 200) -> web.Response:
    me = require_supervisor(request)
    report = await _report_or_404(request)
    db = request.app[DATABASE]
    found_notes = await db.run(lambda c: notes.notes_for(c, report_id=report.id))
    flags = await db.run(lambda c: referrals.danger_flags_of(c, report.conversation_id))
    referred = await db.run(lambda c: referrals.referrals_of(c, report.id))
    if contact is None:
        await audit.record(request, me, "viewed", audit.REPORT, report.reference)
    return render(
        request, "report.html", status=status, report=report, notes=found_notes, contact=contact,
        statuses=REVIEW_STATUSES, labels=LABELS, notice=NOTICES.get(request.query.get("notice", "")),
        flags=flags, referrals=referred,
    )


async def report_page(request: web.Request) -> web.Response:
    return await _show(request)


async def reveal_contact(request: web.Request) -> web.Response:
    """Contact details are opened only when a supervisor asks, on this page, and the asking is audited.
    A POST, so that a link, a prefetch or the browser's history can never open them."""
    me = require_supervisor(request)
    report = await _report_or_404(request)
    sealed = await request.app[DATABASE].run(lambda c: report_store.sealed_contact(c, report.reference))
    await audit.record(request, me, "contact_viewed", audit.REPORT, report.reference)
    if not sealed:
        return await _show(request, contact="")
    try:
        contact = request.app[SEALER].open(sealed)
    except ValueError:
        contact = "(these details cannot be opened: they were sealed with another key)"
    return await _show(request, contact=contact)


async def set_status(request: web.Request) -> web.StreamResponse:
    me = require_supervisor(request)
    report = await _report_or_404(request)
    status = str((await request.post()).get("status", ""))
    if status not in REVIEW_STATUSES:
        raise web.HTTPBadRequest()

    def save(connection: Connection) -> None:
        report_store.set_review_status(connection, report.reference, status)
        audit.write(connection, me, "status_changed", audit.REPORT, report.reference, f"{report.review_status} -> {status}")

    await request.app[DATABASE].run(save)
    raise redirect(f"/reports/{report.reference}?notice=status")


async def add_report_note(request: web.Request) -> web.StreamResponse:
    me = require_supervisor(request)
    report = await _report_or_404(request)
    text = notes.clean_note((await request.post()).get("text"))
    if not text:
        raise redirect(f"/reports/{report.reference}?notice=empty")

    def save(connection: Connection) -> None:
        notes.add_note(connection, me.id, text, report_id=report.id, conversation_id=report.conversation_id)
        audit.write(connection, me, "added_note", audit.REPORT, report.reference)

    await request.app[DATABASE].run(save)
    raise redirect(f"/reports/{report.reference}?notice=noted")


def safe_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: anything that could start a formula is quoted."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


EXPORT_COLUMNS = ("reference", "created_at_utc", "channel", "language", "kind", "status", "review_status", "danger", "answers",
                  "additions")


async def export_csv(request: web.Request) -> web.Response:
    """The reports matching the list's filters, without contact details (which never leave the console)."""
    me = require_supervisor(request)
    chosen = chosen_filter(request)

    def build(connection: Connection) -> tuple[str, int]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(EXPORT_COLUMNS)
        count = 0
        for report in report_store.each_matching(connection, chosen):
            answers = "; ".join(f"{key}: {safe_text(value)}" for key, value in report.answers.items())
            additions = " | ".join(a["text"] for a in report.additions)
            row = (report.reference, report.created_at.isoformat(timespec="seconds"), report.channel, report.language, report.kind,
                   report.status, report.review_status, "yes" if report.danger else "no", answers, additions)
            writer.writerow([safe_cell(cell) for cell in row])
            count += 1
        return out.getvalue(), count

    text, count = await request.app[DATABASE].run(build)
    await audit.record(request, me, "exported", audit.REPORTS, None, f"{count} reports")
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M")
    return web.Response(
        text=text, content_type="text/csv", charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="speakup-reports-{stamp}.csv"'},
    )


def safe_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def setup(app: web.Application) -> None:
    app.router.add_get("/reports", report_list, name="reports")
    app.router.add_get("/reports/export.csv", export_csv, name="reports_export")
    one = "/reports/{reference:[A-Za-z0-9-]{4,24}}"
    app.router.add_get(one, report_page, name="report")
    app.router.add_post(one + "/contact", reveal_contact, name="report_contact")
    app.router.add_post(one + "/status", set_status, name="report_status")
    app.router.add_post(one + "/notes", add_report_note, name="report_notes")
