"""Reports staff can act on: every answer under its question's label in plain words, the danger flags
with their times, the language, a print view (A4, to save as PDF) and referrals, in headless Chromium."""
from __future__ import annotations

import re
import secrets
from typing import Callable

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from bot.assistant_contract import ConversationFacts
from bot.assistant_turns import control_facts
from bot.identity import Sealer
from bot.storage.database import utcnow
from bot.storage.reports import NewReport, save_report
from bot.storage.schema import audit_log, danger_flags, report_referrals, sealed_contacts
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import ConsoleUser, add_staff, put_in_queue, sign_in
from tests.bot.console.test_browser import assert_accessible

pytestmark = pytest.mark.browser

CONTACT = "07700 900456, text only"
ACCOUNT = "Ktoś krzyczał na mnie w autobusie numer 14"
# As the action server stores them (actions/answers.py): canonical values, the person's words, None for a skip.
ANSWERS = {
    "reporter_role": "victim",
    "hate_motivation": ["race", "religion"],
    "account": ACCOUNT,
    "when_happened": "wczoraj wieczorem",
    "place_type": "public_transport",
    "area": "Belgrave",
    "offender": None,
    "ongoing": "happened_before",
    "evidence": None,
    "contact_preference": "contact",
    "contact_safe_time": None,
    "consent_share": "police_and_support",
}
SLOT_NAMES = ("reporter_role", "hate_motivation", "when_happened", "place_type", "contact_preference",
              "contact_safe_time", "consent_share", "not_given")
RAW_VALUES = ("victim", "public_transport", "happened_before", "police_and_support", "submitted", "hate_incident")


def report_in_polish(console_only: ConsoleOnly, engine: sa.engine.Engine, conversation_id: str, status: str = "submitted",
                     answers: dict | None = None, flagged: bool = True) -> str:
    with engine.begin() as connection:
        sealed_id = secrets.token_hex(12)
        connection.execute(sealed_contacts.insert().values(
            id=sealed_id, conversation_id=conversation_id,
            ciphertext=Sealer(console_only.settings.secret_key).seal(CONTACT), created_at=utcnow(),
        ))
        if flagged:
            # As the hub records it when the assistant gives the emergency answer (tested below).
            for fired in ("danger_now", "strangulation"):
                control_facts(connection, conversation_id, ConversationFacts(incident_kind=None, danger=True, danger_fired=fired), [])
        return save_report(connection, NewReport(
            conversation_id=conversation_id, channel="whatsapp", kind="hate", status=status,
            answers=ANSWERS if answers is None else answers, danger=flagged, sealed_contact_id=sealed_id, language="pl",
        ))


def assert_no_raw_values(text: str) -> None:
    for code in (*SLOT_NAMES, *RAW_VALUES):
        assert code not in text, f"{code!r} shown"
    assert not re.search(r"\bNone\b", text), "None shown"


def test_the_hub_records_which_danger_flag_fired_and_when(console_db: sa.engine.Engine) -> None:
    conversation_id = secrets.token_hex(20)
    with console_db.begin() as connection:
        changes = control_facts(connection, conversation_id, ConversationFacts(incident_kind="hate", danger=True), [])
        assert changes["danger"] is True
        assert connection.execute(sa.select(danger_flags).where(danger_flags.c.conversation_id == conversation_id)).first() is None
        control_facts(connection, conversation_id, ConversationFacts(incident_kind=None, danger=True, danger_fired="danger_now"), [])
        row = connection.execute(sa.select(danger_flags).where(danger_flags.c.conversation_id == conversation_id)).one()
    assert row.flag == "danger_now" and (utcnow() - row.at).total_seconds() < 60


def test_every_danger_category_the_detector_can_name_has_words_for_staff() -> None:
    from bot.console.report_view import DANGER_FLAGS
    from bot.rasa_plugins.danger_detector import _PATTERN_CATEGORY, SELF_HARM

    categories = set(_PATTERN_CATEGORY.values()) | {SELF_HARM}
    assert categories - {"general"} <= set(DANGER_FLAGS), categories - set(DANGER_FLAGS)


def test_the_report_view_shows_plain_words_flags_and_language(
    console_only: ConsoleOnly, console_db: sa.engine.Engine, new_page: Callable[[], Page]
) -> None:
    add_staff(console_only.settings.database_url, "view-sup", "supervisor")
    reference = report_in_polish(console_only, console_db, secrets.token_hex(20))
    page = new_page()
    sign_in(page, console_only.url, "view-sup")
    page.goto(f"{console_only.url}/reports/{reference}")
    main = page.locator("main")
    text = main.inner_text()
    assert_no_raw_values(text)
    for shown in ("Who is reporting", "It happened to me", "Why it happened", "Race, ethnicity or nationality, Religion or belief",
                  "Place", "Public transport", "Still happening", "It has happened before", "Share with",
                  "Police and a support service", "Who did it", "Skipped", "Polish (Polski)", "Sent by the person",
                  "Said someone is in danger now", "In danger now: strangling or choking", "WhatsApp", "Hate incident"):
        assert shown in text, shown
    assert "When and how it is safe to contact them" in text  # asked (they chose to leave details), skipped
    expect(page.get_by_text(ACCOUNT)).to_have_attribute("lang", "pl")
    assert CONTACT not in text
    assert_accessible(page, "report view")


