"""The web chat widget, the demo page standing in for the force's website, and the pages that go
with it (accessibility statement, staying safe online). Built in issue 3."""
from __future__ import annotations

from aiohttp import web


def setup(app: web.Application) -> None:
    """Adds the widget's pages and assets (none yet)."""
