"""A node and its nearest neighbours, for the web app's graph view."""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.read_people import org_key_for, person_key_for, resolve_key
from graph.readutil import bounded

if TYPE_CHECKING:
    from graph import Graph

KINDS = ("person", "meeting", "organisation", "topic")


def _meeting_label(row: dict) -> str:
    return " ".join(filter(None, [row.get("title"), row.get("date")]))


def neighbourhood(g: "Graph", kind: str, key: str, limit: int = 60) -> dict | None:
    """{"node": {"kind","key","label"}, "nodes": [the node, then its neighbours], "edges":
    [{"source": [kind, key], "target": [kind, key], "label"}]}; None when there is no such node.
    kind is person (attended, chaired, sent apologies, represented), meeting (its people and topics),
    organisation (its people) or topic (the meetings that discussed it)."""
    lim = bounded(limit, 500)
    nodes: dict[tuple[str, str], dict] = {}
    edges: list[dict] = []

    def add(kind_: str, key_: str, label: str) -> tuple[str, str]:
        nodes.setdefault((kind_, key_), {"kind": kind_, "key": key_, "label": label or key_})
        return (kind_, key_)

    def link(a: tuple[str, str], b: tuple[str, str], label: str) -> None:
        edges.append({"source": list(a), "target": list(b), "label": label})

    if kind == "person":
        real = person_key_for(g, key)
        if real is None:
            return None
        p = g.run(q.PERSON, key=real)[0]
        me = add("person", real, p["name"])
        for m in g.run(q.PERSON_ATTENDED, key=real, limit=lim):
            label = "chaired" if m["role"] == "chair" else "attended"
            link(me, add("meeting", m["meeting_id"], _meeting_label(m)), label)
        for m in g.run(q.PERSON_APOLOGIES, key=real, limit=lim):
            link(me, add("meeting", m["meeting_id"], _meeting_label(m)), "sent apologies")
        for o in g.run(q.PERSON_ORGANISATIONS, key=real)[:lim]:
            link(me, add("organisation", o["key"], o["name"]), "represented")
    elif kind == "meeting":
        rows = g.run(q.MEETING, id=key)
        if not rows:
            return None
        me = add("meeting", key, _meeting_label(rows[0]))
        for a in g.run(q.MEETING_ATTENDEES, id=key)[:lim]:
            link(add("person", a["key"], a["name"]), me, "chaired" if a["role"] == "chair" else "attended")
        for a in g.run(q.MEETING_APOLOGIES, id=key)[:lim]:
            link(add("person", a["key"], a["name"]), me, "sent apologies")
        for t in g.run(q.MEETING_TOPICS, id=key, limit=lim):
            link(me, add("topic", t["key"], t["name"]), "discussed")
    elif kind == "organisation":
        real = org_key_for(g, key)
        if real is None:
            return None
        me = add("organisation", real, g.run(q.ORGANISATION, key=real)[0]["name"])
        for p in g.run(q.ORGANISATION_PEOPLE, key=real, limit=lim):
            link(add("person", p["key"], p["name"]), me, "represented")
    elif kind == "topic":
        real = resolve_key(g, key, q.TOPIC_KEY)
        if real is None:
            return None
        me = add("topic", real, g.run(q.TOPIC, key=real)[0]["name"])
        for m in g.run(q.TOPIC_MEETINGS, key=real, limit=lim):
            link(add("meeting", m["id"], _meeting_label(m)), me, "discussed")
    else:
        return None
    return {"node": nodes[me], "nodes": list(nodes.values()), "edges": edges}
