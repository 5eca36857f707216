"""Staff accounts in the console: changing one's password, and a supervisor disabling an account."""
from __future__ import annotations

from typing import Callable

import pytest
import requests
import sqlalchemy as sa
from playwright.sync_api import Page

from bot.console.accounts import authenticate
from bot.storage.schema import audit_log, conversations, staff_sessions
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import PASSWORD, ConsoleUser, add_staff, put_in_queue

NEW_PASSWORD = "plums in the hallway cupboard"


# Each test starts with no failed sign-ins counted (tests/bot/console/conftest.py).
pytestmark = pytest.mark.usefixtures("forget_failed_sign_ins")


def signed_in(console_only: ConsoleOnly, name: str, role: str = "handler") -> ConsoleUser:
    add_staff(console_only.settings.database_url, name, role)
    user = ConsoleUser(console_only.url)
    assert user.login(name).status_code == 200
    return user


def change(
    user: ConsoleUser, current: str, new: str, confirm: str | None = None, csrf: bool = True
) -> requests.Response:
    return user.post(
        "/account/password",
        {"current_password": current, "new_password": new, "confirm_password": new if confirm is None else confirm},
        csrf=csrf, allow_redirects=True,
    )


def can_sign_in(console_db: sa.engine.Engine, name: str, password: str) -> bool:
    with console_db.begin() as connection:
        return authenticate(connection, name, password) is not None


def actions_about(console_db: sa.engine.Engine, staff_id: int) -> list[str]:
    with console_db.connect() as connection:
        return list(connection.execute(
            sa.select(audit_log.c.action).where(audit_log.c.subject_kind == "staff", audit_log.c.subject_id == str(staff_id))
        ).scalars())


