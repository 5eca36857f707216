"""Nobody gets in without signing in, every change needs its CSRF token, sign-in is rate limited,
sessions expire, and roles decide what a member of staff sees."""
from __future__ import annotations

import datetime as dt

import re
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from bot.console.auth import PUBLIC_ROUTES
from bot.login_attempts import LocalLoginLimiter
from bot.storage.database import utcnow
from bot.storage.schema import audit_log, staff_sessions
from tests.bot.console.conftest import ConsoleOnly
from tests.bot.console.support import ConsoleUser, add_staff, form_token

# Each test starts with no failed sign-ins counted (tests/bot/console/conftest.py).
pytestmark = pytest.mark.usefixtures("forget_failed_sign_ins")


SAMPLE_VALUES = {"conversation_id": "0123456789abcdef0123456789abcdef01234567", "reference": "123456789012", "staff_id": "1"}


def concrete_routes(console_only: ConsoleOnly) -> list[tuple[str, str, str]]:
    """Every (method, path, name) the console answers, with sample values in place of parameters."""
    found = []
    for route in console_only.console.router.routes():
        if route.method == "HEAD":
            continue
        resource = route.resource
        assert resource is not None, route  # aiohttp's router only holds routes added to a resource
        path = re.sub(r"\{(\w+)(:[^}]*)?\}", lambda m: SAMPLE_VALUES[m.group(1)], resource.canonical)
        found.append((route.method, path, resource.name or ""))
    return found


def test_every_route_but_sign_in_is_refused_without_a_session(console_only: ConsoleOnly) -> None:
    routes = concrete_routes(console_only)
    assert len(routes) >= 20
    for method, path, name in routes:
        if name in PUBLIC_ROUTES:
            continue
        for accept in ("text/html", "application/json"):
            response = requests.request(
                method, console_only.url + path, headers={"Accept": accept}, allow_redirects=False, timeout=30
            )
            assert response.status_code in (303, 401), (method, path, response.status_code)
            if response.status_code == 303:
                assert response.headers["Location"] == "/login", (method, path)
            assert "Set-Cookie" not in response.headers or "speakup_console=" not in response.headers["Set-Cookie"]


def test_a_made_up_session_cookie_does_not_get_in(console_only: ConsoleOnly) -> None:
    response = requests.get(
        console_only.url + "/", cookies={"speakup_console": "made-up"}, headers={"Accept": "text/html"},
        allow_redirects=False, timeout=30,
    )
    assert response.status_code == 303 and response.headers["Location"] == "/login"


def test_every_change_is_refused_without_its_csrf_token(console_only: ConsoleOnly) -> None:
    add_staff(console_only.settings.database_url, "csrf-sup", "supervisor")
    user = ConsoleUser(console_only.url)
    assert user.login("csrf-sup").status_code == 200
    posts = [(m, p) for m, p, n in concrete_routes(console_only) if m == "POST" and n not in PUBLIC_ROUTES]
    assert len(posts) >= 9
    for _method, path in posts:
        missing = user.post(path, {"text": "hello", "status": "reviewed"}, csrf=False, allow_redirects=False)
        assert missing.status_code == 403, (path, missing.status_code)
        wrong = user.post(path, {"csrf_token": "0" * 64, "text": "x"}, csrf=False, allow_redirects=False)
        assert wrong.status_code == 403, (path, wrong.status_code)
        header = user.http.post(console_only.url + path, headers={"X-CSRF-Token": "nope"}, allow_redirects=False, timeout=30)
        assert header.status_code == 403, path
    # Still signed in: the refusals changed nothing.
    assert user.get("/").status_code == 200


def test_signing_in_needs_the_sign_in_forms_token(console_only: ConsoleOnly) -> None:
    add_staff(console_only.settings.database_url, "login-csrf")
    response = requests.post(
        console_only.url + "/login", data={"name": "login-csrf", "password": "a long test password 1"},
        allow_redirects=False, timeout=30,
    )
    assert response.status_code == 403


