"""The deployment files name only what exists: CLI commands the parser accepts, FRESHTILL_HQ_* settings
config.py reads, and metrics (with their labels) that HQ's /metrics really exports."""
from __future__ import annotations

import configparser
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sqlalchemy import update
from prometheus_client.parser import text_string_to_metric_families

from pos_app import cli
from sync.protocol import HEALTH
from sync.server import bootstrap, metrics
from sync.server.core import config
from sync.server.core.config import Settings
from sync.server.core.db import writing
from sync.server.core.security import now
from sync.server.models import tills

ROOT = Path(__file__).resolve().parents[2]
HQ = ROOT / "installer" / "hq"
DASHBOARD = ROOT / "resources" / "grafana" / "freshtill-hq.json"
PROGRAM = "/opt/freshtill/freshtill"
SETTINGS = {config.PREFIX + name for name in config._ENV}
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"),
            "gauge": ("",)}
PROMETHEUS_LABELS = {"job", "instance", "le"}   # added by Prometheus itself, or the histogram's buckets


def accepts(words: list[str]) -> None:
    """The freshtill CLI parses these words to a command with a handler (argparse exits 2 otherwise)."""
    args = cli.build_parser(words).parse_args(words)
    assert callable(getattr(args, "handler", None)), words


def env_names(text: str) -> set[str]:
    return set(re.findall(r"\b(FRESHTILL_[A-Z_]+)", text))


# ---- the exported metrics, as a Prometheus scrape sees them -------------------------------------------------

@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, set[str]]:
    """Every sample name HQ exports → its label names. A real HQ database with one enrolled till, so the
    per-till gauges have samples; the labelled counters' names come from their declarations."""
    folder = tmp_path_factory.mktemp("hq")
    prepared = bootstrap.prepare(Settings(data_dir=folder, dev_http=True))
    try:
        bootstrap.add_store(prepared.engine, store_id="S1")
        till = bootstrap.enroll_till(prepared.engine, store_id="S1", name="Till 1")
        with writing(prepared.engine) as connection:   # as if it had pushed and pulled just now
            connection.execute(update(tills).where(tills.c.id == till["till_id"]).values(last_push=now(),
                                                                                          last_seen=now()))
        text = metrics.render(prepared.engine).decode()
    finally:
        prepared.engine.dispose()
    declared = {m._name: set(m._labelnames) for m in (metrics.REQUESTS, metrics.LATENCY, metrics.EVENTS,
                                                       metrics.LINES, metrics.PULLS)}
    names: dict[str, set[str]] = {}
    for family in text_string_to_metric_families(text):
        if not family.name.startswith("freshtill_hq_"):
            continue
        labels = declared.get(family.name, set()) | {k for s in family.samples for k in s.labels}
        for suffix in SUFFIXES[family.type]:
            names[family.name + suffix] = labels - {"le"} | ({"le"} if suffix == "_bucket" else set())
    return names


