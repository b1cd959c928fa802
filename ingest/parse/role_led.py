"""A list entry written post first, then the person: 'Area Commander Ada Brook', 'Sergeant B Cole' (round 49).

Police, fire and council officers are often listed by rank or post before their name, with no comma between:
'In attendance: Area Commander Ada Brook, Police Officer B Cole, Group Manager C Dee'. No entry rule reads such a
piece (the post words are not a name, and the whole is not one), so the person was lost. The name is read from the
piece's end only when the words before it are a post: one to three capitalised words, the last a rank or role word
(`rank_words`, `role_words`: 'Commander', 'Sergeant', 'Manager'), the others vocabulary words or, in a two-word post,
any qualifier ('Area', 'Group'). The name is an initial and a surname or two name words; a bracket may close the
piece ('(for Chief Superintendent D Eve)'). Called only for a piece every other entry rule left unread.
"""
from __future__ import annotations

import re

from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PIECE = re.compile(rf"^(?P<post>(?:[A-Z][a-z]+\s+){{1,3}}?)(?P<name>(?:[A-Z]\.?\s*){{1,2}}\s{_WORD}|[A-Z]\.?\s+{_WORD}"
                    rf"|{_WORD}\s+{_WORD})\s*(?:\([^()]*\))?[.,]?$")


def role_led_name(text: str, vocab: Vocabulary) -> int | None:
    """Where the name starts in a piece 'Post Words Ada Brook' / 'Rank B Cole (for ...)', or None."""
    m = _PIECE.match(text)
    if m is None:
        return None
    post = m.group("post").split()
    posts = vocab.rank_words | vocab.role_words
    if post[-1].lower() not in posts:
        return None
    others = [w.lower() for w in post[:-1]]
    known = posts | vocab.org_words | vocab.group_words | vocab.place_words
    if len(post) == 3 and not all(w in known for w in others):
        return None
    name = re.sub(r"\s+", " ", m.group("name"))
    spaced = re.sub(r"\.(?=[A-Z])", ". ", name)
    if not looks_like_person(spaced, vocab):
        return None
    return m.start("name")
