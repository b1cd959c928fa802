"""One error shape: `{"ok": false, "error": "<sentence>", "status": N}` for the API, a page for people."""
from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_body(status: int, message: str) -> dict:
    return {"ok": False, "error": message, "status": status}


def _handle(ex: HTTPException):
    status = ex.code or 500
    message = ex.description or ex.name
    if status == 413:
        message = f"That upload is too large (limit {request.max_content_length // (1024 * 1024)} MB)."
    if wants_json():
        return jsonify(error_body(status, message)), status
    return render_template("error.html", status=status, title=ex.name, message=message), status


def _handle_unexpected(ex: Exception):
    return _handle(InternalServerError("Something went wrong on our side; the error has been logged."))


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _handle)
    if not app.config.get("TESTING"):
        app.register_error_handler(Exception, _handle_unexpected)