def test_the_session_cookie_is_httponly_strict_and_host_wide(console_only: ConsoleOnly) -> None:
    add_staff(console_only.settings.database_url, "cookie-check")
    user = ConsoleUser(console_only.url)
    page = user.http.get(console_only.url + "/login", timeout=30)
    token = form_token(page.text)
    response = user.http.post(
        console_only.url + "/login", data={"name": "cookie-check", "password": "a long test password 1", "csrf_token": token},
        allow_redirects=False, timeout=60,
    )
    assert response.status_code == 303
    cookie = next(c for c in response.raw.headers.getlist("Set-Cookie") if c.startswith("speakup_console="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # served over http here; https turns Secure and the __Host- prefix on


def test_over_https_the_cookie_is_secure_and_host_prefixed(tmp_path: Path) -> None:
    from tests.bot.console.conftest import running_console_only

    with running_console_only(tmp_path, CONSOLE_BASE_URL="https://console.example.org") as running:
        add_staff(running.settings.database_url, "secure-one")
        http = requests.Session()
        page = http.get(running.url + "/login", timeout=30)
        login_cookie = page.headers["Set-Cookie"]
        assert "Secure" in login_cookie and "SameSite=Strict" in login_cookie
        token = form_token(page.text)
        # The browser would send the Secure cookie back over https; requests over http must be told to.
        response = requests.post(
            running.url + "/login", data={"name": "secure-one", "password": "a long test password 1", "csrf_token": token},
            cookies={"speakup_console_login": token}, allow_redirects=False, timeout=60,
        )
        assert response.status_code == 303
        cookie = next(c for c in response.raw.headers.getlist("Set-Cookie") if c.startswith("__Host-speakup_console="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert "Domain" not in cookie


def test_the_console_sends_the_hubs_security_headers(console_only: ConsoleOnly) -> None:
    response = requests.get(console_only.url + "/login", timeout=30)
    assert response.headers["Cache-Control"] == "no-store"
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_sign_in_is_rate_limited_per_account(console_only: ConsoleOnly) -> None:
    add_staff(console_only.settings.database_url, "guessed")
    attacker = ConsoleUser(console_only.url)
    for _ in range(5):
        assert attacker.login("guessed", "wrong password guess").status_code == 401
    # The right password does not help once the account is being guessed at.
    blocked = attacker.login("guessed")
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.text and int(blocked.headers["Retry-After"]) > 0
    assert ConsoleUser(console_only.url).login("guessed").status_code == 429


def test_attempts_sent_all_at_once_are_limited_too(console_only: ConsoleOnly) -> None:
    from concurrent.futures import ThreadPoolExecutor

    add_staff(console_only.settings.database_url, "stormed")
    guessers = [ConsoleUser(console_only.url) for _ in range(12)]
    for guesser in guessers:  # each has its sign-in form (and token) ready
        guesser.http.get(console_only.url + "/login", timeout=30)
    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(lambda g: g.login("stormed", f"guess {id(g)}").status_code, guessers))
    assert statuses.count(401) <= 5 and statuses.count(429) >= 7, statuses


async def test_sign_in_is_rate_limited_per_client() -> None:
    limiter = LocalLoginLimiter()
    for n in range(limiter.per_client):
        assert await limiter.begin(f"someone-{n}", "203.0.113.9") == 0
    assert await limiter.begin("someone-new", "203.0.113.9") > 0
    assert await limiter.begin("someone-new", "198.51.100.1") == 0


def test_a_session_ends_when_idle_and_on_sign_out(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    member = add_staff(console_only.settings.database_url, "idle-one")
    user = ConsoleUser(console_only.url)
    user.login("idle-one")
    assert user.get("/", allow_redirects=False).status_code == 200
    with console_db.begin() as connection:
        connection.execute(
            staff_sessions.update().where(staff_sessions.c.staff_id == member.id)
            .values(last_seen_at=utcnow() - dt.timedelta(hours=2))
        )
    assert user.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303

    user.login("idle-one")
    assert user.get("/", allow_redirects=False).status_code == 200
    out = user.post("/logout", allow_redirects=False)
    assert out.status_code == 303
    with console_db.connect() as connection:
        actions = connection.execute(
            sa.select(audit_log.c.action).where(audit_log.c.staff_id == member.id)
        ).scalars().all()
    assert actions.count("signed_in") == 2 and "signed_out" in actions
    assert user.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303


@pytest.mark.parametrize("path", ["/reports", "/statistics", "/audit", "/reports/export.csv"])
def test_handlers_do_not_see_supervisor_pages(console_only: ConsoleOnly, path: str) -> None:
    add_staff(console_only.settings.database_url, f"handler-{path.strip('/').replace('/', '-').replace('.', '-')}")
    user = ConsoleUser(console_only.url)
    user.login(f"handler-{path.strip('/').replace('/', '-').replace('.', '-')}")
    assert user.get(path, headers={"Accept": "text/html"}).status_code == 403
    assert "Reports" not in user.get("/").text.split("<main")[0]


def test_disabling_an_account_ends_its_sessions(console_only: ConsoleOnly, console_db: sa.engine.Engine) -> None:
    from bot.console.accounts import by_name, set_active

    add_staff(console_only.settings.database_url, "leaver")
    user = ConsoleUser(console_only.url)
    user.login("leaver")
    assert user.get("/", allow_redirects=False).status_code == 200
    with console_db.begin() as connection:
        member = by_name(connection, "leaver")
        assert member is not None
        set_active(connection, member.id, False)
    assert user.get("/", allow_redirects=False, headers={"Accept": "text/html"}).status_code == 303
    assert user.login("leaver").status_code == 401
