"""What both of SpeakUp's web applications send and accept, the hub's and the staff console's: one copy,
so the console cannot drift from the hub's headers or limits."""
from __future__ import annotations

from aiohttp import web

from bot.http_errors import Handler

# Large enough for the longest message we accept, small enough that nobody can make us buffer megabytes.
MAX_REQUEST_BYTES = 64 * 1024


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    headers = response.headers
    # Nothing about a chat may linger on a shared device: no caching of any answer.
    headers.setdefault("Cache-Control", "no-store")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
    )
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
    return response
