"""Every Cypher statement boardgraph runs, written once for both backends.

The statements keep to the openCypher subset that both embedded FalkorDB and
Neo4j 5 run (MATCH/MERGE/UNWIND/OPTIONAL MATCH, collect, toLower/CONTAINS,
ORDER BY, pattern predicates), take every value as a `$parameter` and return
plain values or maps, never nodes. Each was tried on the real FalkorDB server,
and tests/test_cypher_lint.py checks each against Neo4j 5's grammar with the
parameters in `EXAMPLE_PARAMS`. Schema statements (indexes, constraints) differ
per backend; they are built from `UNIQUE_KEYS`, `INDEXED` and `FULLTEXT_FIELDS` there.

One exception, for searching text (graph/README.md): the full-text index is called
through each backend's own procedure (`db.idx.fulltext.queryNodes` on FalkorDB,
`db.index.fulltext.queryNodes` on Neo4j). Those statements are dicts keyed by
backend ("falkordb", "neo4j") with the same Cypher after the CALL line; the linter
checks the Neo4j ones.

Things FalkorDB does not run, so nothing here uses them: `EXISTS {}` / `COUNT {}`
subqueries, `exists(pattern)`, `=~`, undirected `shortestPath` (people chains
are walked hop by hop in graph/paths.py), APOC.
"""
from __future__ import annotations

# ---- schema ---------------------------------------------------------------------------

UNIQUE_KEYS: list[tuple[str, str]] = [
    ("Document", "id"), ("Meeting", "id"), ("Body", "name"), ("Person", "key"),
    ("Organisation", "key"), ("Item", "id"), ("Action", "id"), ("Topic", "key"),
]
INDEXED: list[tuple[str, str]] = [
    ("Document", "filename"), ("Meeting", "doc_id"), ("Meeting", "date"), ("Item", "doc_id"),
    ("Action", "doc_id"), ("Person", "slug"), ("Organisation", "slug"), ("Topic", "slug"),
    ("Document", "item_count"),
]
# Full-text indexed fields by the property they are made from (graph/textindex.py fills them), and
# the Neo4j index names. FalkorDB: no stemming, no stop words; Neo4j: the whitespace analyser. An
# Item's heading has its own field: "actions under items about X" wants items whose heading has the
# words, and at 10k papers the items whose text has them were ~25 times as many (4,585 for one term).
FULLTEXT_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "Action": {"text": ("words", "grams")},
    "Item": {"text": ("words",), "heading": ("heading_words",)},
}
FULLTEXT_FIELDS: dict[str, tuple[str, ...]] = {
    label: tuple(f for fields in sources.values() for f in fields) for label, sources in FULLTEXT_SOURCES.items()
}
FULLTEXT_INDEX_NAMES: dict[str, str] = {"Action": "action_text", "Item": "item_text"}
BACKENDS = ("falkordb", "neo4j")
# Labels, types and properties the statements may use (the linter warns on any other: typos).
LABELS = ["Document", "Meeting", "Body", "Person", "Organisation", "Item", "Action", "Topic"]
REL_TYPES = ["RECORDS", "OF", "HAS_ITEM", "HAS_ACTION", "ATTENDED", "SENT_APOLOGIES", "OWNS",
             "MENTIONS", "AFFILIATED_WITH", "POSSIBLY_SAME", "CO_ATTENDED"]
PROPERTY_KEYS = [
    "id", "key", "slug", "name", "aliases", "group", "dirty", "title", "kind", "filename", "date",
    "date_precision", "time", "location", "body", "series", "status", "error", "ingested_at",
    "paper_json",  # only read (and removed) on graphs saved before papers/<id>.json was the one copy
    "ocr", "doc_id", "number", "heading", "text", "span_start", "span_end", "position",
    "item", "item_id", "due", "unresolved", "role", "org", "org_key", "note", "doc", "chair_span_start",
    "chair_span_end", "count", "names", "canonical", "first_seen", "last_seen", "score", "words", "grams",
    "heading_words", "text_lower", "heading_lower", "alias_uses", "canonicals", "canonical_uses", "sort_date",
    "doc_title", "meeting_id", "meeting_title", "placed_date", "placed", "co_attendance", "item_count", "warning_count",
]
# Keys of the maps passed as `$rows` (the linter checks `row.x` like a property).
ROW_KEYS = ["key", "slug", "name", "group", "props", "source", "action_id", "item_id", "a", "b", "score", "id",
            "aliases", "uses", "canonicals", "canonical_uses", "org_key", "first_seen", "last_seen", "count"]

MENTION_SOURCES = ("Document", "Item", "Action")
ENTITY_LABELS = ("Person", "Organisation", "Topic")

# ---- writing one paper (graph/store.py runs these in one transaction) --------------------

# Everything the old version of a paper pointed at is marked, so the clean-up at the
# end of the same transaction (orphans, names, affiliations) touches exactly those.
MARK_DOC_ENTITIES = """
MATCH (d:Document {id: $doc_id})-[:MENTIONS|OF]->(e)
SET e.dirty = true
"""
DELETE_DOC_ACTIONS = "MATCH (n:Action {doc_id: $doc_id}) DETACH DELETE n"
DELETE_DOC_ITEMS = "MATCH (n:Item {doc_id: $doc_id}) DETACH DELETE n"
DELETE_DOC_MEETING = "MATCH (n:Meeting {doc_id: $doc_id}) DETACH DELETE n"
DELETE_DOCUMENT = "MATCH (n:Document {id: $doc_id}) DETACH DELETE n"

SAVE_DOCUMENT = """
MERGE (d:Document {id: $doc_id})
SET d = $props
"""
SAVE_MEETING = """
MATCH (d:Document {id: $doc_id})
MERGE (m:Meeting {id: $meeting_id})
SET m = $props
MERGE (d)-[:RECORDS]->(m)
"""
SAVE_BODY = """
MATCH (d:Document {id: $doc_id})
MERGE (b:Body {name: $name})
SET b.dirty = true
MERGE (d)-[:OF]->(b)
"""
SAVE_MEETING_BODY = """
MATCH (m:Meeting {id: $meeting_id})
MATCH (b:Body {name: $name})
MERGE (m)-[:OF]->(b)
"""
SAVE_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.co_attendance = true
SET p.slug = row.slug, p.dirty = true
"""
SAVE_ORGANISATIONS = """
UNWIND $rows AS row
MERGE (o:Organisation {key: row.key})
ON CREATE SET o.name = row.name
SET o.slug = row.slug, o.group = row.group, o.dirty = true
"""
SAVE_TOPICS = """
UNWIND $rows AS row
MERGE (t:Topic {key: row.key})
ON CREATE SET t.name = row.name
SET t.slug = row.slug, t.dirty = true
"""
SAVE_ATTENDED = """
MATCH (m:Meeting {id: $meeting_id})
UNWIND $rows AS row
MATCH (p:Person {key: row.key})
CREATE (p)-[r:ATTENDED]->(m)
SET r = row.props
"""
# CO_ATTENDED {count}: how many meetings two people both attended, both ways, kept by each write
# (graph/co_attendance.py) so a person's page reads it instead of walking every meeting.
# The pairs of a meeting's attendees (each person once), and a paper's meeting's pairs
# counted out before the meeting is deleted (a pair that shared only this meeting loses its edge).
_MEETING_PAIRS = """<-[:ATTENDED]-(p:Person)
WITH DISTINCT m, p
MATCH (m)<-[:ATTENDED]-(q:Person)
WHERE q <> p
WITH DISTINCT p, q"""
COUNT_CO_ATTENDANCE = f"""
MATCH (m:Meeting {{id: $meeting_id}}){_MEETING_PAIRS}
MERGE (p)-[c:CO_ATTENDED]->(q)
ON CREATE SET c.count = 1
ON MATCH SET c.count = c.count + 1
"""
UNCOUNT_CO_ATTENDANCE = {  # in this order
    "last": f"""
