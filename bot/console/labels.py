"""Plain-English labels for the codes the console shows (channels, kinds, statuses), from one catalogue:
data/console_labels.yml."""
from __future__ import annotations

import yaml

from bot.settings_core import PROJECT_ROOT

CATALOGUE = PROJECT_ROOT / "data" / "console_labels.yml"


def _strings(labels: dict[object, object]) -> dict[str, str]:
    return {str(code): str(label) for code, label in labels.items()}


_CATALOGUE = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
_SECTIONS = {name: _strings(labels) for name, labels in _CATALOGUE.items() if name != "notices"}
# What a page says after an action, by page ("queue", "conversation", "report", "referral", "account", "staff").
NOTICES: dict[str, dict[str, str]] = {page: _strings(said) for page, said in _CATALOGUE["notices"].items()}
CHANNELS = _SECTIONS["channels"]
REVIEW_STATUSES = _SECTIONS["review_statuses"]
OUTCOMES = _SECTIONS["outcomes"]
KINDS = _SECTIONS["kinds"]
REPORT_STATUSES = _SECTIONS["report_statuses"]
SENDERS = _SECTIONS["senders"]
STATUSES = _SECTIONS["statuses"]

LABELS: dict[str, str] = {**CHANNELS, **REVIEW_STATUSES, **OUTCOMES, **KINDS, **STATUSES, **REPORT_STATUSES}
