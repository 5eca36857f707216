"""The production layout in deploy/compose/ (a load balancer in front of two SpeakUp nodes, PostgreSQL and
Redis) runs what the tests run: each node the launcher's own command (make run's), with the shared state
the several-hubs tests use (PostgreSQL by DATABASE_URL, Redis by REDIS_URL); the load balancer with
deploy/nginx/speakup-hubs.conf, the file tests/test_several_hubs.py puts in front of two real hubs, and
every node in its upstream; nothing but the load balancer published to the world.
Read from the files: Docker is not run here (docs/deploy.md says what is and is not tested)."""
from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from bot.config import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "deploy" / "compose" / "compose.yaml"
NGINX = PROJECT_ROOT / "deploy" / "nginx"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return dict(yaml.safe_load(COMPOSE.read_text()))


def nodes(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: service for name, service in compose["services"].items() if name.startswith("node-")}


def test_every_node_runs_the_launcher_over_shared_postgresql_and_redis(compose: dict[str, Any]) -> None:
    assert len(nodes(compose)) >= 2
    for node in nodes(compose).values():
        assert node["command"] == [".venv/bin/python", "-m", "bot.launcher"]
        environment = node["environment"]
        assert environment["DATABASE_URL"].startswith("postgresql://") and "@postgres:5432/" in environment["DATABASE_URL"]
        assert environment["REDIS_URL"] == "redis://redis:6379/0"
        assert node["restart"] == "unless-stopped"
        assert "/healthz" in " ".join(node["healthcheck"]["test"])


def test_the_image_is_built_and_trained_with_the_developers_own_commands() -> None:
    dockerfile = (PROJECT_ROOT / "deploy" / "compose" / "Dockerfile").read_text()
    assert "make install train" in dockerfile
    assert re.search(r"^USER speakup$", dockerfile, re.MULTILINE)
    assert 'CMD [".venv/bin/python", "-m", "bot.launcher"]' in dockerfile


def test_the_load_balancer_uses_the_tested_proxy_settings_and_knows_every_node(compose: dict[str, Any]) -> None:
    mounts = compose["services"]["lb"]["volumes"]
    assert "../nginx/speakup-hubs.conf:/etc/nginx/speakup-hubs.conf:ro" in mounts
    assert "../nginx/nginx.conf:/etc/nginx/nginx.conf:ro" in mounts
    nginx = (NGINX / "nginx.conf").read_text()
    assert "include /etc/nginx/speakup-hubs.conf;" in nginx
    upstream = re.findall(r"server (node-\d+):8000", nginx)
    assert sorted(upstream) == sorted(nodes(compose))


def test_only_the_load_balancer_is_published_and_the_console_stays_on_loopback(compose: dict[str, Any]) -> None:
    published = {name: service.get("ports", []) for name, service in compose["services"].items()}
    assert published["lb"] == ["80:80", "443:443"]
    assert published["postgres"] == [] and published["redis"] == []
    for name, ports in published.items():
        if name.startswith("node-"):
            assert all(port.startswith("127.0.0.1:") for port in ports), (name, ports)
    assert compose["networks"]["internal"]["internal"] is True
    # The load balancer passes requests to the hubs' public port only (8000), never a console's (8001).
    assert set(re.findall(r"proxy_pass (\S+);", (NGINX / "speakup-hubs.conf").read_text())) == {"http://speakup_hubs"}
    assert not re.search(r"server \S+:8001", (NGINX / "nginx.conf").read_text())
