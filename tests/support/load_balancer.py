"""A throwaway nginx in front of several hubs, with the production layout's own proxy settings
(deploy/nginx/speakup-hubs.conf): Debian's nginx on a free loopback port, its files in a temp folder."""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional, Sequence

from bot.launcher import PROJECT_ROOT
from tests.support.ports import free_port
from tests.support.throwaway import ThrowawayServer

HUB_PROXY_SETTINGS = PROJECT_ROOT / "deploy" / "nginx" / "speakup-hubs.conf"


def nginx_bin() -> Optional[str]:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def _configuration(root: Path, port: int, hubs: Sequence[str]) -> str:
    servers = "\n".join(f"        server {hub} max_fails=1 fail_timeout=10s;" for hub in hubs)
    temp = "\n".join(f"    {kind}_temp_path {root / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""
daemon off;
worker_processes 1;
pid {root / 'nginx.pid'};
error_log {root / 'error.log'} warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
{temp}
    upstream speakup_hubs {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        include {HUB_PROXY_SETTINGS};
    }}
}}
"""


class ThrowawayNginx(ThrowawayServer):
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def start(cls, binary: str, hubs: Sequence[str]) -> "ThrowawayNginx":
        """`hubs`: host:port of each hub, in the upstream's order."""
        root = Path(tempfile.mkdtemp(prefix="speakup-nginx-"))
        root.chmod(0o777)  # nginx's worker (nobody, when started as root) writes its temp files here
        port = free_port()
        config = root / "nginx.conf"
        config.write_text(_configuration(root, port, hubs))
        process = subprocess.Popen([binary, "-c", str(config), "-p", str(root)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = cls(process, root, port)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"nginx exited: {(root / 'error.log').read_text(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return server
            except OSError:
                time.sleep(0.05)
        server.stop()
        raise RuntimeError("nginx did not start listening in time")

    def errors(self) -> str:
        return (self.root / "error.log").read_text(errors="replace")
