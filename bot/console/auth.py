"""Signing in and out, and the middleware that lets no request through without a live session
(except the sign-in page and its assets)."""
from __future__ import annotations

import asyncio

from aiohttp import web

from bot.app_keys import DATABASE, HANDOFF, STATUS_EVENTS
from bot.console import accounts, audit, csrf, sessions
from bot.console.csrf import LOGIN_CSRF_COOKIE
from bot.console.duty import hand_back_all
from bot.console.keys import CONSOLE_SETTINGS, LOGIN_LIMITER, SESSION_TOKEN, STAFF
from bot.console.rendering import CSRF_KEY, redirect, render
from bot.http_errors import Handler

# Routes anyone may reach: the sign-in form, its submission, and the stylesheet the form uses.
PUBLIC_ROUTES = frozenset({"login", "login_submit", "static"})
MAX_NAME = 64
MAX_PASSWORD = 1024  # Argon2 takes any length; this only bounds the work one request can cause.


def cookie_name(request: web.Request) -> str:
    # The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
    return "__Host-speakup_console" if request.app[CONSOLE_SETTINGS].secure_cookies else "speakup_console"


def set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, path="/", httponly=True, samesite="Strict",
        secure=request.app[CONSOLE_SETTINGS].secure_cookies or None,
    )


def route_name(request: web.Request) -> str | None:
    resource = request.match_info.route.resource
    return resource.name if resource is not None else None


@web.middleware
async def session_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if route_name(request) in PUBLIC_ROUTES:
        return await handler(request)
    token = request.cookies.get(cookie_name(request), "")
    db = request.app[DATABASE]
    idle = request.app[CONSOLE_SETTINGS].session_idle
    session = await db.run(lambda c: sessions.find_session(c, token, idle)) if token else None
    if session is None:
        if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):
            raise redirect(str(request.app.router["login"].url_for()))
        raise web.HTTPUnauthorized()
    if sessions.needs_touch(session):
        await db.run(lambda c: sessions.touch(c, session.token_hash))
    request[STAFF] = session.staff
    request[SESSION_TOKEN] = token
    request[CSRF_KEY] = csrf.session_token(request, token)
    return await handler(request)


async def login_page(request: web.Request) -> web.Response:
    return await _login_form(request)


async def _login_form(request: web.Request, error: str | None = None, status: int = 200, name: str = "") -> web.Response:
    # Signing in is a change too: a pre-session token (double-submit, SameSite=Strict) guards it.
    token = sessions.new_session_token()
    request[CSRF_KEY] = token
    response = render(request, "login.html", status=status, error=error, name=name)
    set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


async def login_submit(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    name = str(form.get("name", ""))[:MAX_NAME].strip()
    password = str(form.get("password", ""))[:MAX_PASSWORD]
    limiter = request.app[LOGIN_LIMITER]
    # The address is only a key for the rate limit (hashed where it leaves this process): never logged, never stored.
    client = request.remote or "unknown"
    # Counted as failed before checking, so that many attempts sent at once cannot all slip past the
    # limit while the first ones are being verified; a success is forgiven below.
    wait = await limiter.begin(name, client)
    if wait > 0:
        minutes = max(1, int(wait // 60) + 1)
        response = await _login_form(
            request, f"Too many attempts to sign in. Please wait {minutes} minutes and try again.", 429, name
        )
        response.headers["Retry-After"] = str(int(wait) + 1)
        return response
    db = request.app[DATABASE]
    found = await db.run(lambda c: accounts.candidate(c, name))
    # Argon2 takes tens of milliseconds of CPU: not on the event loop, nor on the database's threads.
    matches = await asyncio.get_running_loop().run_in_executor(None, accounts.verify, found, password)
    who = found.staff if matches and found else None
    if who is None or found is None:
        await audit.record(request, None, "sign_in_failed", audit.STAFF_MEMBER, None)
        # The same words for a wrong name, a wrong password and a disabled account: no more is revealed.
        return await _login_form(
            request, "The name or password is not right, or the account is not active. If you think it was disabled, ask a supervisor.",
            401, name,
        )
    await limiter.succeeded(name, client)
    await db.run(lambda c: accounts.rehash_if_outdated(c, found, password))
    token = sessions.new_session_token()
    settings = request.app[CONSOLE_SETTINGS]
    await db.run(lambda c: sessions.start_session(c, who.id, token, settings.session_lifetime))
    request.app[STATUS_EVENTS].duty_changed()
    await audit.record(request, who, "signed_in", audit.STAFF_MEMBER, str(who.id))
    response = redirect("/")
    set_cookie(request, response, cookie_name(request), token, max_age=int(settings.session_lifetime.total_seconds()))
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    token = request[SESSION_TOKEN]
    desk = request.app[HANDOFF]
    # Nobody is left talking to a handler who has gone: the assistant takes their conversations back,
    # once the handler has confirmed that is what they want.
    held = [(entry.conversation_id, entry.handler_id or 0) for entry in await desk.held_by(request[STAFF].id)]
    if held and (await request.post()).get("confirm") != "yes":
        return render(request, "sign_out.html", held=held)
    await hand_back_all(request.app, held, "the call handler signed out")
    await request.app[DATABASE].run(lambda c: sessions.end_session(c, token))
    request.app[STATUS_EVENTS].duty_changed()
    # The last one off duty: nobody is left waiting for a person who cannot come.
    await desk.release_queue_when_nobody_can_come()
    await audit.record(request, request[STAFF], "signed_out", audit.STAFF_MEMBER, str(request[STAFF].id))
    response = redirect("/login")
    response.del_cookie(cookie_name(request), path="/")
    raise response


def setup(app: web.Application) -> None:
    app.router.add_get("/login", login_page, name="login")
    app.router.add_post("/login", login_submit, name="login_submit")
    app.router.add_post("/logout", logout, name="logout")

