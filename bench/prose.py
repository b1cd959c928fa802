"""Sentences for generated papers, each recording the facts it writes into the gold.

A `Voice` speaks for one paper: it refers to people by full name, by initials
once it has defined them as `Name (XY)`, and to organisations and terms by the
forms a real board paper uses, expanding an acronym the first time when it
chooses to. Every name it writes goes into the paper's gold as it writes it.
"""
from __future__ import annotations

import random

from bench import pools
from bench.gold import Draft
from bench.world import Person, World

# Initials a reader would take for something else.
_RESERVED_INITIALS = {"LA", "CP", "MP", "PC", "HM", "GP", "AB", "NB", "OK"}

SENTENCES = [
    "{P} updated colleagues on progress with {S}.",
    "{P} reported that {O} had agreed to take forward work on {S} across London.",
    "The Board noted the paper on {S} and agreed that further work was needed before a recommendation could be made.",
    "Colleagues discussed the timescales for this work, and it was agreed that {O} would be asked to comment on "
    "the draft.",
    "{P} confirmed that most boards had now begun to make arrangements, either with partners or alone.",
    "It was noted that {X} from {O} had been invited to attend a future meeting to discuss {S}.",
    "{P} raised concerns about the capacity of local services, and asked that the issue be kept under review.",
    "The {T} was discussed in the context of {S}, and members agreed that a consistent approach was needed.",
    "{P} felt that a clearer message needed to be sent out about {S}, highlighting the benefits for front-line staff.",
    "Some concern was raised about the relatively short consultation period; {P} agreed that the timescales were "
    "tight.",
    "{O} have produced a background paper on {S}, which was circulated with the agenda.",
    "{P} agreed to discuss this further with {X} ({N}) outside the meeting.",
]

VERB_PHRASES = [
    "circulate the revised terms of reference to members",
    "write to {O} outlining the Board’s concerns",
    "contact {Q} and report back to the next meeting",
    "circulate a summary of the discussion on {S} to all members",
    "invite {X} to address a future meeting",
    "draft a response to the consultation on {S}",
    "send details of local arrangements for {S} to {Q}",
    "arrange a meeting with {O} to discuss {S}",
    "report back on progress with {S} at the next meeting",
    "collate responses and circulate a pan-London summary",
    "keep the Board updated with developments",
    "seek clarification from {O} on the scope of the proposed work",
]

PASSIVE_ACTIONS = [
    "Draft terms of reference to be circulated",
    "Revised protocol to be circulated to members before the next meeting",
    "Item to be added to the agenda of the next meeting",
    "Minutes of the last meeting to be amended as discussed",
]


class Voice:
    """The way one paper refers to people, organisations and terms; records all of it in the gold."""

    def __init__(self, rng: random.Random, world: World, draft: Draft, year: int, listed: list[int],
                 fgm: bool = False, initials: bool = True) -> None:
        self.rng, self.world, self.draft, self.year, self.fgm = rng, world, draft, year, fgm
        self.listed = list(listed)  # people in the header lists (they may be called by initials)
        self.defined: set[int] = set()
        self.expanded: set[str] = set()
        counts: dict[str, int] = {}
        for i in listed:
            counts[world.people[i].initials] = counts.get(world.people[i].initials, 0) + 1
        self.taken = set(counts)
        self.unique = {i for i in listed if counts[world.people[i].initials] == 1 and initials
                       and world.people[i].initials not in _RESERVED_INITIALS}
        self.outsiders: list[int] = []

    # ---- people ---------------------------------------------------------------
    def person(self, i: int) -> Person:
        return self.world.people[i]

    def speaker(self) -> int:
        return self.rng.choice(self.listed)

    def ref(self, i: int, allow_define: bool = True) -> str:
        """How prose names person i here: initials once defined, else full name (maybe defining them)."""
        p = self.person(i)
        if i in self.defined and self.rng.random() < 0.75:
            return p.initials
        if i in self.unique and i not in self.defined and allow_define and self.rng.random() < 0.45:
            self.defined.add(i)
            return f"{self.draft.person(p.name)} ({p.initials})"
        return self.draft.person(p.name)

    def owner(self, i: int) -> str:
        """How an action line names its owner person i: full name or initials (defined, or unique)."""
        p = self.person(i)
        if i in self.defined and self.rng.random() < 0.7:
            return p.initials
        if i in self.unique and self.rng.random() < 0.12:
            return p.initials  # undefined but unambiguous among the listed people
        return self.draft.person(p.name)

    def outsider(self) -> str:
        """A person who is not on the lists (a guest speaker, a contact), by full name."""
        for _ in range(50):
            i = self.rng.randrange(len(self.world.people))
            p = self.person(i)
            if i not in self.listed and p.initials not in self.taken:
                self.taken.add(p.initials)
                self.outsiders.append(i)
                return self.draft.person(p.name)
        return self.draft.person(self.person(self.outsiders[0]).name) if self.outsiders else self.ref(self.speaker())

    # ---- organisations and terms ------------------------------------------------
    def org(self, expand: bool = True) -> str:
        name, acronym = self.rng.choice(pools.NATIONAL_ORGS)
        if expand and acronym and acronym not in self.expanded and self.rng.random() < 0.25:
            self.expanded.add(acronym)
            self.draft.acronym(acronym, name)
            return f"{self.draft.org(name)} ({self.draft.org(acronym)})"
        if name in pools.ORG_VARIANTS and self.rng.random() < 0.4:
            return self.draft.org(self.rng.choice(pools.ORG_VARIANTS[name]))
        if acronym and self.rng.random() < 0.6:
            return self.draft.org(acronym)
        return self.draft.org(name)

    def term(self) -> str:
        expansion, acronym = self.rng.choice(pools.TERM_ACRONYMS)
        if acronym in self.expanded:
            return acronym
        self.expanded.add(acronym)
        self.draft.acronym(acronym, expansion)
        return f"{expansion} ({acronym})"

    # ---- sentences --------------------------------------------------------------------
    def fill(self, template: str, subject: str) -> str:
        """Fill a template's slots in order, so names are recorded in reading order."""
        out, rest = [], template
        while "{" in rest:
            head, _, tail = rest.partition("{")
            slot, _, rest = tail.partition("}")
            out.append(head)
            out.append({"P": lambda: self.ref(self.speaker()), "Q": lambda: self.ref(self.speaker(), False),
                        "O": self.org, "N": lambda: self.org(False), "X": self.outsider, "T": self.term,
                        "S": lambda: subject}[slot]())
        out.append(rest)
        return "".join(out)

    def sentence(self, subject: str) -> str:
        return self.fill(self.rng.choice(SENTENCES), subject)

    def verb_phrase(self, subject: str) -> str:
        return self.fill(self.rng.choice(VERB_PHRASES), subject)