MATCH (m:Meeting {{doc_id: $doc_id}}){_MEETING_PAIRS}
MATCH (p)-[c:CO_ATTENDED]->(q)
WHERE c.count <= 1
DELETE c
""",
    "others": f"""
MATCH (m:Meeting {{doc_id: $doc_id}}){_MEETING_PAIRS}
MATCH (p)-[c:CO_ATTENDED]->(q)
SET c.count = c.count - 1
""",
}
SAVE_APOLOGIES = """
MATCH (m:Meeting {id: $meeting_id})
UNWIND $rows AS row
MATCH (p:Person {key: row.key})
CREATE (p)-[r:SENT_APOLOGIES]->(m)
SET r = row.props
"""
SAVE_ITEMS = """
MATCH (d:Document {id: $doc_id})
UNWIND $rows AS row
CREATE (i:Item)
SET i = row
SET i.heading_lower = coalesce(toLower(row.heading), '')
CREATE (d)-[:HAS_ITEM]->(i)
"""
SAVE_ITEM_ACTIONS = """
UNWIND $rows AS row
MATCH (i:Item {id: row.item_id})
CREATE (a:Action)
SET a = row
SET a.text_lower = coalesce(toLower(row.text), '')
CREATE (i)-[:HAS_ACTION]->(a)
"""
SAVE_DOC_ACTIONS = """
MATCH (d:Document {id: $doc_id})
UNWIND $rows AS row
CREATE (a:Action)
SET a = row
SET a.text_lower = coalesce(toLower(row.text), '')
CREATE (d)-[:HAS_ACTION]->(a)
"""
SAVE_OWNS = {
    label: f"""
UNWIND $rows AS row
MATCH (a:Action {{id: row.action_id}})
MATCH (o:{label} {{key: row.key}})
CREATE (o)-[r:OWNS]->(a)
SET r = row.props
"""
    for label in ("Person", "Organisation")
}
SAVE_MENTIONS = {
    (source, target): f"""
UNWIND $rows AS row
MATCH (s:{source} {{id: row.source}})
MATCH (t:{target} {{key: row.key}})
CREATE (s)-[r:MENTIONS]->(t)
SET r = row.props
"""
    for source in MENTION_SOURCES
    for target in ENTITY_LABELS
}

# -- clean-up of the marked (dirty) nodes, same transaction --
DELETE_ORPHANS = {
    label: f"""
MATCH (n:{label} {{dirty: true}})
WHERE NOT (:Document)-[:MENTIONS]->(n)
DETACH DELETE n
"""
    for label in ENTITY_LABELS
}
# The same for the dirty nodes a write names (graph/store.py: those the replaced or removed versions
# mentioned and the new ones do not). A node the new versions' Documents mention is no orphan, and
# `NOT (:Document)-[:MENTIONS]->(n)` walks every mention of the node (items and actions too): at 10k
# papers a busy organisation's thousands, on every batch (BENCHMARKS.md, "Ingest write path at 10k").
DELETE_ORPHAN_KEYS = {
    label: f"""
UNWIND $keys AS key
MATCH (n:{label} {{key: key}})
WHERE n.dirty = true AND NOT (:Document)-[:MENTIONS]->(n)
DETACH DELETE n
"""
    for label in ENTITY_LABELS
}
DELETE_ORPHAN_BODIES = """
MATCH (b:Body {dirty: true})
WHERE NOT (:Document)-[:OF]->(b)
DETACH DELETE b
"""
# A name is its most used written form (then the shortest, then alphabetical), so it
# does not depend on the order papers arrive in. A curated or expanded name wins for
# organisations.
REFRESH_NAMES = {
    label: f"""
MATCH (n:{label} {{dirty: true}})<-[r:MENTIONS]-(:Document)
WITH n, min(r.canonical) AS canonical, collect(r.names) AS lists
UNWIND lists AS written
UNWIND written AS w
WITH n, canonical, w, count(*) AS uses
ORDER BY uses DESC, size(w), w
WITH n, canonical, collect(w) AS names
SET n.name = coalesce(canonical, names[0]), n.aliases = names
"""
    for label in ENTITY_LABELS
}
# The same names from counts kept on the node (graph/name_counts.py): what a normal write runs
# instead of REFRESH_NAMES. A row without aliases (no Document writes a form) leaves name and
# aliases as REFRESH_NAMES left them.
SET_NAME_USES = {
    label: f"""
UNWIND $rows AS row
MATCH (n:{label} {{key: row.key}})
SET n.name = coalesce(row.name, n.name), n.aliases = coalesce(row.aliases, n.aliases),
    n.alias_uses = row.uses, n.canonicals = row.canonicals, n.canonical_uses = row.canonical_uses
"""
    for label in ENTITY_LABELS
}
# After a write that failed half way (FalkorDB has no rollback) the counts of what it touched
# are unsure: REFRESH_NAMES sets the names, and these counts are counted again when next needed.
FORGET_NAME_USES = {
    label: f"MATCH (n:{label} {{dirty: true}}) SET n.alias_uses = NULL"  # one property: see graph/name_counts.py
    for label in ENTITY_LABELS
}
MARK_ENTITIES = {
    label: f"""
