"""The Whoosh schema: one document per paper, per agenda item and per action.

Names (people, organisations, topics, owners, the board) are indexed three ways:
- `<name>`        exact, lower-cased whole values: `person:"Dave Hill"`
- `<name>_words`  tokenised (unstemmed except topics): `person:hill`; free text finds them
- `<name>_facet`  the display values, for facet counts and facet filters
Lists are joined with newlines, not commas, because organisation names carry
commas ("Department for Children, Schools and Families").
"""
from __future__ import annotations

from whoosh import fields
from whoosh.analysis import (
    LowercaseFilter,
    RegexTokenizer,
    StandardAnalyzer,
    StemmingAnalyzer,
)

from ingest.names import org_key, person_key

# Bump when the schema changes: a new index name means an empty index that
# `boardgraph reindex` fills, while the old one stays readable until then.
SCHEMA_VERSION = 1
INDEX_NAME = f"boardgraph_v{SCHEMA_VERSION}"

# English text: lower case, stop words, Porter stemming ("reviews" finds "review").
TEXT_ANALYZER = StemmingAnalyzer()
# Names: no stemming ("Hill" is not "Hil") and no stop list (a name is never noise).
WORDS_ANALYZER = StandardAnalyzer(stoplist=None, minsize=1)
LIST_SEPARATOR = "\n"

NAME_FIELDS = ("person", "org", "topic", "owner", "body")
FACET_NAME_FIELDS = ("person", "org", "topic", "body")
# Fields a word without a field name searches, with their boosts.
DEFAULT_FIELDS = {"title": 1.0, "heading": 1.0, "text": 1.0,
                  "person_words": 1.0, "org_words": 1.0, "topic_words": 1.0, "owner_words": 1.0}


def name_key(field: str, value: str) -> str:
    """The exact-match form of a name in `field`, the same at index and query time."""
    return person_key(value) if field in ("person", "owner") else org_key(value)


def _list_field(lowercase: bool) -> fields.KEYWORD:
    analyzer = RegexTokenizer(r"[^\n]+")
    if lowercase:
        analyzer = analyzer | LowercaseFilter()
    return fields.KEYWORD(analyzer=analyzer, scorable=True)


def signature(schema: fields.Schema) -> list[tuple[str, str, bool, bool]]:
    """What must match for an index on disk to be usable with this code."""
    return sorted((name, type(f).__name__, bool(f.stored), f.column_type is not None)
                  for name, f in schema.items())


def build_schema() -> fields.Schema:
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        doc_id=fields.ID(stored=True),
        type=fields.ID(stored=True, sortable=True),  # sortable: a column makes facet counts cheap
        kind=fields.ID(stored=True, sortable=True),
        year=fields.ID(stored=True, sortable=True),
        number=fields.ID(stored=True),
        meeting_id=fields.ID(stored=True),
        status=fields.ID(),  # lower-cased for `status:completed`; shown from status_name
        date=fields.DATETIME(stored=True, sortable=True),
        dated=fields.ID(sortable=True),  # "1"/"0": undated papers sort last either way
        title=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=2.0),
        heading=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=2.0),
        text=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, spelling=True),
        span_start=fields.STORED,
        span_end=fields.STORED,
        summary=fields.STORED,  # plain short text for the hit (action text, item opening)
        item_heading=fields.STORED,  # an item's heading, or an action's item's heading
        body_name=fields.STORED,
        people=fields.STORED,
        organisations=fields.STORED,
        topics=fields.STORED,
        owners=fields.STORED,
        status_name=fields.STORED,
    )
    for name in NAME_FIELDS:
        schema.add(name, _list_field(lowercase=True))
        # topics are subjects, not names: stem them like text
        schema.add(f"{name}_words", fields.TEXT(analyzer=TEXT_ANALYZER if name == "topic" else WORDS_ANALYZER))
    for name in FACET_NAME_FIELDS:
        schema.add(f"{name}_facet", _list_field(lowercase=False))
    return schema
