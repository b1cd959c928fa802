"""docker-compose.yml and the Dockerfile describe Neo4j 5 plus the app, with no secret in the files."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


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


def test_dockerfile_installs_the_project_and_serves_with_waitress():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11", text, re.M)
    assert re.search(r"pip install \.", text)
    assert "EXPOSE 5000" in text and "USER " in text
    cmd = re.search(r"^CMD (.+)$", text, re.M).group(1)
    assert '"waitress-serve"' in cmd and '"--port=5000"' in cmd and '"webapp:create_app"' in cmd
