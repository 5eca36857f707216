"""Fixtures for the hub's in-process tests (the fast tier's core: no Rasa server, no thread)."""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import pytest

from tests.support.inprocess_hub import InProcessHub, start_inprocess_hub


@pytest.fixture
async def hub(tmp_path: Path) -> AsyncIterator[InProcessHub]:
    """The hub with its channels, in this test's event loop, against the assistant stand-in and a fresh
    SQLite database of its own."""
    async with start_inprocess_hub(tmp_path) as running:
        yield running
