"""A server a test starts for itself (Redis, nginx): its process, its files in a temp folder, its loopback
port; stopped and its files removed at the end."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


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
