"""`url_for` for templates, fast in the common case of one endpoint and one path value.

A person page links to a hundred meetings and passages, and Werkzeug's URL
building costs tens of microseconds a call: half the time of rendering such a
page (BENCHMARKS.md, web). For an endpoint whose URL takes exactly one value in
its path, the URL is fixed text around that value, quoted as Werkzeug's
converter quotes it; so the fixed text is found once per endpoint, and checked
against Werkzeug on a value full of characters that need quoting. Every other
call (several values, query strings, `_external`, an endpoint the check fails
for) goes to flask.url_for unchanged.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from flask import Flask, request, url_for

_SAFE = "!$&'()*+,/:;=@"  # werkzeug.routing.BaseConverter.to_url: a URL path segment
_MARKER = "bgurlmarker"
_PROBE = "a/b c?d#e%f&g=é'+"
_templates: dict[tuple[str, str, str], tuple[str, str] | None] = {}


def _template(endpoint: str, name: str) -> tuple[str, str] | None:
    key = (endpoint, name, request.script_root)
    if key not in _templates:
        found = None
        try:
            built = url_for(endpoint, **{name: _MARKER})
            if built.count(_MARKER) == 1 and "?" not in built:
                before, after = built.split(_MARKER)
                if before + quote(_PROBE, safe=_SAFE) + after == url_for(endpoint, **{name: _PROBE}):
                    found = (before, after)
        except Exception:  # an int converter, a missing value...: Werkzeug decides, every time
            found = None
        _templates[key] = found
    return _templates[key]


def template_url_for(endpoint: str, **values: Any) -> str:
    """flask.url_for, with the fixed text of one-value endpoints built once."""
    if len(values) == 1 and not endpoint.startswith("."):
        [(name, value)] = values.items()
        if isinstance(value, str) and value and not name.startswith("_"):
            fixed = _template(endpoint, name)
            if fixed is not None:
                return fixed[0] + quote(value, safe=_SAFE) + fixed[1]
    return url_for(endpoint, **values)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["url_for"] = template_url_for
