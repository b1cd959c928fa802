"""The users admin page (/admin/users) and its twin (/api/admin/users): list, add, disable, reset, token.

A new password or API token is shown once, in the response to the POST that
made it (never flashed: flashes travel in the session cookie). The last
enabled admin cannot be disabled or demoted, so the archive never locks its
admins out.
"""
from __future__ import annotations

import secrets
from typing import Any

from flask import abort, flash, jsonify, redirect, render_template, request, url_for

from webapp.admin import admin, admin_api, flashing
from webapp.audit import audit
from webapp.auth import get_users
from webapp.users import ROLES, UserError

OPERATIONS = ("disable", "enable", "reset", "token", "revoke")
DONE = {"disable": "Disabled", "enable": "Enabled", "reset": "Set a new password for",
        "token": "Issued a new API token to", "revoke": "Revoked the API token of"}


def users_data() -> dict[str, Any]:
    return {"users": get_users().list(), "roles": ROLES}


def _fields() -> dict[str, str]:
    body = request.get_json(silent=True)
    source = body if isinstance(body, dict) else request.form
    return {k: str(source.get(k) or "") for k in ("name", "role", "password")}


def _add(fields: dict[str, str]) -> dict[str, Any]:
    try:
        user = get_users().add(fields["name"], fields["role"], fields["password"])
    except UserError as ex:
        abort(400, str(ex))
    audit("user.add", f"{user['name']} as {user['role']}")
    return user


def _operate(name: str, operation: str, password: str = "") -> dict[str, Any]:
    """Run one operation on an account; returns what to show once (`password` / `token`) if anything."""
    users = get_users()
    user = users.get(name)
    if user is None:
        abort(404, f"There is no user called {name!r}.")
    if operation not in OPERATIONS:
        abort(404, f"Unknown operation {operation!r}; use one of {', '.join(OPERATIONS)}.")
    if operation == "disable" and user["role"] == "admin" and not user["disabled"]:
        others = [u for u in users.list() if u["role"] == "admin" and not u["disabled"] and u["name"] != name]
        if not others:
            abort(400, f"{name} is the last enabled admin; add or enable another admin first.")
    shown: dict[str, Any] = {"user": user["name"]}
    try:
        if operation == "disable":
            users.disable(name)
        elif operation == "enable":
            users.enable(name)
        elif operation == "reset":
            shown["password"] = password or secrets.token_urlsafe(12)
            users.set_password(name, shown["password"])
            if password:
                del shown["password"]  # the admin typed it; no need to show it back
        elif operation == "token":
            shown["token"] = users.create_token(name)
        elif operation == "revoke":
            users.revoke_token(name)
    except UserError as ex:
        abort(400, str(ex))
    audit(f"user.{operation}", user["name"])
    return shown


@admin.post("/users")
def add_user():
    user = flashing(_add, _fields())
    if user:
        flash(f"Added {user['name']} ({user['role']}).", "success")
    return redirect(url_for("admin.users_page"))


@admin_api.post("/users")
def add_user_json():
    return jsonify({"ok": True, "user": _add(_fields())}), 201


@admin.post("/users/<name>/<operation>")
def user_operation(name: str, operation: str):
    shown = flashing(_operate, name, operation, request.form.get("password", ""))
    if shown and ("password" in shown or "token" in shown):
        return render_template("admin/secret.html", shown=shown, operation=operation)
    if shown:
        flash(f"{DONE[operation]} {name}.", "success")
    return redirect(url_for("admin.users_page"))


@admin_api.post("/users/<name>/<operation>")
def user_operation_json(name: str, operation: str):
    return jsonify({"ok": True, **_operate(name, operation, _fields()["password"])})