UNWIND $keys AS key
MATCH (n:{label} {{key: key}})
SET n.dirty = true
"""
    for label in ENTITY_LABELS
}
DELETE_AFFILIATIONS = """
MATCH (p:Person {dirty: true})-[r:AFFILIATED_WITH]->(:Organisation)
DELETE r
"""
# Where a person represented an organisation at dated meetings (attending or sending apologies), and
# at how many (`count`, graph/affiliation_counts.py: "who represented X" reads it instead of every
# attendance edge in the graph). Every Meeting has a date (Paper.is_meeting), so these are all its meetings.
# a person's AFFILIATED_WITH edges rebuilt from all their attendance (the MATCH of `p` goes before it)
_AFFILIATIONS_FROM_ATTENDANCE = """-[a:ATTENDED|SENT_APOLOGIES]->(m:Meeting)
WHERE a.org_key IS NOT NULL AND m.date IS NOT NULL
WITH p, a.org_key AS org_key, min(m.date) AS first_seen, max(m.date) AS last_seen, count(DISTINCT m) AS n
MATCH (o:Organisation {key: org_key})
CREATE (p)-[:AFFILIATED_WITH {first_seen: first_seen, last_seen: last_seen, count: n}]->(o)
"""
SAVE_AFFILIATIONS = "\nMATCH (p:Person {dirty: true})" + _AFFILIATIONS_FROM_ATTENDANCE
# What a write of papers keeps of them without walking every attendance of everyone it touched (at 10k
# papers a busy person has thousands: BENCHMARKS.md, "Ingest into a grown archive"): the people whose
# attendance loses edges (they attended a stored version of a paper the write replaces or removes) get
# theirs rebuilt as above, and the others only gain attendance at the write's new meetings, so their
# edges take in the new meetings' dates and count (graph/store.py `_affiliation_statements`).
DELETE_AFFILIATIONS_OF = """
UNWIND $keys AS key
MATCH (p:Person {key: key})-[r:AFFILIATED_WITH]->(:Organisation)
DELETE r
"""
SAVE_AFFILIATIONS_OF = "\nUNWIND $keys AS key\nMATCH (p:Person {key: key})" + _AFFILIATIONS_FROM_ATTENDANCE
ADD_AFFILIATIONS = """
UNWIND $rows AS row
MATCH (p:Person {key: row.key})
MATCH (o:Organisation {key: row.org_key})
MERGE (p)-[r:AFFILIATED_WITH]->(o)
ON CREATE SET r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.count = row.count
ON MATCH SET r.first_seen = CASE WHEN row.first_seen < r.first_seen THEN row.first_seen ELSE r.first_seen END,
             r.last_seen = CASE WHEN row.last_seen > r.last_seen THEN row.last_seen ELSE r.last_seen END,
             r.count = r.count + row.count
"""
CLEAR_DIRTY = {
    label: f"MATCH (n:{label} {{dirty: true}}) REMOVE n.dirty"
    for label in (*ENTITY_LABELS, "Body")
}

# ---- around the transaction ---------------------------------------------------------------

DOC_PERSON_KEYS = """
MATCH (:Document {id: $doc_id})-[:MENTIONS]->(p:Person)
RETURN p.key AS key
"""
DOCS_ATTENDEE_KEYS = """
UNWIND $doc_ids AS doc_id
MATCH (:Meeting {doc_id: doc_id})<-[:ATTENDED|SENT_APOLOGIES]-(p:Person)
RETURN DISTINCT p.key AS key
"""
DOCS_PERSON_KEYS = """
UNWIND $doc_ids AS doc_id
MATCH (:Document {id: doc_id})-[:MENTIONS]->(p:Person)
RETURN DISTINCT p.key AS key
"""
DOCS_ENTITY_MENTIONS = """
UNWIND $doc_ids AS doc_id
MATCH (:Document {id: doc_id})-[r:MENTIONS]->(n)
RETURN labels(n)[0] AS label, n.key AS key, r.names AS names, r.canonical AS canonical
"""
NAME_USES = {
    label: f"""
UNWIND $keys AS key
MATCH (n:{label} {{key: key}})
RETURN n.key AS key, n.aliases AS aliases, n.alias_uses AS uses, n.canonicals AS canonicals,
       n.canonical_uses AS canonical_uses
"""
    for label in ENTITY_LABELS
}
MENTION_NAMES = {
    label: f"""
UNWIND $keys AS key
MATCH (n:{label} {{key: key}})<-[r:MENTIONS]-(:Document)
RETURN n.key AS key, r.names AS names, r.canonical AS canonical
"""
    for label in ENTITY_LABELS
}
NAME_USES_MISSING = {
    label: f"MATCH (n:{label}) WHERE n.alias_uses IS NULL RETURN n.key AS key LIMIT $limit"
    for label in ENTITY_LABELS
}
DOCUMENT_EXISTS = "MATCH (d:Document {id: $doc_id}) RETURN d.id AS id"
DOCUMENT_BY_FILENAME = """
MATCH (d:Document {filename: $filename})
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.filename AS filename, d.date AS date,
       d.ingested_at AS ingested_at
ORDER BY ingested_at DESC
LIMIT 1
"""
# Graphs saved before papers/<id>.json became the one copy held each Paper as `paper_json` on its Document:
# repair reads it once for a paper whose file is missing, then removes it (graph.store.drop_legacy_papers).
LEGACY_PAPER_JSON = "MATCH (d:Document {id: $doc_id}) RETURN d.paper_json AS paper_json"
LEGACY_PAPER_IDS = "MATCH (d:Document) WHERE d.paper_json IS NOT NULL RETURN d.id AS id"
DROP_LEGACY_PAPER = "UNWIND $ids AS doc_id MATCH (d:Document {id: doc_id}) SET d.paper_json = NULL"
ALL_DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id ORDER BY id"
DOCS_MENTIONING_PEOPLE = """
MATCH (d:Document)-[:MENTIONS]->(p:Person)
WHERE p.key IN $keys
RETURN DISTINCT d.id AS id
"""
DOCS_MENTIONING_ORGANISATIONS = """
MATCH (d:Document)-[:MENTIONS]->(o:Organisation)
WHERE o.key IN $keys
RETURN DISTINCT d.id AS id
"""
ALL_PEOPLE_KEYS = "MATCH (p:Person) RETURN p.key AS key"
SAVE_CANDIDATES = """
UNWIND $rows AS row
MATCH (a:Person {key: row.a})
MATCH (b:Person {key: row.b})
MERGE (a)-[r:POSSIBLY_SAME]->(b)
SET r.score = row.score
"""
DELETE_CANDIDATE = """
MATCH (:Person {key: $a})-[r:POSSIBLY_SAME]-(:Person {key: $b})
DELETE r
"""
CANDIDATES = """
MATCH (a:Person)-[r:POSSIBLY_SAME]->(b:Person)
RETURN a.key AS a_key, a.name AS a_name, b.key AS b_key, b.name AS b_name, r.score AS score
ORDER BY score DESC, a_key, b_key
LIMIT $limit
"""

# Nodes saved before the full-text fields existed (graph/textindex.py `backfill`), per label and
# source property: the fields made from that property are written together, so the first tells.
TEXT_FIELDS_MISSING = {
    (label, source): f"""
