"""Staff accounts in the console: anyone signed in changes their own password; a supervisor disables
(and re-enables) accounts from the staff list.

Changing a password needs the current one (wrong guesses count towards the sign-in rate limit), meets
the one policy (bot/console/passwords.py), and ends the account's other sessions; the session it was
changed from carries on. Disabling ends every session of the account at once (its next request is
sent to sign in; an open event stream ends at its next check, within a heartbeat), and the
conversations it held go back to the assistant, as when a handler signs out: the person is told the
call handler has left, and can ask for a person again."""
from __future__ import annotations

import asyncio

from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF
from bot.console import accounts, audit, labels
from bot.console.auth import MAX_PASSWORD
from bot.console.duty import hand_back_all
from bot.console.keys import LOGIN_LIMITER, SESSION_TOKEN
from bot.console.passwords import MIN_PASSWORD_CHARS, problem_with
from bot.console.rendering import current_staff, redirect, render, require_supervisor
from bot.identity import token_hash

ACCOUNT_NOTICES = labels.NOTICES["account"]
STAFF_NOTICES = labels.NOTICES["staff"]


def _sentence(problem: str) -> str:
    return problem[:1].upper() + problem[1:] + "."


async def account_page(request: web.Request, error: str | None = None, status: int = 200) -> web.Response:
    me = current_staff(request)
    return render(request, "account.html", status=status, error=error, min_chars=MIN_PASSWORD_CHARS,
                  notice=ACCOUNT_NOTICES.get(request.query.get("notice", "")), me=me)


async def change_password(request: web.Request) -> web.StreamResponse:
    me = current_staff(request)
    form = await request.post()
    current = str(form.get("current_password", ""))[:MAX_PASSWORD]
    new = str(form.get("new_password", ""))[:MAX_PASSWORD]
    confirm = str(form.get("confirm_password", ""))[:MAX_PASSWORD]
    limiter, client = request.app[LOGIN_LIMITER], request.remote or "unknown"
    # Counted before checking, as at sign-in, so that guesses sent at once cannot slip past the limit.
    if await limiter.begin(me.name, client) > 0:
        return await account_page(request, "Too many wrong passwords. Please wait 15 minutes and try again.", 429)
    db = request.app[DATABASE]
    found = await db.run(lambda c: accounts.candidate_by_id(c, me.id))
    loop = asyncio.get_running_loop()
    if not current or not await loop.run_in_executor(None, accounts.verify, found, current):
        await audit.record(request, me, "password_change_refused", audit.STAFF_MEMBER, str(me.id), "wrong current password")
        return await account_page(request, "Your current password is not right.", 400)
    await limiter.succeeded(me.name, client)
    problem = _new_password_problem(me.name, current, new, confirm)
    if problem:
        return await account_page(request, problem, 400)
    hashed = await loop.run_in_executor(None, accounts.hash_password, new)
    keep = token_hash(request[SESSION_TOKEN])

    def save(connection: Connection) -> None:
        accounts.set_password_hash(connection, me.id, hashed)
        ended = accounts.end_sessions(connection, me.id, keep_token_hash=keep)
        audit.write(connection, me, "password_changed", audit.STAFF_MEMBER, str(me.id), f"{ended} other sessions ended")

    await db.run(save)
    raise redirect("/account?notice=changed")


def _new_password_problem(name: str, current: str, new: str, confirm: str) -> str | None:
    if new != confirm:
        return "The new password and its confirmation are not the same."
    if new == current:
        return "The new password must be different from your current one."
    problem = problem_with(new, name)
    return _sentence(problem) if problem else None


async def staff_page(request: web.Request) -> web.Response:
    me = require_supervisor(request)
    everyone = await request.app[DATABASE].run(accounts.everyone)
    return render(request, "staff.html", everyone=everyone, me=me,
                  notice=STAFF_NOTICES.get(request.query.get("notice", "")))


def _staff_id(request: web.Request) -> int:
    return int(request.match_info["staff_id"])


async def disable_account(request: web.Request) -> web.StreamResponse:
    me = require_supervisor(request)
    staff_id = _staff_id(request)
    if staff_id == me.id:
        raise redirect("/staff?notice=yourself")
    member = await _set_active(request, me, staff_id, False)
    desk = request.app[HANDOFF]
    held = [(entry.conversation_id, entry.handler_id or 0) for entry in await desk.held_by(member.id)]
    await hand_back_all(request.app, held, "the call handler's account was disabled")
    await desk.release_queue_when_nobody_can_come()
    raise redirect("/staff?notice=disabled")


async def enable_account(request: web.Request) -> web.StreamResponse:
    me = require_supervisor(request)
    await _set_active(request, me, _staff_id(request), True)
    raise redirect("/staff?notice=enabled")


async def _set_active(request: web.Request, me: accounts.Staff, staff_id: int, active: bool) -> accounts.Staff:
    def change(connection: Connection) -> accounts.Staff | None:
        member = accounts.set_active(connection, staff_id, active)
        if member is not None:
            action = "account_enabled" if active else "account_disabled"
            audit.write(connection, me, action, audit.STAFF_MEMBER, str(staff_id), member.name)
        return member

    member = await request.app[DATABASE].run(change)
    if member is None:
        raise web.HTTPNotFound()
    return member


def setup(app: web.Application) -> None:
    app.router.add_get("/account", account_page, name="account")
    app.router.add_post("/account/password", change_password, name="account_password")
    app.router.add_get("/staff", staff_page, name="staff")
    one = "/staff/{staff_id:[0-9]{1,9}}"
    app.router.add_post(one + "/disable", disable_account, name="staff_disable")
    app.router.add_post(one + "/enable", enable_account, name="staff_enable")
