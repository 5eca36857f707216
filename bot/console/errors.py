"""Errors as pages a member of staff can read (the hub's error middleware, outside this one, keeps
the JSON shape for the console's scripts)."""
from __future__ import annotations

from aiohttp import web

from bot.console.rendering import render
from bot.http_errors import Handler, unavailable_database
from bot.storage.outage import RETRY_AFTER_SECONDS

# (title, explanation) for each error a member of staff may meet.
MESSAGES = {
    401: ("Please sign in", "Your session has ended. Sign in again to carry on."),
    403: ("Not available", "You don't have access to this page, or the form had expired. Go back, reload the page and try again."),
    404: ("Not found", "There is nothing here. The conversation or report may have been closed or removed."),
    405: ("Not possible", "That can't be done from here."),
    409: ("Changed meanwhile", "Someone else changed this first. Reload the page to see where things are."),
}
DATABASE_DOWN = (
    "The database is not answering",
    "SpeakUp cannot reach its database for a moment (it may be restarting), so this was not done or saved. "
    "Nothing saved before is lost. Reload the page in a few seconds; if it lasts, tell whoever runs SpeakUp.",
)


@web.middleware
async def html_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as error:
        wants_page = "text/html" in request.headers.get("Accept", "")
        if error.status < 400 or not wants_page or error.status not in MESSAGES:
            raise
        title, message = MESSAGES[error.status]
        return render(request, "error.html", status=error.status, title=title, message=message)
    except Exception as error:
        # A page for staff; the console's scripts get the hub's JSON 503 (bot/http_errors.py, outside).
        if not unavailable_database(error) or "text/html" not in request.headers.get("Accept", ""):
            raise
        title, message = DATABASE_DOWN
        page = render(request, "error.html", status=503, title=title, message=message)
        page.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return page
