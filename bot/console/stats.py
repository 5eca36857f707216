"""Statistics for supervisors: reports per week by kind and by channel, and how long people waited for
a call handler. Charts are server-rendered SVG with the same figures in a table beside them: no
script, no chart library, nothing fetched from elsewhere."""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, SETTINGS
from bot.console import audit
from bot.console.labels import LABELS
from bot.console.rendering import language_label, render, require_supervisor
from bot.languages.supported import LANGUAGES
from bot.storage.database import utcnow
from bot.storage.schema import handoff_claims, reports

WEEKS = 12
# Distinguishable from each other and at least 3:1 against white (WCAG 1.4.11); the table carries
# the same figures for anyone who cannot tell colours apart.
PALETTE = ("#1d4e89", "#b3541e", "#2e7d32", "#6a1b9a", "#8d6e00", "#c2185b", "#00695c", "#4e342e")
WAIT_BUCKETS = ((60, "Under 1 minute"), (300, "1 to 5 minutes"), (900, "5 to 15 minutes"), (None, "Over 15 minutes"))


@dataclass
class StackedChart:
    """Weeks along the bottom; each bar split by a category (kind or channel)."""
    title: str
    weeks: list[dt.date]
    categories: list[str]
    counts: dict[tuple[dt.date, str], int] = field(default_factory=dict)

    def total(self, week: dt.date) -> int:
        return sum(self.counts.get((week, c), 0) for c in self.categories)

    @property
    def biggest(self) -> int:
        return max([self.total(w) for w in self.weeks] + [1])

    def colour(self, category: str) -> str:
        return PALETTE[self.categories.index(category) % len(PALETTE)]

    def segments(self, week: dt.date, height: float) -> list[tuple[str, float, float, int]]:
        """(category, y, h, count) for each part of a week's bar, bottom up, in SVG units."""
        found, base = [], height
        for category in self.categories:
            count = self.counts.get((week, category), 0)
            if count:
                h = height * count / self.biggest
                base -= h
                found.append((category, base, h, count))
        return found


def week_of(moment: dt.datetime, zone: ZoneInfo) -> dt.date:
    local = moment.replace(tzinfo=dt.timezone.utc).astimezone(zone).date()
    return local - dt.timedelta(days=local.weekday())


def _weeks(zone: ZoneInfo) -> list[dt.date]:
    this_week = week_of(utcnow(), zone)
    return [this_week - dt.timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]


def report_charts(connection: Connection, zone: ZoneInfo) -> tuple[StackedChart, ...]:
    """Reports per week by kind, by channel and by language."""
    weeks = _weeks(zone)
    since = dt.datetime.combine(weeks[0], dt.time(), tzinfo=zone).astimezone(dt.timezone.utc).replace(tzinfo=None)
    rows = connection.execute(
        sa.select(reports.c.created_at, reports.c.kind, reports.c.channel, reports.c.language)
        .where(reports.c.created_at >= since)
    ).all()
    titles = {"kind": "Reports per week, by kind of incident", "channel": "Reports per week, by channel",
              "language": "Reports per week, by language"}
    counts: dict[str, Counter[tuple[dt.date, str]]] = {name: Counter() for name in titles}
    for row in rows:
        week = week_of(row.created_at, zone)
        for name in titles:
            counts[name][(week, getattr(row, name))] += 1
    return tuple(
        StackedChart(title, weeks, sorted({category for _w, category in counts[name]}), dict(counts[name]))
        for name, title in titles.items()
    )


@dataclass
class WaitFigures:
    buckets: list[tuple[str, int]]
    weekly: list[tuple[dt.date, int, float | None, float | None]]  # week, claimed, median, longest (minutes)

    @property
    def biggest(self) -> int:
        return max([count for _label, count in self.buckets] + [1])


def wait_figures(connection: Connection, zone: ZoneInfo) -> WaitFigures:
    weeks = _weeks(zone)
    since = dt.datetime.combine(weeks[0], dt.time(), tzinfo=zone).astimezone(dt.timezone.utc).replace(tzinfo=None)
    rows = connection.execute(
        sa.select(handoff_claims.c.requested_at, handoff_claims.c.claimed_at).where(handoff_claims.c.claimed_at >= since)
    ).all()
    waits: dict[dt.date, list[float]] = {week: [] for week in weeks}
    buckets: Counter[str] = Counter()
    for row in rows:
        seconds = max(0.0, (row.claimed_at - row.requested_at).total_seconds())
        waits.setdefault(week_of(row.claimed_at, zone), []).append(seconds)
        label = next(label for limit, label in WAIT_BUCKETS if limit is None or seconds < limit)
        buckets[label] += 1
    weekly = [
        (week, len(found), statistics.median(found) / 60 if found else None, max(found) / 60 if found else None)
        for week, found in ((w, waits[w]) for w in weeks)
    ]
    return WaitFigures([(label, buckets[label]) for _limit, label in WAIT_BUCKETS], weekly)


async def stats_page(request: web.Request) -> web.Response:
    me = require_supervisor(request)
    zone = ZoneInfo(request.app[SETTINGS].timezone)
    db = request.app[DATABASE]
    charts = await db.run(lambda c: report_charts(c, zone))
    waits = await db.run(lambda c: wait_figures(c, zone))
    await audit.record(request, me, "viewed", audit.REPORTS, None, "statistics")
    labels = {**LABELS, **{spoken.code: language_label(spoken.code) for spoken in LANGUAGES}}
    return render(request, "stats.html", charts=list(charts), waits=waits, labels=labels, weeks=WEEKS)


def setup(app: web.Application) -> None:
    app.router.add_get("/statistics", stats_page, name="statistics")