def test_a_partial_report_says_not_answered_and_hides_questions_that_did_not_apply(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    add_staff(console_only.settings.database_url, "partial-sup", "supervisor")
    user = ConsoleUser(console_only.url)
    user.login("partial-sup")
    answers = {"reporter_role": "witness", "account": "They kept shouting", "when_happened": None,
               "contact_preference": "anonymous", "contact_safe_time": None}
    reference = report_in_polish(console_only, console_db, secrets.token_hex(20), "partial", answers, flagged=False)
    text = user.get(f"/reports/{reference}").text
    assert "Not answered" in text and "Skipped" not in text and "I saw it happen" in text and "Stay anonymous" in text
    assert "When and how it is safe to contact them" not in text  # anonymous: never asked
    assert "Kept part-way" in text and "None fired" in text


def test_the_print_view_is_a4_ready_marked_without_navigation_or_contact_details(
    console_only: ConsoleOnly, console_db: sa.engine.Engine, new_page: Callable[[], Page]
) -> None:
    add_staff(console_only.settings.database_url, "print-sup", "supervisor")
    reference = report_in_polish(console_only, console_db, secrets.token_hex(20))
    page = new_page()
    sign_in(page, console_only.url, "print-sup")
    page.goto(f"{console_only.url}/reports/{reference}")
    page.get_by_role("link", name="Print view (to save as PDF)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"SpeakUp report {reference}")
    page.emulate_media(media="print")
    text = page.locator("body").inner_text()
    assert_no_raw_values(text)
    assert CONTACT not in text and "not printed" in text
    assert "OFFICIAL-SENSITIVE" in text and "Said someone is in danger now" in text and ACCOUNT in text
    assert page.get_by_role("navigation").count() == 0
    assert page.locator("form, button").count() == 0
    expect(page.get_by_text("Save as PDF")).to_be_hidden()  # the screen-only hint is not printed
    assert_accessible(page, "print view")
    pdf = page.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 1
    with console_db.connect() as connection:
        assert connection.execute(sa.select(audit_log).where(
            audit_log.c.action == "printed", audit_log.c.subject_id == reference)).first() is not None


def test_a_referral_is_recorded_shown_and_audited(
    console_only: ConsoleOnly, console_db: sa.engine.Engine, new_page: Callable[[], Page]
) -> None:
    add_staff(console_only.settings.database_url, "refer-sup", "supervisor")
    reference = report_in_polish(console_only, console_db, secrets.token_hex(20))
    page = new_page()
    sign_in(page, console_only.url, "refer-sup")
    page.goto(f"{console_only.url}/reports/{reference}")
    page.get_by_text("Record a referral").click()
    page.get_by_label("Referred to").select_option(label="Stop Hate UK")
    page.get_by_label("Note (optional").fill("Sent by secure email, their ref SH-1")
    page.get_by_role("button", name="Record the referral").click()
    expect(page.get_by_role("status")).to_contain_text("The referral is recorded.")
    expect(page.locator(".referrals")).to_contain_text("Referred to Stop Hate UK by refer-sup")
    assert_accessible(page, "report with a referral")
    page.goto(f"{console_only.url}/reports/{reference}/print")
    expect(page.locator("main")).to_contain_text("Referred to Stop Hate UK")

    with console_db.connect() as connection:
        entry = connection.execute(sa.select(audit_log).where(
            audit_log.c.action == "referred", audit_log.c.subject_id == reference)).one()
    assert entry.detail == "to Stop Hate UK" and entry.staff_id is not None

    user = ConsoleUser(console_only.url)
    user.login("refer-sup")
    assert user.post(f"/reports/{reference}/referrals", {"organisation": "police_non_emergency"}, csrf=False,
                     allow_redirects=False).status_code == 403
    incomplete = user.post(f"/reports/{reference}/referrals", {"organisation": "other", "other_name": "  "})
    assert "Please choose who it was referred to" in incomplete.text
    other = user.post(f"/reports/{reference}/referrals", {"organisation": "other", "other_name": "Leicester Council ASB team"})
    assert "Referred to <strong>Leicester Council ASB team</strong>" in other.text
    with console_db.connect() as connection:
        count = connection.execute(sa.select(sa.func.count()).select_from(report_referrals)).scalar_one()
    assert count >= 2


def test_a_handler_refers_and_prints_only_the_report_of_a_conversation_they_hold(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    url = console_only.settings.database_url
    add_staff(url, "refer-h")
    add_staff(url, "other-h")
    holder, other = ConsoleUser(console_only.url), ConsoleUser(console_only.url)
    holder.login("refer-h")
    other.login("other-h")
    conversation_id = put_in_queue(url)
    reference = report_in_polish(console_only, console_db, conversation_id)
    assert holder.get(f"/reports/{reference}/print", headers={"Accept": "text/html"}).status_code == 403
    holder.post(f"/conversations/{conversation_id}/claim")
    page = holder.get(f"/conversations/{conversation_id}")
    assert "Record a referral" in page.text and "Public transport" in page.text and CONTACT not in page.text
    printed = holder.get(f"/reports/{reference}/print")
    assert printed.status_code == 200 and CONTACT not in printed.text
    done = holder.post(f"/reports/{reference}/referrals", {"organisation": "freeva", "back": "conversation"})
    assert done.url.endswith(f"/conversations/{conversation_id}?notice=referred") and "The referral is recorded." in done.text
    assert other.get(f"/reports/{reference}/print", headers={"Accept": "text/html"}).status_code == 403
    assert other.post(f"/reports/{reference}/referrals", {"organisation": "freeva"}, allow_redirects=False).status_code == 403
