"""Plain-English labels for the codes the console shows (channels, kinds, statuses), from one catalogue:
data/console_labels.yml."""
from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings_core import PROJECT_ROOT

CATALOGUE = PROJECT_ROOT / "data" / "console_labels.yml"


def _read(path: Path = CATALOGUE) -> dict[str, dict[str, str]]:
    sections = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: {str(code): str(label) for code, label in labels.items()} for name, labels in sections.items()}


_SECTIONS = _read()
CHANNELS = _SECTIONS["channels"]
REVIEW_STATUSES = _SECTIONS["review_statuses"]
OUTCOMES = _SECTIONS["outcomes"]
KINDS = _SECTIONS["kinds"]
REPORT_STATUSES = _SECTIONS["report_statuses"]
SENDERS = _SECTIONS["senders"]
STATUSES = _SECTIONS["statuses"]

LABELS: dict[str, str] = {**CHANNELS, **REVIEW_STATUSES, **OUTCOMES, **KINDS, **STATUSES, **REPORT_STATUSES}
