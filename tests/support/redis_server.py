"""A throwaway Redis server for tests: Debian's redis-server on a free loopback port, nothing saved to disk."""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional

from tests.support.ports import free_port
from tests.support.throwaway import ThrowawayServer


def redis_server_bin() -> Optional[str]:
    return shutil.which("redis-server")


class ThrowawayRedis(ThrowawayServer):
    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @staticmethod
    def _run(binary: str, root: Path, port: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(root), "--logfile", str(root / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    @classmethod
    def start(cls, binary: str) -> "ThrowawayRedis":
        root = Path(tempfile.mkdtemp(prefix="speakup-redis-"))
        port = free_port()
        server = cls(cls._run(binary, root, port), root, port)
        server.wait_until_ready()
        return server

    def pause(self) -> None:
        """Stops the server (everything in it is lost, as Redis without persistence); `resume` starts it
        again on the same port."""
        self.process.terminate()
        self.process.wait(timeout=10)

    def resume(self) -> None:
        self.process = self._run(str(self.process.args[0]), self.root, self.port)  # type: ignore[index]
        self.wait_until_ready()

    def restart(self, down_for: float = 0.5) -> None:
        self.pause()
        time.sleep(down_for)
        self.resume()

    def wait_until_ready(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.root / 'redis.log').read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not answer PING in time")
