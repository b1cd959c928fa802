"""`url_for` for templates, fast in the common case of one endpoint and one path value.

A person page links to a hundred meetings and passages, a search page to two
hundred facet values, and Werkzeug's URL building costs tens of microseconds a
call: half the time of rendering such a page (BENCHMARKS.md, web). Two common
shapes are built from text found once per endpoint instead:
- one value in the URL's path (`/people/<key>`): fixed text around the value,
  quoted as Werkzeug's converter quotes it, checked against Werkzeug once on a
  value full of characters that need quoting;
- no value in the path (`/search`): the path, then the values as a query
  string encoded as Werkzeug encodes it.
- one value in the path and more as a query string (`/papers/<doc_id>?start=..&end=..`, every
  passage link: a person page has hundreds): the first shape, then the second's query string.
Every other call (`_external`, lists, None, an endpoint the check fails for) goes to
flask.url_for unchanged.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from flask import Flask, has_request_context, request, url_for
from werkzeug.routing import BuildError, Map, MapAdapter, Rule

from ask.common import use_page_urls

_SAFE = "!$&'()*+,/:;=@"  # werkzeug.routing.BaseConverter.to_url: a URL path segment
_QUERY_SAFE = "!$'()*,/:;?@"  # werkzeug.urls._urlencode: a query string
_MARKER = "bgurlmarker"
_PROBE = "a/b c?d#e%f&g=é'+"
_templates: dict[tuple[str, str, str], tuple[str, str] | None] = {}
_bare_paths: dict[tuple[str, str], str | None] = {}


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


def _bare_path(endpoint: str) -> str | None:
    """The URL of an endpoint whose path takes no value, or None."""
    key = (endpoint, request.script_root)
    if key not in _bare_paths:
        try:
            built = url_for(endpoint)
        except BuildError:
            built = None
        _bare_paths[key] = built if built is not None and "?" not in built else None
    return _bare_paths[key]


def _plain(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def template_url_for(endpoint: str, **values: Any) -> str:
    """flask.url_for, with the fixed text of common endpoints built once."""
    if endpoint.startswith(".") or any(name.startswith("_") for name in values):
        return url_for(endpoint, **values)
    if len(values) == 1:
        [(name, value)] = values.items()
        if isinstance(value, str) and value:
            fixed = _template(endpoint, name)
            if fixed is not None:
                return fixed[0] + quote(value, safe=_SAFE) + fixed[1]
    if all(_plain(v) for v in values.values()):
        path = _bare_path(endpoint)
        if path is not None:
            return path + ("?" + urlencode(list(values.items()), safe=_QUERY_SAFE) if values else "")
        for name, value in values.items():  # one path value, the rest a query string
            fixed = _template(endpoint, name) if isinstance(value, str) and value else None
            if fixed is not None:
                rest = [(k, v) for k, v in values.items() if k != name]
                return fixed[0] + quote(value, safe=_SAFE) + fixed[1] + "?" + urlencode(rest, safe=_QUERY_SAFE)
    return url_for(endpoint, **values)


def page_url(endpoint: str, **values: Any) -> str:
    """The URL of a page (`pages.person`, key=...) for code that runs in a request or outside one
    (the ask box's answers, also printed by `boardgraph ask --json`): in a request, as templates
    build it (under the app's script root); outside one, the path its rule in webapp.routes gives."""
    if has_request_context():
        return template_url_for(endpoint, **values)
    return _page_rules().build(endpoint, values)


@lru_cache(maxsize=1)
def _page_rules() -> MapAdapter:
    from webapp.routes import TWINS  # routes import the views, which import the ask box: not at import time

    return Map([Rule(rule, endpoint=f"pages.{endpoint}") for rule, endpoint, _, _ in TWINS]).bind("localhost")


def init_app(app: Flask) -> None:
    """Templates and the ask box's answers (ask.common, which cannot import the web app) build links here."""
    app.jinja_env.globals["url_for"] = template_url_for
    use_page_urls(page_url)
