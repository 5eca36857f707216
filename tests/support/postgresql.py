"""A throwaway PostgreSQL server for tests: its own cluster in a temporary folder, listening only on a
Unix socket there, run as the `postgres` user (PostgreSQL refuses to run as root)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from tests.support.ports import free_port
from tests.support.throwaway import installed

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def postgres_bin() -> Optional[Path]:
    return next((d for d in BIN_DIRS if (d / "initdb").exists() and (d / "pg_ctl").exists()), None)


@dataclass
class ThrowawayPostgres:
    bin_dir: Path
    root: Path
    port: int

    @property
    def url(self) -> str:
        return self.url_of("speakup")

    def url_of(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.root}&port={self.port}"

    def new_database(self, name: str) -> str:
        """A fresh, empty database on this server (so tests sharing the server share no rows); its URL."""
        self._as_postgres(str(self.bin_dir / "createdb"), "-h", str(self.root), "-p", str(self.port), name)
        return self.url_of(name)

    def _as_postgres(self, *command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=120)

    @classmethod
    def start(cls, bin_dir: Path) -> "ThrowawayPostgres":
        root = Path(tempfile.mkdtemp(prefix="speakup-pg-"))
        shutil.chown(root, "postgres", "postgres")
        server = cls(bin_dir, root, free_port())
        server._as_postgres(str(bin_dir / "initdb"), "-D", str(root / "data"), "-A", "trust", "-U", "postgres")
        server.start_again()
        server._as_postgres(str(bin_dir / "createdb"), "-h", str(root), "-p", str(server.port), "speakup")
        return server

    def halt(self, mode: str = "fast") -> None:
        """Stops the server as a restart or a crash would (`mode`: fast, or immediate), keeping its data:
        its sessions are cut off and nothing can connect until `start_again`."""
        self._as_postgres(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", mode, "-w", "stop")

    def start_again(self) -> None:
        """Starts the server on its data, socket and port (after `halt`), waiting until it accepts connections."""
        self._as_postgres(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-l", str(self.root / "server.log"), "-w",
            "start", "-o", f"-k {self.root} -p {self.port} -c listen_addresses=''",
        )

    def running(self) -> bool:
        status = subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "status"],
            capture_output=True, timeout=30,
        )
        return status.returncode == 0

    def stop(self) -> None:
        if self.running():  # a test may have left it halted
            self.halt()
        shutil.rmtree(self.root, ignore_errors=True)


def running_postgres() -> Iterator[ThrowawayPostgres]:
    """A throwaway server for a fixture, removed afterwards; fails saying how to install PostgreSQL when
    it is missing."""
    server = ThrowawayPostgres.start(installed(postgres_bin(), "PostgreSQL"))
    yield server
    server.stop()