def dashboard_queries() -> list[str]:
    """The Grafana dashboard's queries and the alert rules' expressions."""
    board = json.loads(DASHBOARD.read_text())
    queries = [target["expr"] for panel in board["panels"] for target in panel.get("targets", [])]
    queries += [v["definition"] for v in board["templating"]["list"] if "definition" in v]
    rules = yaml.safe_load((HQ / "prometheus-alerts.yml").read_text())
    queries += [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    return queries


def test_the_per_till_gauges_have_samples_in_the_fixture(exported):
    for name in ("freshtill_hq_till_acked_seq", "freshtill_hq_till_seconds_since_push",
                 "freshtill_hq_till_seconds_since_seen"):
        assert exported[name] == {"store", "till"}


def test_every_metric_the_dashboard_and_alerts_query_is_exported(exported):
    used = {name for query in dashboard_queries() for name in re.findall(r"\bfreshtill_hq_\w+", query)}
    assert used, "the dashboard queries no FreshTill metric"
    assert used - set(exported) == set(), f"not exported by HQ: {sorted(used - set(exported))}"
    # and the dashboard shows every family HQ exports
    families = {re.sub(r"_(total|bucket|sum|count|created)$", "", n) for n in exported}
    shown = {re.sub(r"_(total|bucket|sum|count|created)$", "", n) for n in used}
    assert families - shown == set()


def test_every_label_the_dashboard_uses_belongs_to_its_metrics(exported):
    for query in dashboard_queries():
        metric_labels = set().union(*(exported[n] for n in re.findall(r"\bfreshtill_hq_\w+", query)))
        used = set(re.findall(r"(\w+)\s*(?:=~|!=|!~|=)\s*\"", query))
        for group in re.findall(r"\b(?:by|without)\s*\(([^)]*)\)", query):
            used |= {label.strip() for label in group.split(",") if label.strip()}
        assert used - metric_labels - PROMETHEUS_LABELS == set(), query


def test_the_dashboard_is_importable_json():
    board = json.loads(DASHBOARD.read_text())
    ids = [panel["id"] for panel in board["panels"]]
    assert len(ids) == len(set(ids))
    assert board["uid"] and board["title"]
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == "${datasource}"


def test_the_dashboard_queries_are_balanced():
    for query in dashboard_queries():
        for opening, closing in ("()", "{}", "[]"):
            assert query.count(opening) == query.count(closing), query


# ---- systemd -------------------------------------------------------------------------------------------------

def test_the_systemd_unit_runs_a_real_command_with_real_settings():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(HQ / "freshtill-hq.service")
    program, *words = shlex.split(unit["Service"]["ExecStart"])
    assert program == PROGRAM
    accepts(words)
    assert words[:2] == ["hq", "serve"]
    assert env_names(unit["Service"]["Environment"]) <= SETTINGS


def test_the_settings_examples_name_only_real_settings():
    for example in ("hq.env.example",):
        text = (HQ / example).read_text()
        names = {line.split("=", 1)[0] for line in text.splitlines() if line and not line.startswith("#")}
        assert names <= SETTINGS, names - SETTINGS
        assert {"FRESHTILL_HQ_DB", "FRESHTILL_HQ_METRICS_TOKEN"} <= names


# ---- Docker Compose --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((HQ / "compose.yaml").read_text())


def test_compose_runs_hq_serve_after_a_healthy_postgres(compose):
    hq, postgres = compose["services"]["hq"], compose["services"]["postgres"]
    accepts(hq["command"])
    assert hq["command"][:2] == ["hq", "serve"]
    assert hq["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert set(compose["volumes"]) == {"pgdata", "hqdata"}
    assert "hqdata:/data" in hq["volumes"] and hq["environment"]["FRESHTILL_HQ_DATA_DIR"] == "/data"


def test_compose_environment_names_only_real_settings(compose):
    environment = compose["services"]["hq"]["environment"]
    assert {name for name in environment if name.startswith("FRESHTILL")} <= SETTINGS
    assert environment["FRESHTILL_HQ_DB"].startswith("postgresql+psycopg://")
    assert "@postgres:5432/" in environment["FRESHTILL_HQ_DB"]


def test_compose_healthcheck_asks_hq_for_its_health_route(compose):
    test = compose["services"]["hq"]["healthcheck"]["test"]
    assert test[1:3] == [PROGRAM, "-c"]
    assert f"https://127.0.0.1:8443{HEALTH}" in test[3]
    compile(test[3], "<healthcheck>", "exec")


def test_the_dockerfile_starts_the_bundle_with_real_settings():
    text = (HQ / "Dockerfile").read_text()
    assert f'ENTRYPOINT ["{PROGRAM}"]' in text
    accepts(json.loads(re.search(r"^CMD (.+)$", text, re.M).group(1)))
    assert env_names(text) <= SETTINGS


def test_the_bundle_entry_answers_dash_c_like_python():
    """The compose healthcheck and the demo's display probe run `<program> -c CODE` (installer/entry.py)."""
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "entry.py"), "-c",
                           "import sys; print('ran', sys.argv)"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ran ['-c']"


# ---- the store packages: desktop entry and Windows installer -------------------------------------------------

def test_the_desktop_entry_starts_real_commands():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "installer" / "linux" / "freshtill.desktop", encoding="utf-8")
    commands = [entry[group]["Exec"] for group in entry.sections() if "Exec" in entry[group]]
    assert len(commands) == 2
    for command in commands:
        program, *words = shlex.split(command)
        assert program == PROGRAM
        accepts(words)
    assert entry["Desktop Entry"]["Icon"] == "freshtill"
    assert (ROOT / "resources" / "icons" / "freshtill.png").is_file()


def test_the_windows_installer_starts_real_commands():
    script = (ROOT / "installer" / "windows" / "freshtill.iss").read_text(encoding="utf-8-sig")
    started = re.findall(r'Filename: "\{app\}\\(freshtillw?\.exe)"; Parameters: "([^"]+)"', script)
    assert {words for _program, words in started} == {"till", "backoffice", "self-check"}
    for _program, words in started:
        accepts(shlex.split(words))
    assert (ROOT / "resources" / "icons" / "freshtill.ico").is_file()
    assert r"{#Root}\dist\freshtill\*" in script