MATCH (n:{label})
WHERE n.{fields[0]} IS NULL
RETURN n.id AS id, n.{source} AS text
LIMIT $limit
"""
    for label, sources in FULLTEXT_SOURCES.items() for source, fields in sources.items()
}
SET_TEXT_FIELDS = {
    (label, source): "\nUNWIND $rows AS row\nMATCH (n:" + label + " {id: row.id})\nSET "
    + ", ".join(f"n.{f} = row.{f}" for f in fields) + "\n"
    for label, sources in FULLTEXT_SOURCES.items() for source, fields in sources.items()
}

# The graph's own `toLower` of an action's text and an item's heading, kept at save time: the text
# searches test them with `CONTAINS` (lowering the 8,790 candidate texts of "summary" at 10k papers was
# a third of its statement's time). Nodes saved before they existed get them at start
# (graph/textindex.py `backfill`).
LOWERED: tuple[tuple[str, str], ...] = (("Action", "text"), ("Item", "heading"))
LOWERED_MISSING = {
    label: f"MATCH (n:{label}) WHERE n.{prop}_lower IS NULL RETURN n.id AS id LIMIT $limit"
    for label, prop in LOWERED
}
SET_LOWERED = {
    label: f"UNWIND $ids AS nid\nMATCH (n:{label} {{id: nid}})\nSET n.{prop}_lower = coalesce(toLower(n.{prop}), '')\n"
    for label, prop in LOWERED
}

# Actions and items saved before `sort_date` existed (graph/sort_dates.py).
SORT_DATE_MISSING = {
    label: f"MATCH (n:{label}) WHERE n.sort_date IS NULL RETURN n.id AS id LIMIT $limit"
    for label in ("Action", "Item")
}
SET_SORT_DATE = {
    label: f"""
