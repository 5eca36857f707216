"""Reading reports for staff: filtered lists, one report with its additions, status changes."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.console.labels import REVIEW_STATUSES
from bot.storage.schema import report_additions, reports

PAGE_SIZE = 50


@dataclass(frozen=True)
class ReportFilter:
    kind: str = ""
    channel: str = ""
    review_status: str = ""
    language: str = ""
    # UTC bounds, from the local dates staff chose.
    since: Optional[dt.datetime] = None
    until: Optional[dt.datetime] = None

    def conditions(self) -> list[Any]:
        found = []
        if self.kind:
            found.append(reports.c.kind == self.kind)
        if self.channel:
            found.append(reports.c.channel == self.channel)
        if self.language:
            found.append(reports.c.language == self.language)
        if self.review_status:
            found.append(reports.c.review_status == self.review_status)
        if self.since:
            found.append(reports.c.created_at >= self.since)
        if self.until:
            found.append(reports.c.created_at < self.until)
        return found


@dataclass(frozen=True)
class Report:
    id: int
    reference: str
    conversation_id: str
    channel: str
    kind: str
    status: str
    review_status: str
    answers: dict[str, Any]
    danger: bool
    created_at: dt.datetime
    has_contact: bool
    additions: list[dict[str, Any]] = field(default_factory=list)
    # The language it was made in; the account is as the person wrote it, in this language.
    language: str = "en"


def _report(row: Any, additions: Optional[list[dict[str, Any]]] = None) -> Report:
    return Report(
        id=row.id, reference=row.reference, conversation_id=row.conversation_id, channel=row.channel, kind=row.kind,
        status=row.status, review_status=row.review_status, answers=dict(row.answers or {}), danger=bool(row.danger),
        created_at=row.created_at, has_contact=bool(row.contact_encrypted), additions=additions or [],
        language=row.language or "en",
    )


def find(connection: Connection, chosen: ReportFilter, page: int = 0) -> tuple[list[Report], int]:
    """One page of matching reports, newest first, and how many match in all."""
    where = chosen.conditions()
    total = connection.execute(sa.select(sa.func.count()).select_from(reports).where(*where)).scalar_one()
    rows = connection.execute(
        sa.select(reports).where(*where).order_by(reports.c.created_at.desc(), reports.c.id.desc())
        .limit(PAGE_SIZE).offset(page * PAGE_SIZE)
    ).all()
    return [_report(row) for row in rows], int(total)


def each_matching(connection: Connection, chosen: ReportFilter) -> Iterator[Report]:
    """Every matching report with its additions, oldest first: two queries however many there are."""
    rows = connection.execute(sa.select(reports).where(*chosen.conditions()).order_by(reports.c.created_at)).all()
    additions: dict[int, list[dict[str, Any]]] = {}
    if rows:
        found = connection.execute(
            sa.select(report_additions.c.report_id, report_additions.c.text, report_additions.c.created_at)
            .join(reports, reports.c.id == report_additions.c.report_id)
            .where(*chosen.conditions())
            .order_by(report_additions.c.id)
        ).mappings().all()
        for addition in found:
            additions.setdefault(addition["report_id"], []).append(dict(addition))
    for row in rows:
        yield _report(row, additions.get(row.id))


def choices(connection: Connection) -> dict[str, list[str]]:
    """The kinds, channels and languages that occur, for the filter form."""
    kinds = connection.execute(sa.select(reports.c.kind).distinct().order_by(reports.c.kind)).scalars().all()
    channels = connection.execute(sa.select(reports.c.channel).distinct().order_by(reports.c.channel)).scalars().all()
    languages = connection.execute(sa.select(reports.c.language).distinct().order_by(reports.c.language)).scalars().all()
    return {"kinds": list(kinds), "channels": list(channels), "languages": list(languages), "statuses": list(REVIEW_STATUSES)}


def _additions(connection: Connection, report_id: int) -> list[dict[str, Any]]:
    rows = connection.execute(
        sa.select(report_additions.c.text, report_additions.c.created_at)
        .where(report_additions.c.report_id == report_id).order_by(report_additions.c.id)
    ).mappings().all()
    return [dict(row) for row in rows]


def by_reference(connection: Connection, reference: str) -> Optional[Report]:
    row = connection.execute(sa.select(reports).where(reports.c.reference == reference)).first()
    return _report(row, _additions(connection, row.id)) if row else None


def of_conversation(connection: Connection, conversation_id: str) -> list[Report]:
    rows = connection.execute(
        sa.select(reports).where(reports.c.conversation_id == conversation_id).order_by(reports.c.id.desc())
    ).all()
    return [_report(row, _additions(connection, row.id)) for row in rows]


def sealed_contact(connection: Connection, reference: str) -> Optional[str]:
    return connection.execute(
        sa.select(reports.c.contact_encrypted).where(reports.c.reference == reference)
    ).scalar_one_or_none()


def set_review_status(connection: Connection, reference: str, status: str) -> bool:
    if status not in REVIEW_STATUSES:
        raise ValueError(status)
    result = connection.execute(reports.update().where(reports.c.reference == reference).values(review_status=status))
    return result.rowcount == 1
