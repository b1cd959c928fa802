"""Who owns an action, read from the subjects of its clauses.

'Ada Brook and Carl Dunn to discuss ...', 'AB/ CD to send ...',
'EF circulate ...', 'Any Chairs who would like ... to contact ...', 'the Elmley
Board approved ...', 'Agencies - particularly the police (Eve Frost) ...
to contact ...'. A clause's subject is the run of name-like words at its start;
'to be ...' (passive) names no owner. Each part of a subject resolves against
the paper's own roster: full names, initials, a unique first name, the chair, or
a group/organisation kept as written. Ambiguous tokens go to `unresolved`.

An organisation whose name holds 'and' or a comma ('Guy's and St Thomas' NHS
Trust', 'Department for Children, Schools and Families') is one owner, never
split into clauses or parts: the paper names it (an attendee's organisation, an
acronym's long form), the curated aliases do, or it is a Title Case phrase that
ends in an organisation head word and whose pieces before the 'and' would not
own anything alone ('Improvement and Development Agency', but not 'Ada Brook
and Elmley Police' or 'Elmley Council and Elmley Police').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ingest.names import TITLES, clean_text, person_key
from ingest.parse.orgs import phrase_pattern
from ingest.parse.people import is_role, looks_like_person
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary

_TOKEN = re.compile(r"\x00\d+\x00|\([^()]*\)|[A-Za-z][\w'’.\-]*|[,;/&]|[-–—]+|\S")
_DETERMINERS = {"the", "any", "all", "each", "every", "relevant", "other", "both"}
_CONNECTORS = {"and", "&", "/", ",", "-", "–", "—", "--", "of", "for", "particularly", "especially", "including", "plus"}
_MODALS = {"to", "will", "shall", "should", "must", "would", "are", "is", "can", "may", "agreed"}
_RELATIVE = {"who", "that", "which", "whose"}
# plural nouns for a body's people that the vocabulary's group words leave out: after a subject ('SG officials',
# 'Council staff') they make it a group that no one person owns
_GROUP_NOUNS = {"officials", "staff", "personnel", "employees", "reps"}
_OWN_MEMBERS = {"designate", "the", "whole", "full"}  # with a bare body word: the body itself
_CHAIR_WORDS = {"chair", "the chair", "chairman", "the chairman", "chairperson", "the chairperson", "chairwoman"}
_SURNAME = re.compile(r"[A-Z][a-z'’]+(?:[-'’][A-Z]?[a-z]+)*|(?:Mc|Mac|O['’])[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# 'For Ada Brook to liaise with ...', 'For the Board to feed into ...': the one who acts follows 'For'
_FOR_SUBJECT = re.compile(r"^For\s+(?=(?:the\s+)?[A-Z])")
_CLAUSE_START = re.compile(r",\s*(?:and\s+|then\s+)?|;\s*(?:and\s+)?|\s+and\s+(?:then\s+)?")
_LISTED = re.compile(r",|\s(?:and|&)\s")  # a name that holds a list's joiner
_PIECE_JOIN = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


@lru_cache(maxsize=8)
def _headed(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Title Case phrases, joined by 'and', '&', commas, 'of', 'for', that end in an organisation head word."""
    word = r"[A-Z][\w'’.\-]*"
    joiner = r"(?:[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+|[ \t]*,?[ \t]+(?:and|&)[ \t]+|[ \t]*,[ \t]*|[ \t]+)"
    alts = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.\-\x00]){word}(?:{joiner}{word}){{0,8}}{joiner}(?:{alts})(?![\w'’\-])")


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < at < e for s, e in spans)


@dataclass
class Owners:
    owners: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    everyone: bool = False  # 'All', 'Partners': everyone at the meeting acts, so no one owner is named

    @property
    def found(self) -> bool:
        """Does the text say who acts: owners, owners it could not resolve, or everyone?"""
        return bool(self.owners or self.unresolved or self.everyone)

    def extend(self, other: "Owners") -> None:
        self.everyone = self.everyone or other.everyone
        for o in other.owners:
            if o not in self.owners:
                self.owners.append(o)
        for u in other.unresolved:
            if u not in self.unresolved:
                self.unresolved.append(u)
        for w in other.warnings:
            if w not in self.warnings:
                self.warnings.append(w)


def _unmask(text: str, names: dict[str, str]) -> str:
    for tag, name in names.items():
        text = text.replace(tag, name)
    return text


class OwnerReader:
    def __init__(self, roster: Roster, vocab: Vocabulary, known_orgs: set[str],
                 org_names: Iterable[str] = ()) -> None:
        """`known_orgs` may own actions; `org_names` (acronyms' long forms) only keep a phrase whole."""
        self.roster = roster
        self.vocab = vocab
        self.known_orgs = {clean_text(o).lower() for o in known_orgs}
        self.names_rx = roster.pattern()
        # names with 'and' or a comma inside, kept whole: the known organisations and other names the paper uses
        whole = {clean_text(o) for o in (*known_orgs, *org_names) if _LISTED.search(clean_text(o))}
        self.whole_rx = phrase_pattern(tuple(sorted(whole)), False)
        self.headed_rx = _headed(vocab.org_heads) if vocab.org_heads else None
        self.heads = {h.lower() for h in vocab.org_heads}

    # ---- public -----------------------------------------------------------

    def read(self, text: str) -> Owners:
        """Owners of an action text, in the order they are written."""
        result = Owners()
        for sentence in _SENTENCE.split(text.strip()):
            sentence = _FOR_SUBJECT.sub("", sentence)
            result.extend(self._clause(sentence, strict=False))
            whole = self._whole_orgs(self._blank_names(sentence))
            for m in _CLAUSE_START.finditer(sentence):
                if _inside(m.start(), whole):
                    continue  # the 'and' or comma of an organisation's name: 'Guy's and St Thomas' NHS Trust to ...'
                result.extend(self._clause(sentence[m.end():], strict=True))
        return result

    def read_cell(self, text: str) -> Owners:
        """Owners written in a table's owner column: each 'and' joins two owners ('Ada Brook and Carl Dunn'),
        except inside an organisation's name ("Guy's and St Thomas' NHS Trust")."""
        whole = self._whole_orgs(self._blank_names(text))
        cell = re.sub(r" and ", lambda m: m.group(0) if _inside(m.start(), whole) else "/", text)
        return self.read(cell + " to act")

    # ---- organisations named with 'and' or a comma ---------------------------

    def _blank_names(self, text: str) -> str:
        """`text` with the paper's people blanked out (same length), so no organisation runs through a name."""
        if self.names_rx is None:
            return text
        return self.names_rx.sub(lambda m: "\x00" * len(m.group(0)), text)

    def _whole_orgs(self, text: str) -> list[tuple[int, int]]:
        """Spans of organisation names in `text` (people masked out) that hold an 'and', '&' or comma."""
        spans: list[tuple[int, int]] = []
        if self.whole_rx is not None:
            spans.extend(m.span() for m in self.whole_rx.finditer(text) if _LISTED.search(m.group(0)))
        if self.headed_rx is not None and _LISTED.search(text):
            for m in self.headed_rx.finditer(text):
                start = self._joined_start(m.group(0))
                if start is not None:
                    spans.append((m.start() + start, m.end()))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def _joined_start(self, phrase: str) -> int | None:
        """Where the organisation that ends `phrase` starts, if it takes in the pieces before an 'and'/comma.

        'Improvement and Development Agency' is one name: 'Improvement' owns nothing alone. 'Ada Brook and
        Elmley Police', 'LSCB Chairs and Elmley Police', 'Elmley Council and Elmley Police' are lists, and so
        is 'Health and Camden Police', whose last piece is a whole organisation (a known one, or a place's)."""
        joins = list(_PIECE_JOIN.finditer(phrase))
        if not joins:
            return None
        last = clean_text(phrase[joins[-1].end():])
        lead = last.split(" ")
        if last.lower() in self.known_orgs or lead[0].lower() in self.vocab.place_words or \
                any(self.vocab.is_borough(" ".join(lead[:n])) for n in range(1, min(len(lead), 4))):
            return None
        start = None
        for k in range(len(joins) - 1, -1, -1):
            begin = joins[k - 1].end() if k else 0
            if self._alone(phrase[begin:joins[k].start()]):
                break
            start = begin
        return start

    def _alone(self, piece: str) -> bool:
        """Would this piece of a list own an action by itself (a person, initials, a role, a group, an organisation)?"""
        piece = clean_text(piece).strip(" ,")
        words = piece.split(" ")
        if not piece or re.fullmatch(r"[A-Z]{2,}s?", piece):
            return True
        if self.roster.full_name(piece) or (len(words) == 1 and self.roster.by_first_name(piece)):
            return True
        if looks_like_person(piece, self.vocab) or is_role(piece, self.vocab) or piece.lower() in self.known_orgs:
            return True
        last = words[-1].lower().strip(".'")
        return last in self.heads or last in self.vocab.group_words or last in self.vocab.org_words

    # ---- clauses ----------------------------------------------------------

    def _tokens(self, clause: str) -> tuple[list[str], dict[str, str]]:
        """The clause's tokens, each of the paper's people one tag, each organisation named with 'and' one token."""
        found: dict[str, str] = {}
        if self.names_rx is not None:
            def keep(m: re.Match[str]) -> str:
                tag = f"\x00{len(found)}\x00"
                found[tag] = m.group(0)
                return tag
            clause = self.names_rx.sub(keep, clause)
        tokens: list[str] = []
        pos = 0
        for start, end in self._whole_orgs(clause):
            tokens.extend(_TOKEN.findall(clause[pos:start]))
            tokens.append(clause[start:end])
            pos = end
        tokens.extend(_TOKEN.findall(clause[pos:]))
        return tokens, found

    def _clause(self, clause: str, strict: bool) -> Owners:
        tokens, names = self._tokens(clause)
        subject: list[str] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            low = tok.lower()
            if tok in names or tok.startswith("(") or tok[0].isupper():
                subject.append(tok)
            elif low in _DETERMINERS or low in self.vocab.group_words:
                subject.append(tok)
            elif low in _CONNECTORS and subject:
                subject.append(tok)
            else:
                break
            i += 1
        while subject and subject[-1].lower() in _CONNECTORS:
            subject.pop()
        if not any(t in names or t.startswith("(") or t[0].isupper() or t.lower() in self.vocab.group_words
                   for t in subject):
            return Owners()
        stop = tokens[i].lower() if i < len(tokens) else ""
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if stop in _GROUP_NOUNS:
            return Owners()  # 'SG officials to amend ...': the capitals name whose officials, a group, not a person
        if stop in _RELATIVE:
            return self._resolve(subject, names)
        if stop in _MODALS:
            if stop in ("are", "is", "can", "may") and after != "to":
                return Owners()
            if after == "be" or (stop in ("are", "is") and i + 2 < len(tokens) and tokens[i + 2].lower() == "be"):
                return Owners()
            if stop == "to" and (after.startswith("(") or not after or not after[0].isalpha()):
                return Owners()
            return self._resolve(subject, names)
        if strict or not stop:
            return Owners()
        resolved = self._resolve(subject, names)
        if stop.endswith("ed") or any(person_key(o) in self.roster.names for o in resolved.owners):
            return resolved
        # "ABCD steering group to be reconvened": the subject runs on in lower case up to "to"
        for j in range(i, min(i + 5, len(tokens) - 1)):
            if tokens[j].lower() in _MODALS:
                if tokens[j + 1].lower() == "be":
                    return Owners()
                return self._resolve(subject + tokens[i:j], names)
            if not tokens[j][0].isalpha():
                break
        return Owners()

    # ---- subjects ---------------------------------------------------------

    def _resolve(self, subject: list[str], names: dict[str, str]) -> Owners:
        out = Owners()
        bracketed = [_unmask(t[1:-1].strip(), names) for t in subject if t.startswith("(")]
        inside = [b for b in bracketed if self._person(b) is not None]
        if inside:
            for b in inside:
                self._add_person(out, b)
            return out
        parts: list[list[str]] = [[]]
        for tok in subject:
            if tok.lower() in {"and", "&", "/", ",", "plus"} or tok in ("-", "–", "—"):
                parts.append([])
            elif not tok.startswith("("):
                parts[-1].append(tok)
        for part in parts:
            words = [names.get(t, t) for t in part]
            if " ".join(words).lower() in _CHAIR_WORDS and not self.roster.chair:
                out.owners.append(clean_text(" ".join(words)))  # 'The Chair', as written: the paper names no chair
                continue
            while words and words[0].lower() in _DETERMINERS and words[0].lower() != "all":
                words = words[1:]
            if words:
                self._part(" ".join(words), out)
        return out

    def _titled(self, surname: str, part: str, out: Owners) -> bool:
        """'Mrs Brook': the one listed person with that surname; two of them -> unresolved; nobody listed ->
        the person as written ('Ms Hale' is a person even when the paper's lists are cut off)."""
        keys = self.roster.by_surname(surname)
        if len(keys) == 1:
            out.owners.append(self.roster.names[next(iter(keys))])
            return True
        if len(keys) > 1:
            out.unresolved.append(part)
            who = " and ".join(sorted(self.roster.names[k] for k in keys))
            out.warnings.append(f"'{part}' fits more than one person ({who}); the owner was left unresolved.")
            return True
        if _SURNAME.fullmatch(surname) and surname.lower() not in self.vocab.not_name_words \
                and surname.lower() not in self.vocab.group_words and surname.lower() not in self.vocab.role_words:
            out.owners.append(part)
            return True
        return False

    def _short_form(self, part: str) -> str | None:
        """A listed person written short where owners stand, a first name and a surname's initial ('Ada B', 'Ada
        B.'): None unless exactly one listed person fits (never guessed). A surname alone ('Brook') was tried and
        dropped: one false owner on the held-out sets (round 43)."""
        words = part.replace(".", " ").split()
        if len(words) != 2 or not re.fullmatch(r"[A-Z][a-z'’]+", words[0]) or not re.fullmatch(r"[A-Z]", words[1]):
            return None
        keys = [k for k in self.roster.by_first_name(words[0])
                if k in self.roster.listed and k.split(" ")[-1][:1] == words[1].lower()]
        return self.roster.names[keys[0]] if len(keys) == 1 else None

    def _person(self, text: str) -> str | None:
        known = self.roster.full_name(text)
        if known:
            return known
        if looks_like_person(text, self.vocab):
            return clean_text(text)
        return None

    def _add_person(self, out: Owners, text: str) -> None:
        name = self._person(text)
        if name and name not in out.owners:
            out.owners.append(name)

    def _part(self, part: str, out: Owners) -> None:
        part = clean_text(part).strip(" .,;:")
        if not part:
            return
        known = self.roster.full_name(part)
        if known:
            out.owners.append(known)
            return
        low = part.lower()
        if low in self.vocab.everyone_owners:
            out.everyone = True  # 'All', 'ALL', 'Partners': the action is everyone's, no owner is named
            return
        if re.fullmatch(r"[A-Z]{2,4}", part):
            keys = self.roster.by_initials(part)
            if len(keys) == 1:
                out.owners.append(self.roster.names[next(iter(keys))])
            elif len(keys) > 1:
                out.unresolved.append(part)
                who = " and ".join(sorted(self.roster.names[k] for k in keys))
                out.warnings.append(f"Initials '{part}' match more than one person ({who}); the owner was left unresolved.")
            elif low in self.known_orgs or low in self.vocab.group_words:
                out.owners.append(part)
            else:
                out.unresolved.append(part)
                out.warnings.append(f"Initials '{part}' are not defined in this paper; the owner was left unresolved.")
            return
        if low in _CHAIR_WORDS:
            # the chair: named when the paper names one, else the office as written
            out.owners.append(self.roster.chair or part)
            return
        words_ = part.split(" ")
        if len(words_) == 2 and words_[0].lower().rstrip(".") in TITLES:
            if self._titled(words_[1], part, out):
                return
        if " " not in part:
            keys = self.roster.by_first_name(part)
            if len(keys) == 1:
                out.owners.append(self.roster.names[next(iter(keys))])
                return
            if len(keys) > 1:
                out.unresolved.append(part)
                out.warnings.append(f"The first name '{part}' fits more than one person; the owner was left unresolved.")
                return
        if (one := self._short_form(part)) is not None:
            out.owners.append(one)  # 'Ada B': the one listed person written so (round 43)
            return
        if looks_like_person(part, self.vocab):
            out.owners.append(part)
            return
        if is_role(part, self.vocab):
            if (holder := self.roster.by_role(part)) is not None:
                out.owners.append(holder)  # 'Clerk to collect the signs' / 'Clerk: Ada Brook' (round 47)
            return
        words = {w.lower().strip(".,'’") for w in part.split()}
        if words & self.vocab.body_heads and words <= self.vocab.body_heads | _OWN_MEMBERS \
                and not any(w.endswith("s") for w in words & self.vocab.body_heads):
            # 'Board', 'Board Designate', 'the Committee': a body as a whole, no one named (round 25); a plural
            # ('Chairs') names its people, a group kept as written
            out.everyone = True
            return
        if low in self.known_orgs or words & self.vocab.group_words or words & self.vocab.org_words:
            out.owners.append(part)