UNWIND $ids AS nid
MATCH (n:{label} {{id: nid}})
OPTIONAL MATCH (d:Document {{id: n.doc_id}})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
SET n.sort_date = coalesce(m.date, d.date, '')
"""
    for label in ("Action", "Item")
}

# Actions saved before their place was kept on them (graph/action_places.py): the columns a list of
# actions read from its Document and Meeting, as those nodes hold them.
PLACE_MISSING = "MATCH (a:Action) WHERE a.placed IS NULL RETURN a.id AS id LIMIT $limit"
SET_PLACE = """
UNWIND $ids AS aid
MATCH (a:Action {id: aid})
OPTIONAL MATCH (d:Document {id: a.doc_id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
SET a.doc_title = d.title, a.meeting_id = m.id, a.meeting_title = m.title, a.placed_date = coalesce(m.date, d.date),
    a.placed = true
"""

# Papers saved before `item_count` existed (graph/item_counts.py).
ITEM_COUNT_MISSING = "MATCH (d:Document) WHERE d.item_count IS NULL RETURN d.id AS id LIMIT $limit"
SET_ITEM_COUNT = """
UNWIND $ids AS did
MATCH (d:Document {id: did})
OPTIONAL MATCH (d)-[r:HAS_ITEM]->(:Item)
WITH d, count(r) AS n
SET d.item_count = n
"""

# People saved before CO_ATTENDED existed (graph/co_attendance.py): each one's edges counted from
# the meetings they attended, replacing any a write made meanwhile, then marked as counted.
CO_ATTENDANCE_MISSING = "MATCH (p:Person) WHERE p.co_attendance IS NULL RETURN p.key AS key LIMIT $limit"
SET_CO_ATTENDANCE = {  # in this order
    "forget": """
UNWIND $keys AS key
MATCH (:Person {key: key})-[c:CO_ATTENDED]->(:Person)
DELETE c
""",
    "count": """
UNWIND $keys AS key
MATCH (p:Person {key: key})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person)
WHERE q <> p
WITH p, q, count(DISTINCT m) AS n
CREATE (p)-[:CO_ATTENDED {count: n}]->(q)
""",
    "mark": """
UNWIND $keys AS key
MATCH (p:Person {key: key})
SET p.co_attendance = true
""",
}

# Affiliations saved before they carried `count` (graph/affiliation_counts.py): each counted again from
# its person's attendance (every edge of the batch gets a count, so the backfill ends).
AFFILIATION_COUNT_MISSING = """
MATCH (p:Person)-[r:AFFILIATED_WITH]->(:Organisation)
WHERE r.count IS NULL
RETURN DISTINCT p.key AS key
LIMIT $limit
"""
SET_AFFILIATION_COUNT = """
UNWIND $keys AS key
MATCH (p:Person {key: key})-[r:AFFILIATED_WITH]->(o:Organisation)
OPTIONAL MATCH (p)-[a:ATTENDED|SENT_APOLOGIES]->(m:Meeting)
WHERE a.org_key = o.key AND m.date IS NOT NULL
WITH r, count(DISTINCT m) AS n
SET r.count = n
"""

# ---- consistency report (boardgraph check) -------------------------------------------------

COUNT_BY_LABEL = "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n"
COUNT_BY_REL_TYPE = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
DANGLING = """
MATCH (n)
WHERE (n:Person OR n:Organisation OR n:Topic) AND NOT (:Document)-[:MENTIONS]->(n)
RETURN labels(n)[0] AS label, n.key AS key
UNION ALL
MATCH (n:Body) WHERE NOT (:Document)-[:OF]->(n)
RETURN 'Body' AS label, n.name AS key
UNION ALL
MATCH (n:Item) WHERE NOT (:Document)-[:HAS_ITEM]->(n)
RETURN 'Item' AS label, n.id AS key
UNION ALL
MATCH (n:Action) WHERE NOT ()-[:HAS_ACTION]->(n)
RETURN 'Action' AS label, n.id AS key
UNION ALL
MATCH (n:Meeting) WHERE NOT (:Document)-[:RECORDS]->(n)
RETURN 'Meeting' AS label, n.id AS key
UNION ALL
MATCH (n) WHERE n.dirty = true
RETURN 'dirty' AS label, coalesce(n.key, n.name, n.id) AS key
"""
DUPLICATE_KEYS = """
MATCH (p:Person)
WITH p.key AS key, count(*) AS n
WHERE n > 1
RETURN 'Person' AS label, key, n
UNION ALL
MATCH (o:Organisation)
WITH o.key AS key, count(*) AS n
WHERE n > 1
RETURN 'Organisation' AS label, key, n
"""

# ---- reading: counts and lists -------------------------------------------------------------

COUNT_LABEL = {label: f"MATCH (n:{label}) RETURN count(n) AS n" for label in LABELS}
LATEST_MEETINGS = """
MATCH (m:Meeting)
RETURN m.id AS id, m.title AS title, m.body AS body, m.date AS date
ORDER BY date DESC, title
LIMIT $limit
"""
MEETINGS_PAGE = """
MATCH (m:Meeting)
WHERE $body IS NULL OR toLower(coalesce(m.body, m.title)) CONTAINS $body
RETURN m.id AS id, m.title AS title, m.body AS body, m.date AS date
ORDER BY date DESC, title
SKIP $skip
LIMIT $limit
"""
MEETINGS_TOTAL = """
MATCH (m:Meeting)
WHERE $body IS NULL OR toLower(coalesce(m.body, m.title)) CONTAINS $body
RETURN count(m) AS n
"""
DOCUMENTS_PAGE = """
MATCH (d:Document)
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.filename AS filename, d.date AS date,
       d.body AS body, d.status AS status, m.id AS meeting_id
ORDER BY date DESC, filename
SKIP $skip
LIMIT $limit
"""
DOCUMENTS_TOTAL = "MATCH (d:Document) RETURN count(d) AS n"

# ---- reading: actions as pages show them ---------------------------------------------------

# What a page shows of an action `a` (with `owners` as _ACTION_OWNERS gathers them): as RETURN columns.
# Owners come unordered, with their position. Its paper's title, its meeting's id and title and the date
# it is listed by (coalesce(m.date, d.date)) are kept on the action (graph/action_places.py), so a list
# of actions looks up no Document or Meeting (2.3 + 1.6 ms of a busy person's 500 at 10k, BENCHMARKS.md
# tenk5 and tenk7).
_ACTION_FIELDS = [
    ("id", "a.id"), ("text", "a.text"), ("status", "a.status"), ("due", "a.due"), ("item", "a.item"),
    ("item_id", "a.item_id"), ("doc_id", "a.doc_id"), ("doc_title", "a.doc_title"), ("meeting_id", "a.meeting_id"),
    ("meeting_title", "a.meeting_title"), ("date", "a.placed_date"), ("position", "a.position"),
    ("span", "[a.span_start, a.span_end]"), ("owners", "owners"),
]
_ACTION_COLUMNS = ",\n       ".join(f"{expr} AS {name}" for name, expr in _ACTION_FIELDS)
# The owners of each action `a`, gathered by one aggregation over all the rows rather than a pattern
# comprehension per row (an Apply and an Aggregate for each action on FalkorDB): 500 actions of a
# person at 10k papers, 12.7 -> 8.0 ms inside the server (BENCHMARKS.md, tenk5). Before placing, so
# the grouping key is `a` alone; an action with no owner gets [] as the comprehension gave it.
_ACTION_OWNERS = """OPTIONAL MATCH (o)-[r:OWNS]->(a)
WITH a, collect(CASE WHEN o IS NULL THEN NULL ELSE {key: o.key, slug: o.slug, name: o.name,
     type: CASE WHEN o:Person THEN 'person' ELSE 'organisation' END, position: r.position} END) AS owners"""
# Newest first, then paper order: the order of graph/readutil.py `newest_actions_first`. `sort_date`
# (graph/facts.py) is coalesce(m.date, d.date, '') kept on the action, so the order needs no placing.
_ACTION_ORDER = "a.sort_date DESC, a.doc_id DESC, coalesce(a.position, 0)"
_SORT_DATE = "CASE WHEN {v}.sort_date = '' THEN NULL ELSE {v}.sort_date END"  # = coalesce(m.date, d.date)

# ---- reading: a person ---------------------------------------------------------------------

PERSON_KEY = """
MATCH (p:Person {key: $key}) RETURN p.key AS key
UNION
MATCH (p:Person {slug: $key}) RETURN p.key AS key
"""
ORGANISATION_KEY = """
MATCH (o:Organisation {key: $key}) RETURN o.key AS key
UNION
MATCH (o:Organisation {slug: $key}) RETURN o.key AS key
"""
TOPIC_KEY = """
MATCH (t:Topic {key: $key}) RETURN t.key AS key
UNION
MATCH (t:Topic {slug: $key}) RETURN t.key AS key
"""
PERSON = """
MATCH (p:Person {key: $key})
RETURN p.key AS key, p.slug AS slug, p.name AS name, p.aliases AS aliases
"""
PEOPLE_ALIASES = """
MATCH (p:Person)
RETURN p.key AS key, p.aliases AS aliases
"""
PERSON_ATTENDED = """
MATCH (p:Person {key: $key})-[a:ATTENDED]->(m:Meeting)
RETURN m.id AS meeting_id, m.title AS title, m.body AS body, m.date AS date, a.role AS role,
       a.org AS org, a.note AS note, m.doc_id AS doc_id, [a.span_start, a.span_end] AS span
ORDER BY date DESC, title
LIMIT $limit
"""
PERSON_APOLOGIES = """
MATCH (p:Person {key: $key})-[a:SENT_APOLOGIES]->(m:Meeting)
RETURN m.id AS meeting_id, m.title AS title, m.body AS body, m.date AS date, a.org AS org,
       m.doc_id AS doc_id, [a.span_start, a.span_end] AS span
ORDER BY date DESC, title
LIMIT $limit
"""
PERSON_ACTIONS = """
MATCH (:Person {key: $key})-[:OWNS]->(a:Action)
RETURN a.id AS id
"""
# The papers mentioning someone, newest first: only the sort keys are read before the LIMIT, the
# other columns for the rows kept (a busy person at 10k papers: 3,204 papers for 500 rows; 9.3 -> 7.5 ms
# inside the server, BENCHMARKS.md, tenk5).
_PAPERS_OF = """
MATCH (d:Document)-[r:MENTIONS]->(:{label} {{key: $key}})
WITH d, r, d.date AS date, d.title AS title
ORDER BY date DESC, title
LIMIT $limit
RETURN d.id AS doc_id, title, date, d.kind AS kind, r.count AS count
"""
PERSON_PAPERS = _PAPERS_OF.format(label="Person")
# PERSON_PAPERS with how many papers mention the person on every row (`papers_total`): the page's
# list and its "of N" from one walk of the mentions instead of two (PERSON_TOTALS["papers"] walks them
# again; a busy person at 10k papers: 3,204). No rows when there are none, so the total is then 0.
PERSON_PAPERS_COUNTED = """
MATCH (d:Document)-[r:MENTIONS]->(:Person {key: $key})
WITH collect([d, r]) AS mentions
UNWIND mentions AS mention
WITH mention[0] AS d, mention[1] AS r, size(mentions) AS papers_total
WITH d, r, papers_total, d.date AS date, d.title AS title
ORDER BY date DESC, title
LIMIT $limit
RETURN d.id AS doc_id, title, date, d.kind AS kind, r.count AS count, papers_total
"""
# How many of each a person has, so a page showing the latest few can say "of N".
PERSON_TOTALS = {
    "attended": "MATCH (:Person {key: $key})-[r:ATTENDED]->(:Meeting) RETURN count(r) AS n",
    "apologies": "MATCH (:Person {key: $key})-[r:SENT_APOLOGIES]->(:Meeting) RETURN count(r) AS n",
    "actions": "MATCH (:Person {key: $key})-[r:OWNS]->(:Action) RETURN count(r) AS n",
    "papers": "MATCH (:Document)-[r:MENTIONS]->(:Person {key: $key}) RETURN count(r) AS n",
}
PERSON_ORGANISATIONS = """
MATCH (:Person {key: $key})-[r:AFFILIATED_WITH]->(o:Organisation)
RETURN o.key AS key, o.slug AS slug, o.name AS name, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, first_seen DESC, name
"""
# Kept at write time (COUNT_CO_ATTENDANCE): a busy person shares thousands of meetings.
CO_ATTENDEES = """
MATCH (:Person {key: $key})-[c:CO_ATTENDED]->(q:Person)
RETURN q.key AS key, q.slug AS slug, q.name AS name, c.count AS count
ORDER BY count DESC, name
LIMIT $limit
"""
PERSON_CANDIDATES = """
MATCH (:Person {key: $key})-[r:POSSIBLY_SAME]-(q:Person)
RETURN q.key AS key, q.slug AS slug, q.name AS name, r.score AS score
ORDER BY score DESC, key
"""
# The actions a person owns, newest first, with what a page shows of them: the page is
# chosen first, so only its actions have their owners read (a busy person owns hundreds).
PERSON_ACTIONS_PAGE = f"""
MATCH (:Person {{key: $key}})-[:OWNS]->(a:Action)
WITH a
ORDER BY {_ACTION_ORDER}
LIMIT $limit
{_ACTION_OWNERS}
RETURN {_ACTION_COLUMNS}
ORDER BY coalesce(date, '') DESC, doc_id DESC, coalesce(position, 0)
"""
LAST_ATTENDED = """
MATCH (:Person {key: $key})-[a:ATTENDED]->(m:Meeting)
RETURN m.id AS meeting_id, m.title AS title, m.body AS body, m.date AS date, a.role AS role,
       a.org AS org, m.doc_id AS doc_id, [a.span_start, a.span_end] AS span
ORDER BY date DESC
LIMIT 1
"""
SHARED_MEETINGS = """
MATCH (:Person {key: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Person {key: $b})
RETURN m.id AS id, m.title AS title, m.body AS body, m.date AS date
ORDER BY date DESC
LIMIT $limit
"""
SHARED_ATTENDEES = """
MATCH (:Person {key: $a})-[:ATTENDED]->(m1:Meeting)<-[:ATTENDED]-(q:Person)
MATCH (q)-[:ATTENDED]->(m2:Meeting)<-[:ATTENDED]-(:Person {key: $b})
WHERE NOT q.key IN [$a, $b]
RETURN q.key AS key, q.slug AS slug, q.name AS name, count(DISTINCT m1) + count(DISTINCT m2) AS count
ORDER BY count DESC, name
LIMIT $limit
"""
# One hop of a people chain: everyone who sat in a meeting with someone in $keys.
CO_ATTENDANCE_HOP = """
UNWIND $keys AS k
MATCH (:Person {key: k})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person)
WHERE q.key <> k
RETURN k AS from_key, q.key AS to_key, m.id AS meeting_id, m.title AS title, m.date AS date
ORDER BY from_key, to_key, date DESC, meeting_id
"""
PEOPLE_BY_KEYS = """
UNWIND $keys AS k
MATCH (p:Person {key: k})
RETURN p.key AS key, p.slug AS slug, p.name AS name
"""

# ---- reading: meetings and documents -------------------------------------------------------

MEETING = """
MATCH (m:Meeting {id: $id})
RETURN m.id AS id, m.title AS title, m.body AS body, m.date AS date, m.time AS time,
       m.location AS location, m.doc_id AS doc_id, m.series AS series
"""
MEETING_ATTENDEES = """
MATCH (p:Person)-[a:ATTENDED]->(:Meeting {id: $id})
RETURN p.key AS key, p.slug AS slug, p.name AS name, a.org AS org, a.org_key AS org_key, a.role AS role,
       a.note AS note, [a.span_start, a.span_end] AS span,
       [a.chair_span_start, a.chair_span_end] AS chair_span
ORDER BY a.span_start, name
"""
MEETING_APOLOGIES = """
MATCH (p:Person)-[a:SENT_APOLOGIES]->(:Meeting {id: $id})
RETURN p.key AS key, p.slug AS slug, p.name AS name, a.org AS org, a.org_key AS org_key,
       [a.span_start, a.span_end] AS span
ORDER BY a.span_start, name
"""
PREVIOUS_MEETING = """
MATCH (m:Meeting {id: $id})
MATCH (o:Meeting {series: m.series})
WHERE o.date < m.date OR (o.date = m.date AND o.id < m.id)
RETURN o.id AS id, o.title AS title, o.date AS date
ORDER BY date DESC, id DESC
LIMIT 1
"""
NEXT_MEETING = """
MATCH (m:Meeting {id: $id})
MATCH (o:Meeting {series: m.series})
WHERE o.date > m.date OR (o.date = m.date AND o.id > m.id)
RETURN o.id AS id, o.title AS title, o.date AS date
ORDER BY date, id
LIMIT 1
"""
DOCUMENT = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.filename AS filename, d.date AS date,
       d.date_precision AS date_precision, d.body AS body, d.status AS status, d.error AS error,
       d.ingested_at AS ingested_at, coalesce(d.ocr, false) AS ocr, m.id AS meeting_id
"""
DOCUMENT_ITEMS = """
MATCH (:Document {id: $id})-[:HAS_ITEM]->(i:Item)
RETURN i.id AS id, i.number AS number, i.heading AS heading, [i.span_start, i.span_end] AS span
ORDER BY i.position
"""
DOCUMENT_ACTION_IDS = """
MATCH (a:Action {doc_id: $id})
RETURN a.id AS id
"""
ACTIONS_BY_IDS = f"""
UNWIND $ids AS aid
MATCH (a:Action {{id: aid}})
{_ACTION_OWNERS}
RETURN {_ACTION_COLUMNS}
"""
ITEMS_BY_IDS = """
UNWIND $ids AS iid
MATCH (i:Item {id: iid})
OPTIONAL MATCH (d:Document {id: i.doc_id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN i.id AS id, i.number AS number, i.heading AS heading, i.doc_id AS doc_id, d.title AS doc_title,
       m.id AS meeting_id, m.title AS meeting_title, coalesce(m.date, d.date) AS date,
       [i.span_start, i.span_end] AS span
"""

# ---- reading: searching actions and items --------------------------------------------------

def _fulltext(label: str, var: str, tail: str) -> dict[str, str]:
    """A statement per backend: the backend's full-text CALL binding `var` to nodes of `label`
    whose index fields match `$ft` (graph/textindex.py writes it), then the same `tail`."""
    calls = {"falkordb": f"CALL db.idx.fulltext.queryNodes('{label}', $ft) YIELD node AS {var}",
             "neo4j": f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX_NAMES[label]}', $ft) YIELD node AS {var}"}
    return {kind: "\n" + calls[kind] + "\n" + tail for kind in BACKENDS}


# Candidates only, newest first: the caller keeps text hits whose words match (no regex in
# FalkorDB). `$terms AS terms`: FalkorDB evaluates `any(x IN $list ...)` as false after a CALL.
_ACTION_HIT = f"""WITH a, $terms AS terms
WHERE any(term IN terms WHERE a.text_lower CONTAINS term)
WITH a
ORDER BY {_ACTION_ORDER}
LIMIT $limit
RETURN a.id AS id, a.text AS text, {_SORT_DATE.format(v="a")} AS date, a.doc_id AS doc_id, a.position AS position
"""
ACTIONS_MENTIONING = "\nMATCH (a:Action)\n" + _ACTION_HIT  # the scan, for terms the index cannot narrow
ACTIONS_MENTIONING_INDEXED = _fulltext("Action", "a", _ACTION_HIT)
ACTIONS_OF_TOPIC = f"""
MATCH (a:Action)-[:MENTIONS]->(:Topic {{key: $topic_key}})
RETURN a.id AS id, a.text AS text, {_SORT_DATE.format(v="a")} AS date, a.doc_id AS doc_id, a.position AS position
ORDER BY {_ACTION_ORDER}
LIMIT $limit
"""
# Items in the order of graph/readutil.py `item_details`: newest first, then place in the paper.
_ITEM_ORDER = "i.sort_date DESC, i.doc_id DESC, coalesce(i.span_start, 0)"
_ITEM_ROW = f"""RETURN i.id AS id, i.text AS text, {_SORT_DATE.format(v="i")} AS date, i.doc_id AS doc_id,
       [i.span_start, i.span_end] AS span
ORDER BY {_ITEM_ORDER}
LIMIT $limit
"""
_ITEM_HIT = "WITH i, $terms AS terms\nWHERE any(term IN terms WHERE toLower(i.text) CONTAINS term)\n" + _ITEM_ROW
ITEMS_MENTIONING = "\nMATCH (i:Item)\n" + _ITEM_HIT
ITEMS_MENTIONING_INDEXED = _fulltext("Item", "i", _ITEM_HIT)
ITEMS_OF_TOPIC = "\nMATCH (i:Item)-[:MENTIONS]->(:Topic {key: $topic_key})\n" + _ITEM_ROW

# Actions recorded under agenda items whose heading has one of the term's phrases, newest first, with
# the item (the caller keeps rows whose heading has them as words): the items through the word index
# of their heading, or, for a phrase with no letter or digit, a scan and the term's topic. Only
# headings are tested, so the items' texts are not read.
# Each heading was lowered at save time (`heading_lower`), and only the `$limit` rows kept are projected.
_UNDER_ITEM = f"""WITH i, $terms AS terms
WHERE any(term IN terms WHERE i.heading_lower CONTAINS term)
MATCH (i)-[:HAS_ACTION]->(a:Action)
WITH i, a
ORDER BY {_ACTION_ORDER}
LIMIT $limit
RETURN a.id AS id, i.id AS item_id, i.number AS number, i.heading AS heading,
       {_SORT_DATE.format(v="a")} AS date, a.doc_id AS doc_id, a.position AS position
"""
ACTIONS_UNDER_ITEMS_INDEXED = _fulltext("Item", "i", _UNDER_ITEM)
ACTIONS_UNDER_ITEMS_OF_TOPIC = "\nMATCH (i:Item)-[:MENTIONS]->(:Topic {key: $topic_key})\n" + _UNDER_ITEM
ACTIONS_UNDER_ITEMS = "\nMATCH (i:Item)\n" + _UNDER_ITEM
# The actions of papers that have no agenda items (a single agenda-item page: its heading is the
# item), by `item_count` kept on the paper (graph/item_counts.py): testing every paper for an
# item edge cost 12 ms at 1k papers. The paper's id goes through WITH so that FalkorDB looks its actions
# up in the `doc_id` index: matching `{doc_id: d.id}` directly, it hash-joined every Action in the graph
# (a label scan of all 6,238 at 1k papers for each ask about a subject, even when no paper is itemless).
_ITEMLESS_ACTION = f"""WITH d.id AS paper
MATCH (a:Action {{doc_id: paper}})
RETURN a.id AS id, a.doc_id AS doc_id, a.span_start AS start, {_SORT_DATE.format(v="a")} AS date,
       a.position AS position
"""
ACTIONS_OF_ITEMLESS_PAPERS = {
    # papers tagged with the term's topic
    "topic": "\nMATCH (d:Document {item_count: 0})-[:MENTIONS]->(:Topic {key: $topic_key})\n" + _ITEMLESS_ACTION,
    # every such paper: the caller keeps those whose stored paper has one of the phrases
    "words": "\nMATCH (d:Document {item_count: 0})\n" + _ITEMLESS_ACTION,
}

# The page of the list and its total, not every row: a common word matched 5,000-9,000 actions at 10k
# papers, and reading them all as rows cost the client more than the statement cost the server.
_ACTIONS_PAGE = """WITH a, date
ORDER BY date DESC, a.doc_id, a.position
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$skip..$end] AS ids
"""
# An owner is a Person or an Organisation (the only labels with OWNS edges), in one pattern: FalkorDB
# evaluated the second of two OR'd owner patterns for every candidate even with no owner asked for
# (22 of 40 ms of the 888 actions with "summary" at 1k papers).
_ACTIONS_MATCHING = """WITH a
WHERE ($q IS NULL OR a.text_lower CONTAINS $q)
  AND ($owner IS NULL OR (a)<-[:OWNS]-({key: $owner}))
  AND ($topic IS NULL OR (a)-[:MENTIONS]->(:Topic {key: $topic}))
"""
_ACTIONS_FILTER = _ACTIONS_MATCHING + """OPTIONAL MATCH (d:Document {id: a.doc_id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
WITH a, d, coalesce(m.date, d.date) AS date
WHERE ($body IS NULL OR toLower(coalesce(d.body, d.title, '')) CONTAINS $body)
  AND ($date_from IS NULL OR date >= $date_from)
  AND ($date_to IS NULL OR date <= $date_to)
""" + _ACTIONS_PAGE
ACTIONS_FILTERED = "\nMATCH (a:Action)\n" + _ACTIONS_FILTER
ACTIONS_FILTERED_INDEXED = _fulltext("Action", "a", _ACTIONS_FILTER)  # when `q` has a trigram
# The same rows in the same order when no body is asked for (the actions page's common case): an
# action's date is then its `sort_date` (coalesce(m.date, d.date, ''), graph/sort_dates.py), so no
# match is placed through its Document and Meeting (thousands for a common word at 10k papers).
_ACTIONS_FILTER_UNPLACED = _ACTIONS_MATCHING + f"""WITH a, {_SORT_DATE.format(v="a")} AS date
WHERE ($date_from IS NULL OR date >= $date_from)
  AND ($date_to IS NULL OR date <= $date_to)
""" + _ACTIONS_PAGE
ACTIONS_FILTERED_UNPLACED = "\nMATCH (a:Action)\n" + _ACTIONS_FILTER_UNPLACED
ACTIONS_FILTERED_UNPLACED_INDEXED = _fulltext("Action", "a", _ACTIONS_FILTER_UNPLACED)

# ---- reading: attendance, chairs, organisations, topics, bodies ----------------------------

# The newest dated meeting's date (what "last year" counts from), through the index on Meeting.date.
NEWEST_MEETING_DATE = "MATCH (m:Meeting) WHERE m.date IS NOT NULL AND m.date <> '' RETURN max(m.date) AS date"
MEETINGS_IN_RANGE = """
MATCH (m:Meeting)
WHERE ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
OPTIONAL MATCH (d:Document {id: m.doc_id})
RETURN m.id AS id, m.title AS title, m.body AS body, m.date AS date, m.doc_id AS doc_id, d.filename AS filename,
       coalesce(d.warning_count, 0) AS warnings
ORDER BY date DESC, title
LIMIT $limit
"""
CHAIRS = """
MATCH (p:Person)-[a:ATTENDED {role: 'chair'}]->(m:Meeting)
WHERE ($body IS NULL OR toLower(coalesce(m.body, '')) CONTAINS $body OR toLower(m.title) CONTAINS $body)
  AND ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
RETURN p.key AS key, p.slug AS slug, p.name AS name, a.org AS org, m.id AS meeting_id, m.title AS title,
       m.body AS body, m.date AS date, m.doc_id AS doc_id,
       [coalesce(a.chair_span_start, a.span_start), coalesce(a.chair_span_end, a.span_end)] AS span
ORDER BY date DESC, name
LIMIT $limit
"""
# From the affiliations each write keeps (SAVE_AFFILIATIONS); counting the meetings here read every
# attendance edge in the graph (no index on a relationship's property).
REPRESENTATIVES = """
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation {key: $key})
RETURN p.key AS key, p.slug AS slug, p.name AS name, o.name AS org, r.count AS count,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, name
LIMIT $limit
"""
ORGANISATION = """
MATCH (o:Organisation {key: $key})
RETURN o.key AS key, o.slug AS slug, o.name AS name, o.aliases AS aliases, o.group AS group
"""
ORGANISATION_PEOPLE = """
MATCH (p:Person)-[r:AFFILIATED_WITH]->(:Organisation {key: $key})
RETURN p.key AS key, p.slug AS slug, p.name AS name, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY last_seen DESC, first_seen DESC, name
LIMIT $limit
"""
ORGANISATION_ACTION_IDS = """
MATCH (:Organisation {key: $key})-[:OWNS]->(a:Action)
RETURN a.id AS id
"""
ENTITY_PAPERS = {label: _PAPERS_OF.format(label=label) for label in ("Organisation", "Topic")}
TOPIC = """
MATCH (t:Topic {key: $key})
RETURN t.key AS key, t.slug AS slug, t.name AS name, t.aliases AS aliases
"""
TOPIC_ITEM_IDS = """
MATCH (i:Item)-[:MENTIONS]->(:Topic {key: $key})
RETURN i.id AS id
"""
TOPIC_ACTION_IDS = """
MATCH (a:Action)-[:MENTIONS]->(:Topic {key: $key})
RETURN a.id AS id
"""
BODY = """
MATCH (b:Body)
WHERE toLower(b.name) = $name
RETURN b.name AS name
"""
BODY_MEETINGS = """
MATCH (m:Meeting)-[:OF]->(:Body {name: $name})
RETURN m.id AS id, m.title AS title, m.date AS date, m.doc_id AS doc_id
ORDER BY date DESC, title
LIMIT $limit
"""
BODY_DOCUMENTS = """
MATCH (d:Document)-[:OF]->(:Body {name: $name})
WHERE NOT (d)-[:RECORDS]->(:Meeting)
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.date AS date
ORDER BY date DESC, title
LIMIT $limit
"""
BODY_CHAIRS = """
MATCH (p:Person)-[:ATTENDED {role: 'chair'}]->(m:Meeting)-[:OF]->(:Body {name: $name})
RETURN p.key AS key, p.slug AS slug, p.name AS name, count(m) AS meetings, min(m.date) AS first_seen,
       max(m.date) AS last_seen
ORDER BY last_seen DESC, name
"""
BODIES = """
MATCH (b:Body)
OPTIONAL MATCH (m:Meeting)-[:OF]->(b)
RETURN b.name AS name, count(m) AS meetings, max(m.date) AS last_met
ORDER BY name
"""

# ---- reading: a node's neighbourhood, for the graph view ----------------------------------

MEETING_TOPICS = """
MATCH (:Meeting {id: $id})<-[:RECORDS]-(:Document)-[:HAS_ITEM]->(:Item)-[:MENTIONS]->(t:Topic)
RETURN DISTINCT t.key AS key, t.name AS name
ORDER BY name
LIMIT $limit
"""
TOPIC_MEETINGS = """
MATCH (m:Meeting)<-[:RECORDS]-(:Document)-[:HAS_ITEM]->(:Item)-[:MENTIONS]->(:Topic {key: $key})
RETURN DISTINCT m.id AS id, m.title AS title, m.date AS date
ORDER BY date DESC
LIMIT $limit
"""

# ---- example parameters for the linter (tests/test_cypher_lint.py) -------------------------

_ROW = {"key": "dave hill", "slug": "dave-hill", "name": "Dave Hill", "group": False,
        "props": {"doc": "d1"}, "source": "d1", "action_id": "a1", "item_id": "i1",
        "a": "dave hill", "b": "dave hall", "score": 0.9, "org_key": "merton lscb", "first_seen": "2007-01-10",
        "last_seen": "2008-02-12", "count": 2}
EXAMPLE_PARAMS: dict[str, object] = {
    "doc_id": "d1", "meeting_id": "m1", "id": "m1", "key": "dave hill", "name": "LSCB Chairs",
    "filename": "000.txt", "props": {"id": "d1", "title": "Minutes"}, "rows": [_ROW],
    "keys": ["dave hill"], "ids": ["a1"], "limit": 10, "skip": 0, "end": 50, "a": "dave hill", "b": "ian dean",
    "body": "board", "date": "2007-10", "q": "email", "owner": "ian dean", "topic": "fgm",
    "date_from": "2007-01-01", "date_to": "2010-12-31", "terms": ["secure email"], "topic_key": "secure email",
    "doc_ids": ["d1", "d2"], "ft": "(+(words:secure) +(words:email words:emails words:emailes))",
}


def statements(kind: str = "neo4j") -> dict[str, str]:
    """Every statement a backend runs, by a readable name (constants and the per-label tables;
    of the per-backend tables, the `kind` one)."""
    out: dict[str, str] = {}
    for name, value in globals().items():
        if not name.isupper() or name.startswith("_"):
            continue
        if name in ("LABELS", "FULLTEXT_INDEX_NAMES"):  # names, not statements
            continue
        if isinstance(value, str):
            out[name] = value
        elif isinstance(value, dict) and set(value) == set(BACKENDS):
            out[f"{name}[{kind}]"] = value[kind]
        elif isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            for part, query in value.items():
                suffix = "_".join(part) if isinstance(part, tuple) else part
                out[f"{name}[{suffix}]"] = query
    return out
