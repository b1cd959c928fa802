"""Who owns an action, read from the subjects of its clauses.

'Ada Brook and Carl Dunn to discuss ...', 'AB/ CD to send ...',
'EF circulate ...', 'Any Chairs who would like ... to contact ...', 'the Elmley
Board approved ...', 'Agencies - particularly the police (Eve Frost) ...
to contact ...'. A clause's subject is the run of name-like words at its start;
'to be ...' (passive) names no owner. Each part of a subject resolves against
the paper's own roster: full names, initials, a unique first name, the chair, or
a group/organisation kept as written. Ambiguous tokens go to `unresolved`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.names import TITLES, clean_text, person_key
from ingest.parse.people import is_role, looks_like_person
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary

_TOKEN = re.compile(r"\x00\d+\x00|\([^()]*\)|[A-Za-z][\w'’.\-]*|[,;/&]|[-–—]+|\S")
_DETERMINERS = {"the", "any", "all", "each", "every", "relevant", "other", "both"}
_CONNECTORS = {"and", "&", "/", ",", "-", "–", "—", "--", "of", "for", "particularly", "especially", "including", "plus"}
_MODALS = {"to", "will", "shall", "should", "must", "would", "are", "is", "can", "may", "agreed"}
_RELATIVE = {"who", "that", "which", "whose"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_CLAUSE_START = re.compile(r",\s*(?:and\s+|then\s+)?|;\s*(?:and\s+)?|\s+and\s+(?:then\s+)?")


@dataclass
class Owners:
    owners: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def extend(self, other: "Owners") -> None:
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
    def __init__(self, roster: Roster, vocab: Vocabulary, known_orgs: set[str]) -> None:
        self.roster = roster
        self.vocab = vocab
        self.known_orgs = {clean_text(o).lower() for o in known_orgs}
        self.names_rx = roster.pattern()

    # ---- public -----------------------------------------------------------

    def read(self, text: str) -> Owners:
        """Owners of an action text, in the order they are written."""
        result = Owners()
        for sentence in _SENTENCE.split(text.strip()):
            result.extend(self._clause(sentence, strict=False))
            for m in _CLAUSE_START.finditer(sentence):
                result.extend(self._clause(sentence[m.end():], strict=True))
        return result

    # ---- clauses ----------------------------------------------------------

    def _tokens(self, clause: str) -> tuple[list[str], dict[str, str]]:
        found: dict[str, str] = {}
        if self.names_rx is not None:
            def keep(m: re.Match[str]) -> str:
                tag = f"\x00{len(found)}\x00"
                found[tag] = m.group(0)
                return tag
            clause = self.names_rx.sub(keep, clause)
        return _TOKEN.findall(clause), found

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
            while words and words[0].lower() in _DETERMINERS and words[0].lower() != "all":
                words = words[1:]
            if words:
                self._part(" ".join(words), out)
        return out

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
        if low in ("chair", "the chair", "chairman", "chairperson") and self.roster.chair:
            out.owners.append(self.roster.chair)
            return
        words_ = part.split(" ")
        if len(words_) == 2 and words_[0].lower().rstrip(".") in TITLES:
            keys = self.roster.by_surname(words_[1])
            if len(keys) == 1:
                out.owners.append(self.roster.names[next(iter(keys))])
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
        if looks_like_person(part, self.vocab):
            out.owners.append(part)
            return
        if is_role(part, self.vocab):
            return
        words = {w.lower().strip(".,'’") for w in part.split()}
        if low in self.known_orgs or words & self.vocab.group_words or words & self.vocab.org_words:
            out.owners.append(part)
