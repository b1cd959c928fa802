"""The app's archive (graph + index + files), opened once per app and closed at exit."""
from __future__ import annotations

import atexit

from flask import Flask, current_app

from webapp.archive import Archive
from webapp.settings import graph_options


def init_app(app: Flask) -> None:
    archive = Archive(app.config["DATA_DIR"], **graph_options(app.config))
    app.extensions["archive"] = archive
    atexit.register(archive.close)


def get_archive() -> Archive:
    return current_app.extensions["archive"]