def test_a_password_change_is_refused_without_csrf_or_the_right_current_password_or_a_good_new_one(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    user = signed_in(console_only, "pw-refused")
    assert change(user, PASSWORD, NEW_PASSWORD, csrf=False).status_code == 403
    wrong = change(user, "not my password at all", NEW_PASSWORD)
    assert wrong.status_code == 400 and "Your current password is not right." in wrong.text
    short = change(user, PASSWORD, "short one")
    assert short.status_code == 400 and "at least 12 characters" in short.text
    common = change(user, PASSWORD, "password1234")
    assert common.status_code == 400 and "too common" in common.text
    assert "too common" in change(user, PASSWORD, "Iloveyou2024!").text  # padded to length: still common
    assert "not the same" in change(user, PASSWORD, NEW_PASSWORD, confirm=NEW_PASSWORD + "x").text
    assert "different from your current one" in change(user, PASSWORD, PASSWORD).text
    assert "must not contain the account name" in change(user, PASSWORD, "pw-refused is my password").text
    # Nothing changed: the old password still works, the new one does not.
    assert can_sign_in(console_db, "pw-refused", PASSWORD) and not can_sign_in(console_db, "pw-refused", NEW_PASSWORD)
    assert user.get("/", allow_redirects=False).status_code == 200


def test_changing_the_password_keeps_this_session_and_ends_the_others(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    here = signed_in(console_only, "pw-changer")
    elsewhere = ConsoleUser(console_only.url)
    elsewhere.login("pw-changer")
    done = change(here, PASSWORD, NEW_PASSWORD)
    assert done.status_code == 200 and "Your password is changed" in done.text
    assert here.get("/", allow_redirects=False).status_code == 200
    assert elsewhere.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303
    assert not can_sign_in(console_db, "pw-changer", PASSWORD)
    assert ConsoleUser(console_only.url).login("pw-changer").status_code == 401
    assert ConsoleUser(console_only.url).login("pw-changer", NEW_PASSWORD).status_code == 200
    member_id = _staff_id(console_db, "pw-changer")
    assert "password_changed" in actions_about(console_db, member_id)


def test_wrong_current_passwords_are_rate_limited_like_sign_ins(console_only: ConsoleOnly) -> None:
    user = signed_in(console_only, "pw-guesser")
    for _ in range(5):
        assert change(user, "a wrong guess again", NEW_PASSWORD).status_code == 400
    assert change(user, PASSWORD, NEW_PASSWORD).status_code == 429


def _staff_id(console_db: sa.engine.Engine, name: str) -> int:
    from bot.storage.schema import staff

    with console_db.connect() as connection:
        return int(connection.execute(sa.select(staff.c.id).where(staff.c.name == name)).scalar_one())


def test_disabling_is_refused_without_csrf_for_a_handler_and_for_oneself(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    url = console_only.settings.database_url
    target = add_staff(url, "dis-target")
    boss = signed_in(console_only, "dis-boss", "supervisor")
    handler = signed_in(console_only, "dis-handler")
    assert boss.post(f"/staff/{target.id}/disable", csrf=False, allow_redirects=False).status_code == 403
    assert handler.post(f"/staff/{target.id}/disable", allow_redirects=False).status_code == 403
    assert handler.get("/staff", headers={"Accept": "text/html"}).status_code == 403
    boss_id = _staff_id(console_db, "dis-boss")
    yourself = boss.post(f"/staff/{boss_id}/disable")
    assert "You cannot disable your own account" in yourself.text
    assert boss.post("/staff/999999/disable", allow_redirects=False).status_code == 404
    assert can_sign_in(console_db, "dis-target", PASSWORD) and can_sign_in(console_db, "dis-boss", PASSWORD)


def test_a_disabled_account_is_signed_out_at_once_its_conversations_go_back_and_it_cannot_sign_in(
    console_only: ConsoleOnly, console_db: sa.engine.Engine
) -> None:
    url = console_only.settings.database_url
    leaver = signed_in(console_only, "dis-leaver")
    boss = signed_in(console_only, "dis-boss-2", "supervisor")
    held = put_in_queue(url)
    leaver.post(f"/conversations/{held}/claim")
    leaver_id = _staff_id(console_db, "dis-leaver")
    listing = boss.get("/staff")
    assert "Disable dis-leaver" in listing.text

    done = boss.post(f"/staff/{leaver_id}/disable")
    assert "The account is disabled" in done.text and "Enable dis-leaver" in done.text
    assert leaver.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303
    refused = leaver.login("dis-leaver")
    assert refused.status_code == 401 and "ask a supervisor" in refused.text
    with console_db.connect() as connection:
        status, holder = connection.execute(
            sa.select(conversations.c.status, conversations.c.handler_id).where(conversations.c.id == held)
        ).one()
        live = connection.execute(
            sa.select(sa.func.count()).select_from(staff_sessions)
            .where(staff_sessions.c.staff_id == leaver_id, staff_sessions.c.ended_at.is_(None))
        ).scalar_one()
    assert status == "assistant" and holder is None and live == 0
    assert "account_disabled" in actions_about(console_db, leaver_id)

    # Enabled again: a fresh sign-in works; the old session stays ended.
    assert "Disable dis-leaver" in boss.post(f"/staff/{leaver_id}/enable").text
    assert leaver.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303
    assert ConsoleUser(console_only.url).login("dis-leaver").status_code == 200
    assert "account_enabled" in actions_about(console_db, leaver_id)


@pytest.mark.browser
def test_the_password_form_and_its_errors_are_usable_in_chromium(
    console_only: ConsoleOnly, new_page: Callable[[], Page]
) -> None:
    from playwright.sync_api import expect

    from tests.bot.console.support import sign_in
    from tests.bot.console.test_browser import assert_accessible

    add_staff(console_only.settings.database_url, "pw-browser")
    page = new_page()
    sign_in(page, console_only.url, "pw-browser")
    page.get_by_role("link", name="Your account").click()
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("qwertyuiop123")
    page.get_by_label("New password again").fill("qwertyuiop123")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert")).to_contain_text("too common")
    assert_accessible(page, "password change refused")
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("status")).to_contain_text("Your password is changed")
