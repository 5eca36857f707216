"""The web chat widget, the demo page standing in for the force's website, and the pages that go
with it (accessibility statement, staying safe online, and the neutral page quick exit goes to).

Everything is served from here, by the hub: no third-party host, no build step. Pages are Jinja2
templates (autoescaped) in `pages/`; the widget's components (`widget/<component>/`) each hold their
template, script, styles and an accessibility README. Every text the widget shows comes from one
catalogue per language (`widget/locales/<lang>.json`), which the page embeds as JSON for the scripts.
"""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any, Awaitable, Callable

import jinja2
from aiohttp import web

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
WIDGET_DIR = HERE / "widget"
LOCALES_DIR = WIDGET_DIR / "locales"

# Where quick exit sends people: a plain local weather page that says nothing about the chat.
EXIT_PATH = "/weather"
ASSET_PREFIX = "/webchat"
# Only these kinds of file are served as assets (never the templates or the READMEs).
ASSET_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}
DEFAULT_LANGUAGE = "en"

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader([str(PAGES_DIR), str(WIDGET_DIR)]),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def load_texts(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    with (LOCALES_DIR / f"{language}.json").open(encoding="utf-8") as handle:
        texts: dict[str, Any] = json.load(handle)
    return texts


def page_config(texts: dict[str, Any]) -> dict[str, Any]:
    """What the widget's scripts read from the page (#speakup-config)."""
    return {"exitUrl": EXIT_PATH, "apiBase": "/api/chat", "texts": texts}


def render(template: str, **values: Any) -> str:
    texts = load_texts()
    return _environment.get_template(template).render(t=texts, config=page_config(texts), **values)


def _page(template: str) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handler(_request: web.Request) -> web.Response:
        return web.Response(text=render(template), content_type="text/html", charset="utf-8")

    return handler


def _safe_file(base: Path, relative: str) -> Path:
    """The file under `base` named by `relative`, or 404: never a path outside it, never a template."""
    path = (base / relative).resolve()
    if base.resolve() not in path.parents or path.suffix not in ASSET_TYPES or not path.is_file():
        raise web.HTTPNotFound()
    return path


def _assets(base: Path) -> Callable[[web.Request], Awaitable[web.FileResponse]]:
    async def handler(request: web.Request) -> web.FileResponse:
        path = _safe_file(base, request.match_info["path"])
        return web.FileResponse(path, headers={"Content-Type": f"{ASSET_TYPES[path.suffix]}; charset=utf-8"})

    return handler


def setup(app: web.Application) -> None:
    """Adds the demo site's pages, the neutral exit page and the widget's assets."""
    mimetypes.add_type("text/javascript", ".js")
    app.router.add_get("/", _page("demo.html"))
    app.router.add_get("/accessibility", _page("accessibility.html"))
    app.router.add_get("/staying-safe-online", _page("staying-safe-online.html"))
    app.router.add_get(EXIT_PATH, _page("neutral/weather.html"))
    app.router.add_get(EXIT_PATH + "/{path:[A-Za-z0-9_.-]+}", _assets(PAGES_DIR / "neutral"))
    app.router.add_get("/site/{path:[A-Za-z0-9_.-]+}", _assets(PAGES_DIR / "site"))
    app.router.add_get(ASSET_PREFIX + "/{path:[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+}", _assets(WIDGET_DIR))
