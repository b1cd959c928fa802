"""Meeting minutes in the layouts of the board's own papers, with their gold.

Header: a labelled block (samples 000, 001, 003) or a "Present:" paragraph.
Attendee lists: `Name (Org)` in three columns, `Name – Org` lines, or a
comma-separated paragraph. Items: `4)`/`4.1)`, `4.`/`4.1` on their own lines,
or tab-indented `4. Heading`. Action lines: `ACTION –`, `ACTION:`, `Action:`,
and `ACTIONS:` blocks with a) b) sub-actions whose owner comes from a lead-in.
"""
from __future__ import annotations

import random
from datetime import date

from bench import pools
from bench.agenda import Agenda
from bench.dates import long_date
from bench.gold import Draft
from bench.prose import Voice
from bench.world import Body, World

OPENING_ITEMS = [("Introductions and apologies", "The group noted the above apologies."),
                 ("Welcome and introductions", "Introductions were made and apologies were noted.")]
LAST_MEETING = [("Notes of the last meeting", "The notes of the last meeting were agreed as an accurate record."),
                ("Minutes of the last meeting and matters arising",
                 "The minutes were approved; there were no matters arising.")]
AOB = ["Any Other Business", "Any other business", "AOB"]


class MinutesWriter:
    def __init__(self, rng: random.Random, world: World, body: Body, when: date, future: list[date],
                 fgm: bool, fmt: str) -> None:
        self.rng, self.world, self.body, self.when, self.future, self.fgm = rng, world, body, when, future, fgm
        self.fmt = fmt
        self._orgs: dict[int, str] = {}
        self.draft = Draft("minutes")
        self.header = rng.choice(["block", "block", "present"])
        self.lists = rng.choice(["grid", "grid", "dash"]) if self.header == "block" else rng.choice(["lines", "comma"])
        self.items = rng.choice(["paren", "dotted", "tabbed"])
        self.prefix = rng.choice(["ACTION – ", "ACTION - ", "ACTION: ", "Action: "])
        self._choose_people()
        self.draft.layout = (f"header={self.header}, lists={self.lists}, items={self.items}, "
                             f"actions={self.prefix.strip()}")

    # ---- who was there ---------------------------------------------------------------------
    def _choose_people(self) -> None:
        rng, year = self.rng, self.when.year
        roster = self.world.roster(self.body, year)
        self.chair = self.world.chair(self.body, year)
        members = [i for i in roster if i != self.chair]
        present = rng.sample(members, int(len(members) * rng.uniform(0.6, 0.85)))
        rest = [i for i in members if i not in present]
        self.apologies = rng.sample(rest, min(len(rest), rng.randint(0, 6)))
        self.notes: dict[int, str | None] = {i: None for i in [self.chair] + present}
        if rng.random() < 0.25:
            guest = rng.choice([i for i in range(6, len(self.world.people)) if i not in roster])
            self.notes[guest] = "observer"
        if rng.random() < 0.8:
            self.notes[rng.choice(self.world.staff)] = "notes"
        self.starred = self.header == "block" and self.body.boroughs_only and rng.random() < 0.5
        if self.starred:
            for i in rng.sample(present, max(1, len(present) // 6)):
                self.notes[i] = "representing the LSCB Chair"
        self.attendees = list(self.notes)
        self.voice = Voice(rng, self.world, self.draft, year, self.attendees + self.apologies, self.fgm)

    def _org(self, i: int) -> str:
        """The org person i is listed with (stable within the paper)."""
        if i not in self._orgs:
            p = self.world.people[i]
            org = p.org_in(self.when.year)
            if self.body.boroughs_only and p.borough in org and self.rng.random() < 0.7:
                org = p.borough
            self._orgs[i] = org
        return self._orgs[i]

    # ---- header ------------------------------------------------------------------------------
    def _entries(self, people: list[int], apologies: bool) -> list[str]:
        out = []
        for i in people:
            p, org, note = self.world.people[i], self._org(i), None if apologies else self.notes[i]
            self.draft.person(p.name)
            self.draft.org(org)
            sep = " – " if self.lists == "dash" else " ("
            entry = f"{p.written}{sep}{org}" + ("" if self.lists == "dash" else ")")
            if note == "observer":
                entry += self.rng.choice([" – attending as observer", " - observer"])
            elif note == "notes":
                entry += self.rng.choice([" - notes", " – notes", " – minutes"])
            elif note:
                entry += "*"
            out.append(entry)
            record = {"name": p.name, "org": org} | ({} if apologies else {"note": note})
            self.draft.gold["apologies" if apologies else "attendees"].append(record)
        return out

    def _list_block(self, entries: list[str]) -> None:
        d = self.draft
        if self.lists == "grid":
            rows = [entries[k:k + 3] for k in range(0, len(entries), 3)]
            d.table(rows, style=self.rng.choice(["stacked", "tabs"]))
        elif self.lists == "dash":
            for k, e in enumerate(entries):
                d.line(("\t" if k % 3 == 0 else "") + e)
                if k % 3 == 2:
                    d.line()
        d.line()

    def write_header(self) -> None:
        d, g, rng, body = self.draft, self.draft.gold, self.rng, self.body
        chair_p, chair_org = self.world.people[self.chair], self._org(self.chair)
        g.update(title=body.title, date=self.when.isoformat(), time=body.time, location=body.location)
        g["chair"] = {"name": chair_p.name, "org": chair_org}
        if body.is_org:
            d.org(body.name)
        else:
            d.borderline_org(body.name)
        if body.location in pools.LOCATION_ORGS:
            d.org(body.location)
        when = long_date(rng, self.when)
        if self.header == "present":
            d.line(body.title)
            d.line(f"Minutes of the meeting held on {when}, {body.time}")
            d.line(f"Venue: {body.location}")
            d.line()
            d.line(f"Chair: {chair_p.written} ({chair_org})")
            main = [i for i in self.attendees if self.notes[i] not in ("observer", "notes")]
            extra = [i for i in self.attendees if self.notes[i] in ("observer", "notes")]
            self._present_list("Present:", main, False)
            if extra:
                self._present_list("In attendance:", extra, False)
            if self.apologies:
                self._present_list("Apologies:", self.apologies, True)
            d.line()
            return
        d.line(" \tMeeting Title:")
        d.line(f"\t{body.title}")
        for label, value in (("Date", when), ("Time", body.time), ("Location", body.location)):
            d.line()
            d.line(f"\t{label}:")
            d.line(f"\t{value}")
        d.line()
        d.line("\tChaired by:")
        d.line(f"\t{chair_p.written}" + ("" if rng.random() < 0.2 else f" ({chair_org})"))
        d.line()
        d.line("\tAttendees (* = representing the LSCB Chair):" if self.starred else "\tAttendees:")
        d.line()
        self._list_block(self._entries(self.attendees, False))
        if self.apologies:
            d.line("\tApologies:")
            d.line()
            self._list_block(self._entries(self.apologies, True))
        d.line("\tPoints of discussion")
        d.line()

    def _present_list(self, label: str, people: list[int], apologies: bool) -> None:
        saved, self.lists = self.lists, "paren"
        entries = self._entries(people, apologies)
        self.lists = saved
        if self.lists == "comma":
            self.draft.line(f"{label} " + ", ".join(entries))
        else:
            self.draft.line(label)
            for e in entries:
                self.draft.line(e)

    # ---- body ----------------------------------------------------------------------------------
    def write(self) -> Draft:
        rng, d = self.rng, self.draft
        self.write_header()
        agenda = Agenda(rng, d, self.voice, self.items, self.prefix)
        heading, text = rng.choice(OPENING_ITEMS)
        agenda.heading(heading)
        agenda.paragraph(text.replace("The group", rng.choice(["The group", "The Board"])))
        if rng.random() < 0.4 and self.body.is_org:
            agenda.paragraph(f"The {d.org('London Board')} welcomed new members.")
        d.line()
        heading, text = rng.choice(LAST_MEETING)
        agenda.heading(heading)
        agenda.paragraph(text)
        if rng.random() < 0.3:
            agenda.action("the actions from the last meeting")
        d.line()
        subjects = rng.sample(pools.SUBJECTS, rng.randint(4, 8))
        if self.fgm:
            subjects.insert(rng.randrange(len(subjects) + 1), rng.choice(pools.FGM_SUBJECTS))
        for index, (subject, phrase) in enumerate(subjects):
            agenda.subject_item(index, subject, phrase or subject.lower())
        agenda.heading(rng.choice(AOB))
        agenda.paragraph(rng.choice(["No items were raised.", "There was no other business."]))
        d.line()
        if self.future and rng.random() < 0.85:
            agenda.future_item(self.when, self.future, self.body.time)
        return d
