"""Reports, statistics and the audit log, for supervisors."""
from __future__ import annotations

import csv
import io
import secrets

import sqlalchemy as sa

from bot.identity import Sealer
from bot.storage.reports import NewReport, save_report
from bot.storage.schema import audit_log, reports, sealed_contacts
from bot.storage.database import utcnow
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import ConsoleUser, add_staff, put_in_queue

CONTACT = "07700 900123, evenings only"


def make_report(console_only: ConsoleOnly, engine: sa.engine.Engine, conversation_id: str, answers: dict, contact: bool = True) -> str:
    sealed_id = None
    with engine.begin() as connection:
        if contact:
            sealed_id = secrets.token_hex(12)
            connection.execute(sealed_contacts.insert().values(
                id=sealed_id, conversation_id=conversation_id,
                ciphertext=Sealer(console_only.settings.secret_key).seal(CONTACT), created_at=utcnow(),
            ))
        return save_report(connection, NewReport(
            conversation_id=conversation_id, channel="web", kind="hate_incident", status="submitted",
            answers=answers, sealed_contact_id=sealed_id,
        ))


def supervisor(console_only: ConsoleOnly, name: str) -> ConsoleUser:
    add_staff(console_only.settings.database_url, name, "supervisor")
    user = ConsoleUser(console_only.url)
    user.login(name)
    return user


def test_supervisors_list_view_and_review_reports(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    user = supervisor(console_only, "sup-reports")
    conversation_id = secrets.token_hex(20)
    reference = make_report(console_only, console_db, conversation_id, {"what_happened": "Shouted at on the bus <script>"})

    listing = user.get("/reports?kind=hate_incident&channel=web&status=new")
    assert reference in listing.text
    assert reference not in user.get("/reports?status=reviewed").text
    assert reference not in user.get("/reports?from=2000-01-01&to=2000-01-02").text

    page = user.get(f"/reports/{reference}")
    assert "Shouted at on the bus &lt;script&gt;" in page.text
    assert CONTACT not in page.text  # locked away until asked for
    shown = user.post(f"/reports/{reference}/contact")
    assert CONTACT in shown.text
    assert CONTACT not in user.get(f"/reports/{reference}").text

    saved = user.post(f"/reports/{reference}/status", {"status": "referred_support"})
    assert "The status is saved" in saved.text
    with console_db.connect() as connection:
        assert connection.execute(sa.select(reports.c.review_status).where(reports.c.reference == reference)).scalar() == "referred_support"
        actions = set(connection.execute(
            sa.select(audit_log.c.action).where(audit_log.c.subject_id == reference)
        ).scalars())
    assert {"viewed", "contact_viewed", "status_changed"} <= actions
    assert "contact viewed" in user.get(f"/audit?subject={reference}").text


def test_the_csv_export_cannot_smuggle_formulas(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    user = supervisor(console_only, "sup-export")
    dangerous = {"what_happened": "=HYPERLINK(\"http://evil\",\"x\")", "where": "+44 street", "who": "@someone", "when": "-1"}
    reference = make_report(console_only, console_db, secrets.token_hex(20), dangerous, contact=False)
    response = user.get("/reports/export.csv")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert CONTACT not in response.text
    rows = list(csv.reader(io.StringIO(response.text)))
    ours = next(row for row in rows if row[0] == reference)
    for cell in ours:
        assert not cell.startswith(("=", "+", "-", "@")), cell
    assert any(cell.startswith("'") or "=HYPERLINK" in cell for cell in ours)
    from bot.console.reports import safe_cell
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("@x") == "'@x" and safe_cell("-2") == "'-2" and safe_cell("ok") == "ok"
    with console_db.connect() as connection:
        assert connection.execute(sa.select(audit_log).where(audit_log.c.action == "exported")).first() is not None


def test_statistics_and_audit_pages_render(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    user = supervisor(console_only, "sup-stats")
    make_report(console_only, console_db, secrets.token_hex(20), {"a": "b"}, contact=False)
    page = user.get("/statistics")
    assert page.status_code == 200
    assert "<svg" in page.text and "<table" in page.text and "Reports per week, by kind of incident" in page.text
    assert user.get("/audit").status_code == 200


def test_a_handler_sees_the_report_of_a_conversation_they_hold_without_contact_details(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    url = console_only.settings.database_url
    add_staff(url, "holder-h")
    user = ConsoleUser(console_only.url)
    user.login("holder-h")
    conversation_id = put_in_queue(url)
    reference = make_report(console_only, console_db, conversation_id, {"what_happened": "Graffiti on my door"})
    before = user.get(f"/conversations/{conversation_id}")
    assert "Graffiti on my door" not in before.text  # not before they hold it
    user.post(f"/conversations/{conversation_id}/claim")
    page = user.get(f"/conversations/{conversation_id}")
    assert reference in page.text and "Graffiti on my door" in page.text
    assert CONTACT not in page.text
    assert user.get(f"/reports/{reference}", headers={"Accept": "text/html"}).status_code == 403


def test_the_list_pages_through_many_reports(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    import re

    user = supervisor(console_only, "sup-pages")
    for n in range(55):
        make_report(console_only, console_db, secrets.token_hex(20), {"n": str(n)}, contact=False)
    first = user.get("/reports?kind=hate_incident")
    older = re.search(r'href="(/reports\?[^"]*page=1[^"]*)">Older reports', first.text)
    assert older, "no link to older reports"
    second = user.get(older.group(1).replace("&amp;", "&"))
    assert second.status_code == 200 and "Newer reports" in second.text and "kind=hate_incident" in older.group(1)
