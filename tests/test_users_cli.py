"""`boardgraph users ...` through click's CliRunner, on a real user store in a temp data dir."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from webapp.audit import AuditLog
from webapp.cli import cli
from webapp.users import UserStore


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--data-dir", str(tmp_path), "users", *args], input=input)

    return invoke


def test_add_prompts_twice_and_the_password_works(run, tmp_path):
    result = run("add", "alice", "--role", "admin", input="alice-password-1\nalice-password-1\n")
    assert result.exit_code == 0, result.output
    assert "added alice (admin)" in result.output
    assert "alice-password-1" not in result.output  # hidden input is not echoed
    assert UserStore(tmp_path).verify("alice", "alice-password-1")["role"] == "admin"


def test_add_asks_again_when_the_two_entries_differ(run, tmp_path):
    result = run("add", "bob", "--role", "officer", input="bob-password-12\nbob-password-99\n"
                                                         "bob-password-12\nbob-password-12\n")
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output
    assert UserStore(tmp_path).verify("bob", "bob-password-12")


def test_add_reads_the_password_from_stdin(run, tmp_path):
    result = run("add", "carol", "--role", "officer", "--password-stdin", input="carol-password-1\n")
    assert result.exit_code == 0, result.output
    assert UserStore(tmp_path).verify("carol", "carol-password-1")


@pytest.mark.parametrize("args, stdin, message", [
    (("add", "dave", "--role", "officer", "--password-stdin"), "short\n", "at least 10 characters"),
    (("add", "dave", "--role", "officer", "--password-stdin"), "", "No password on stdin."),
    (("add", "../dave", "--role", "officer", "--password-stdin"), "dave-password-1\n", "A user name is"),
    (("disable", "nobody"), None, "There is no user called 'nobody'."),
    (("reset", "nobody", "--password-stdin"), "new-password-1\n", "There is no user called 'nobody'."),
    (("token", "nobody"), None, "There is no user called 'nobody'."),
])
def test_bad_input_is_one_line_error(run, args, stdin, message):
    result = run(*args, input=stdin)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_role_must_be_admin_or_officer(run):
    result = run("add", "erin", "--role", "boss", "--password-stdin", input="erin-password-1\n")
    assert result.exit_code == 2 and "'boss' is not one of 'officer', 'admin'" in result.output


def test_duplicate_name_is_refused(run):
    run("add", "fay", "--role", "officer", "--password-stdin", input="fay-password-12\n")
    result = run("add", "fay", "--role", "admin", "--password-stdin", input="fay-password-12\n")
    assert result.exit_code == 1 and "already a user called 'fay'" in result.output


def test_list_disable_reset_and_token(run, tmp_path):
    run("add", "gus", "--role", "officer", "--password-stdin", input="gus-password-12\n")
    assert re.search(r"gus\s+officer\s+active\s+no token", run("list").output)

    token = run("token", "gus").output.strip()
    store = UserStore(tmp_path)
    assert token.startswith("bg_") and store.user_for_token(token)["name"] == "gus"
    assert re.search(r"gus\s+officer\s+active\s+token", run("list").output)

    assert run("reset", "gus", "--password-stdin", input="gus-password-34\n").exit_code == 0
    assert store.verify("gus", "gus-password-34") and not store.verify("gus", "gus-password-12")

    assert run("disable", "gus").output.strip() == "disabled gus"
    assert store.verify("gus", "gus-password-34") is None and store.user_for_token(token) is None
    assert re.search(r"gus\s+officer\s+disabled", run("list").output)
    assert run("enable", "gus").exit_code == 0 and store.user_for_token(token)["name"] == "gus"

    events = AuditLog(tmp_path).page(1, 50)["events"]
    assert [e["action"] for e in events] == ["user.enable", "user.disable", "user.reset", "user.token", "user.add"]
    assert {"user.add", "user.token", "user.reset", "user.disable", "user.enable"} <= {e["action"] for e in events}
    assert all(e["who"].startswith("cli:") for e in events)


def test_list_when_empty_says_how_to_add(run):
    assert "No users yet" in run("list").output


def test_ensure_demo_admin_prints_the_password_once(run, tmp_path):
    first = run("ensure-demo-admin")
    assert first.exit_code == 0
    match = re.fullmatch(r"Demo admin: admin / (\S+) — shown once\n", first.output)
    assert match, first.output
    assert UserStore(tmp_path).verify("admin", match.group(1))["role"] == "admin"
    second = run("ensure-demo-admin")
    assert second.exit_code == 0
    assert second.output == "An admin exists (admin); nothing to do.\n"
    assert match.group(1) not in second.output
