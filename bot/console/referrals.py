"""Acting on a report: recording a referral (to whom, by whom, when; audited), the danger flags that
fired and when, and the print view a handler saves as PDF to refer the report on.

Who may: supervisors, for any report; a call handler, for the report of a conversation they hold now
(the same rule as seeing that report beside the conversation). Contact details are never printed unless
a supervisor has just opened them on the full report (they are not kept, so the print view never has them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import sqlalchemy as sa
import yaml
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE
from bot.config import PROJECT_ROOT
from bot.console import audit, report_store
from bot.console.accounts import Staff
from bot.console.conversation_state import read_state
from bot.console.rendering import current_staff, redirect, render
from bot.console.report_view import danger_label
from bot.storage.database import utcnow
from bot.storage.schema import danger_flags, report_referrals, staff

HELPLINES_PATH = PROJECT_ROOT / "data" / "helplines.yml"
# The services in data/helplines.yml a report is referred to (the police, and support services that
# take referrals), by id: their names come from the catalogue. Anyone else is "other", named by staff.
REFERRAL_IDS = ("police_non_emergency", "stop_hate_uk", "freeva", "national_domestic_abuse_helpline")
OTHER = "other"
MAX_OTHER_NAME = 120
MAX_NOTE = 2000


@lru_cache(maxsize=1)
def organisations(path: Path = HELPLINES_PATH) -> dict[str, str]:
    """id -> name of the organisations a report can be referred to, in REFERRAL_IDS' order, then other."""
    with path.open(encoding="utf-8") as handle:
        catalogue = yaml.safe_load(handle) or {}
    names = {entry["id"]: str(entry["name"]) for entry in catalogue.get("helplines") or [] if entry.get("status") == "verified"}
    found = {code: names[code] for code in REFERRAL_IDS if code in names}
    found[OTHER] = "Another organisation (name it)"
    return found


@dataclass(frozen=True)
class Referral:
    to: str
    note: str
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class DangerFlag:
    what: str
    at: dt.datetime


def organisation_name(code: str, other_name: Optional[str]) -> str:
    if code == OTHER:
        return other_name or "Another organisation"
    return organisations().get(code, code)


def add_referral(
    connection: Connection, report_id: int, organisation: str, other_name: Optional[str], note: Optional[str], staff_id: int
) -> None:
    connection.execute(report_referrals.insert().values(
        report_id=report_id, organisation=organisation, other_name=other_name, note=note, staff_id=staff_id,
        created_at=utcnow(),
    ))


def referrals_of(connection: Connection, report_id: int) -> list[Referral]:
    rows = connection.execute(
        sa.select(report_referrals, staff.c.name)
        .join(staff, staff.c.id == report_referrals.c.staff_id)
        .where(report_referrals.c.report_id == report_id)
        .order_by(report_referrals.c.id)
    ).all()
    return [Referral(organisation_name(r.organisation, r.other_name), r.note or "", r.name, r.created_at) for r in rows]


def danger_flags_of(connection: Connection, conversation_id: str) -> list[DangerFlag]:
    rows = connection.execute(
        sa.select(danger_flags.c.flag, danger_flags.c.at)
        .where(danger_flags.c.conversation_id == conversation_id).order_by(danger_flags.c.id)
    ).all()
    return [DangerFlag(danger_label(row.flag), row.at) for row in rows]


def may_act_on(connection: Connection, me: Staff, report: report_store.Report) -> bool:
    if me.is_supervisor:
        return True
    state = read_state(connection, report.conversation_id)
    return state is not None and state.held_by(me)


async def report_for(request: web.Request, me: Staff) -> report_store.Report:
    """The report named in the path, if this member of staff may act on it (404 or 403 otherwise)."""
    reference = request.match_info["reference"]
    db = request.app[DATABASE]
    report = await db.run(lambda c: report_store.by_reference(c, reference))
    if report is None:
        raise web.HTTPNotFound()
    if not await db.run(lambda c: may_act_on(c, me, report)):
        raise web.HTTPForbidden()
    return report


async def record_referral(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    report = await report_for(request, me)
    form = await request.post()
    organisation = str(form.get("organisation", ""))
    other_name = " ".join(str(form.get("other_name", "")).split())[:MAX_OTHER_NAME] or None
    note = str(form.get("note", "")).strip()[:MAX_NOTE] or None
    back = str(form.get("back", ""))
    page = f"/conversations/{report.conversation_id}" if back == "conversation" else f"/reports/{report.reference}"
    if organisation not in organisations() or (organisation == OTHER and not other_name):
        raise redirect(f"{page}?notice=referral_incomplete")
    to = organisation_name(organisation, other_name)

    def save(connection: Connection) -> None:
        add_referral(connection, report.id, organisation, other_name if organisation == OTHER else None, note, me.id)
        # Who referred which report to whom (the time is the entry's); the note stays on the report.
        audit.write(connection, me, "referred", audit.REPORT, report.reference, f"to {to}")

    await request.app[DATABASE].run(save)
    raise redirect(f"{page}?notice=referred")


async def print_view(request: web.Request) -> web.Response:
    """The report on A4, to save as PDF and hand on: no navigation, no buttons, marked as sensitive."""
    me = current_staff(request)
    report = await report_for(request, me)
    db = request.app[DATABASE]
    flags = await db.run(lambda c: danger_flags_of(c, report.conversation_id))
    found = await db.run(lambda c: referrals_of(c, report.id))
    await audit.record(request, me, "printed", audit.REPORT, report.reference)
    return render(request, "report_print.html", report=report, flags=flags, referrals=found, printed_by=me.name,
                  printed_at=utcnow())


def setup(app: web.Application) -> None:
    one = "/reports/{reference:[A-Za-z0-9-]{4,24}}"
    app.router.add_get(one + "/print", print_view, name="report_print")
    app.router.add_post(one + "/referrals", record_referral, name="report_referrals")
