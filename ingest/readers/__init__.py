"""One reader per file format; `ingest.read` picks one from its READERS table.

Every reader has the shape `read_x(data: bytes, name: str) -> str` and raises
`ingest.errors.ReadError` with a sentence a user can act on. Readers return
text with layout kept as lines (tables as `cell | cell` rows); `ingest.read`
then normalises line endings and control characters for all of them.
"""
