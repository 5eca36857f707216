"""A server a test starts for itself (PostgreSQL, Redis, nginx): its process, its files in a temp folder, its loopback
port; stopped and its files removed at the end."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, TypeVar

import pytest

T = TypeVar("T")


def installed(program: Optional[T], what: str) -> T:
    """The server's program, or the test fails saying how to install it (CI installs them all)."""
    if program is None:
        pytest.fail(f"{what} is not installed: `make test` installs it (scripts/install-servers.sh)")
    return program


@dataclass
class ThrowawayServer:
    process: subprocess.Popen[bytes]
    root: Path
    port: int

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)
