"""Reports and additions to them. Used by the action server (which saves them) and the console.

Saving is idempotent per turn: the action server passes the turn's key (`turn_key`: the conversation and
the person's message id, which the hub keeps the same on every try of a turn). A turn taken again after
Rasa or the action server died in it, having saved the report but not the turn, finds what it saved and
gives the same reference: one report, and the person is told the reference that is stored."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.storage.database import utcnow
from bot.storage.references import new_reference
from bot.storage.schema import report_additions, reports, sealed_contacts, sealed_identities

SUBMITTED = "submitted"
PARTIAL = "partial"


@dataclass(frozen=True)
class NewReport:
    conversation_id: str
    channel: str
    kind: str
    status: str
    answers: Mapping[str, Any]
    danger: bool = False
    # The id of a sealed contact row, when the person chose to leave contact details.
    sealed_contact_id: Optional[str] = None
    # The language the report was made in (the account is kept as written, in it).
    language: str = "en"
    # The turn saving it (turn_key()); None saves without the check.
    turn_key: Optional[str] = None


def turn_key(conversation_id: str, message_id: Optional[str]) -> Optional[str]:
    """The key of the turn answering the person's message `message_id`, or None without one."""
    return f"{conversation_id}:{message_id}"[:150] if message_id else None


def save_report(connection: Connection, report: NewReport) -> str:
    """Stores the report and returns its reference number (the one already stored, if its turn saved it)."""
    if report.turn_key is not None:
        saved = connection.execute(
            sa.select(reports.c.reference).where(reports.c.turn_key == report.turn_key)
        ).scalar_one_or_none()
        if saved is not None:
            return str(saved)
    contact = None
    if report.sealed_contact_id:
        contact = connection.execute(
            sa.select(sealed_contacts.c.ciphertext).where(
                sealed_contacts.c.id == report.sealed_contact_id,
                sealed_contacts.c.conversation_id == report.conversation_id,
            )
        ).scalar_one_or_none()
    for _attempt in range(5):
        reference = new_reference()
        exists = connection.execute(
            sa.select(reports.c.id).where(reports.c.reference == reference)
        ).first()
        if exists:
            continue
        inserted = connection.execute(
            reports.insert().values(
                reference=reference,
                conversation_id=report.conversation_id,
                channel=report.channel,
                kind=report.kind,
                status=report.status,
                answers=dict(report.answers),
                contact_encrypted=contact,
                danger=report.danger,
                created_at=utcnow(),
                language=report.language,
                turn_key=report.turn_key,
            )
        )
        attach_sealed_identities(connection, inserted.inserted_primary_key[0], report.conversation_id)
        return reference
    raise RuntimeError("could not find a free reference number")  # 10^11 space: never in practice


def add_to_report(
    connection: Connection, reference: str, conversation_id: str, text: str, turn_key: Optional[str] = None
) -> bool:
    """Appends to an existing report, once per turn. Says only whether it exists: never what it holds."""
    report_id = connection.execute(
        sa.select(reports.c.id).where(reports.c.reference == reference)
    ).scalar_one_or_none()
    if report_id is None:
        return False
    if turn_key is not None and connection.execute(
        sa.select(report_additions.c.id).where(report_additions.c.turn_key == turn_key)
    ).first():
        return True
    connection.execute(
        report_additions.insert().values(
            report_id=report_id, conversation_id=conversation_id, text=text, created_at=utcnow(), turn_key=turn_key
        )
    )
    attach_sealed_identities(connection, report_id, conversation_id)
    return True


def attach_sealed_identities(connection: Connection, report_id: int, conversation_id: str) -> None:
    """The identities sealed in the conversation so far (bot/identities_in_text.py) go with the report
    made or added to from it, so that it keeps what its placeholders stand for."""
    connection.execute(
        sealed_identities.update()
        .where(sealed_identities.c.conversation_id == conversation_id, sealed_identities.c.report_id.is_(None))
        .values(report_id=report_id)
    )


def report_exists(connection: Connection, reference: str) -> bool:
    return (
        connection.execute(sa.select(reports.c.id).where(reports.c.reference == reference)).first()
        is not None
    )


def find_report(connection: Connection, reference: str) -> Optional[dict[str, Any]]:
    """The whole report with its additions: for staff and tests, never for the person presenting it."""
    row = connection.execute(sa.select(reports).where(reports.c.reference == reference)).mappings().first()
    if row is None:
        return None
    additions = connection.execute(
        sa.select(report_additions.c.text, report_additions.c.created_at)
        .where(report_additions.c.report_id == row["id"])
        .order_by(report_additions.c.id)
    ).mappings().all()
    return {**row, "additions": [dict(addition) for addition in additions]}
