"""Admin commands of the `boardgraph` CLI: `users ...`, `backup`, `restore`.

Thin over webapp.users and archive.backup: store errors become one-line click
errors (exit 1). User changes are written to the audit log as "cli:<login>".
Passwords are prompted for twice (hidden), or read from the first line of
stdin with --password-stdin (for scripts: `echo "$PW" | boardgraph users add ...`).
"""
from __future__ import annotations

import getpass
import secrets
import sys
from pathlib import Path

import click

from webapp.progress import progress_bar
from webapp.users import ROLES, UserError, UserStore

DEMO_ADMIN = "admin"


def _data_dir(ctx: click.Context) -> Path:
    return Path(ctx.obj["settings"]["DATA_DIR"])


def _store(ctx: click.Context) -> UserStore:
    return UserStore(_data_dir(ctx))


def _audit(ctx: click.Context, action: str, what: str) -> None:
    from webapp.audit import AuditLog

    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    AuditLog(_data_dir(ctx)).record(action, what, who=f"cli:{who}")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise click.ClickException("No password on stdin.")
        return password
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group()
def users() -> None:
    """Manage accounts: officers read, admins also ingest, delete, curate and manage users."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin instead of prompting.")
@click.pass_context
def add_user(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Create an account."""
    store = _store(ctx)
    if store.get(name):
        raise click.ClickException(f"There is already a user called {name!r}.")
    try:
        user = store.add(name, role, _password(password_stdin))
    except UserError as ex:
        raise click.ClickException(str(ex)) from ex
    _audit(ctx, "user.add", f"{user['name']} as {role}")
    click.echo(f"added {user['name']} ({role})")


@users.command("list")
@click.pass_context
def list_users(ctx: click.Context) -> None:
    """List accounts."""
    rows = _store(ctx).list()
    if not rows:
        click.echo("No users yet: add one with `boardgraph users add NAME --role admin`.")
    for u in rows:
        state = "disabled" if u["disabled"] else "active"
        token = "token" if u["has_token"] else "no token"
        click.echo(f"{u['name']:20} {u['role']:8} {state:8} {token:8} created {u['created']}")


@users.command("disable")
@click.argument("name")
@click.pass_context
def disable_user(ctx: click.Context, name: str) -> None:
    """Disable an account: its sessions and API token stop working at once."""
    _switch(ctx, name, "disable")


@users.command("enable")
@click.argument("name")
@click.pass_context
def enable_user(ctx: click.Context, name: str) -> None:
    """Enable a disabled account again."""
    _switch(ctx, name, "enable")


def _switch(ctx: click.Context, name: str, operation: str) -> None:
    """Disable or enable an account, audited; store errors become one-line click errors."""
    try:
        getattr(_store(ctx), operation)(name)
    except UserError as ex:
        raise click.ClickException(str(ex)) from ex
    _audit(ctx, f"user.{operation}", name)
    click.echo(f"{operation}d {name}")


@users.command("reset")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from stdin instead of prompting.")
@click.pass_context
def reset_user(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Set a new password (signs the user out everywhere)."""
    store = _store(ctx)
    if not store.get(name):
        raise click.ClickException(f"There is no user called {name!r}.")
    try:
        store.set_password(name, _password(password_stdin))
    except UserError as ex:
        raise click.ClickException(str(ex)) from ex
    _audit(ctx, "user.reset", name)
    click.echo(f"new password set for {name}")


@users.command("token")
@click.argument("name")
@click.pass_context
def token_user(ctx: click.Context, name: str) -> None:
    """Print a new API token (replaces the old one); send it as `Authorization: Bearer <token>`."""
    try:
        token = _store(ctx).create_token(name)
    except UserError as ex:
        raise click.ClickException(str(ex)) from ex
    _audit(ctx, "user.token", name)
    click.echo(token)


@users.command("ensure-demo-admin")
@click.pass_context
def ensure_demo_admin(ctx: click.Context) -> None:
    """Create the user `admin` with a random password, printed once; do nothing when an admin exists."""
    store = _store(ctx)
    admins = [u["name"] for u in store.list() if u["role"] == "admin" and not u["disabled"]]
    if admins:
        click.echo(f"An admin exists ({', '.join(admins)}); nothing to do.")
        return
    if store.get(DEMO_ADMIN):
        raise click.ClickException(f"The user {DEMO_ADMIN!r} exists but is disabled or not an admin; "
                                   "fix it with `boardgraph users ...`.")
    password = secrets.token_urlsafe(12)
    store.add(DEMO_ADMIN, "admin", password)
    _audit(ctx, "user.add", f"{DEMO_ADMIN} as admin (demo)")
    click.echo(f"Demo admin: {DEMO_ADMIN} / {password} — shown once")


@click.command("backup")
@click.argument("archive", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def backup_command(ctx: click.Context, archive: Path) -> None:
    """Back up the whole data dir (graph snapshot, index, papers, users, audit) to ARCHIVE.tar.gz."""
    from graph.errors import GraphError
    from archive.backup import BackupError, backup
    from webapp.settings import graph_options

    settings = ctx.obj["settings"]
    try:
        with progress_bar("file") as advance:
            result = backup(settings["DATA_DIR"], archive, on_progress=advance, **graph_options(settings))
    except (BackupError, GraphError) as ex:
        raise click.ClickException(str(ex)) from ex
    counts = result["counts"]
    click.echo(f"backed up {result['files']} files ({result['bytes'] // 1024} KiB) to {result['path']}; "
               f"graph: {result['graph']} ({counts.get('papers', 0)} papers)")


@click.command("restore")
@click.argument("archive", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the contents of a non-empty data dir.")
@click.pass_context
def restore_command(ctx: click.Context, archive: Path, force: bool) -> None:
    """Restore a backup into the data dir (which must be empty unless --force)."""
    from archive.backup import BackupError, restore

    data_dir = _data_dir(ctx)
    try:
        with progress_bar("file") as advance:
            result = restore(archive, data_dir, force=force, on_progress=advance)
    except BackupError as ex:
        raise click.ClickException(str(ex)) from ex
    manifest = result["manifest"]
    click.echo(f"restored {result['files']} files from the backup of {manifest['created']} into {data_dir}; "
               f"graph: {manifest['graph']}")
    _audit(ctx, "restore", f"from {archive} (backup of {manifest['created']})")
