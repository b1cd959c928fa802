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


# a police rank written short ('PS Ada Brook', 'DCI B Cole'), in place of a post's words (round 51)
_RANK_SHORT = re.compile(r"^(?:PS|PC|DS|DC|DI|DCI|DSI|DSupt|Supt|Insp|Sgt)\.?\s+(?=[A-Z])")


def role_led_name(text: str, vocab: Vocabulary) -> int | None:
    """Where the name starts in a piece 'Post Words Ada Brook' / 'Rank B Cole (for ...)', or None."""
    if (short := _RANK_SHORT.match(text)) is not None:
        m = _PIECE.match("Sergeant " + text[short.end():])  # read as a spelt-out rank, then moved back
        return None if m is None or m.start("name") != len("Sergeant ") or not _name_fits(m, vocab) \
            else short.end()
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
    return m.start("name") if _name_fits(m, vocab) else None


def _name_fits(m: re.Match[str], vocab: Vocabulary) -> bool:
    name = re.sub(r"\s+", " ", m.group("name"))
    return looks_like_person(re.sub(r"\.(?=[A-Z])", ". ", name), vocab)


def known_post_name(text: str, vocab: Vocabulary) -> int | None:
    """Where the name starts in a piece another rule read whole ('Chief Executive Ada Brook' as one four-word
    name, round 51): only a post of two or three words, every one a rank, role or organisation word."""
    if (at := role_led_name(text, vocab)) is None or _RANK_SHORT.match(text):
        return None
    post = [w.lower() for w in text[:at].split()]
    known = vocab.rank_words | vocab.role_words | vocab.org_words
    return at if len(post) >= 2 and all(w in known for w in post) else None

