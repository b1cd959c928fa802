"""The made-up world a corpus is drawn from: people with careers, bodies with rosters.

One seed fixes the world. People keep their names for the whole span and move
between organisations over the years (an affiliation is the org as attendee
lists write it); bodies meet repeatedly, their rosters change slowly and each
has a chair for a few years, so the same people recur across many meetings.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench import pools

FIRST_YEAR, LAST_YEAR = 2003, 2012
BOARD_STAFF_ORG = "London Board"


@dataclass
class Person:
    name: str  # full name without title
    title: str | None
    borough: str
    careers: list[tuple[int, str]]  # (from year, org as written), sorted by year

    @property
    def written(self) -> str:
        """The name as attendee lists write it (with a title, when the person has one)."""
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def initials(self) -> str:
        words = self.name.replace("-", " ").split()
        return (words[0][0] + words[-1][0]).upper()

    def org_in(self, year: int) -> str:
        org = self.careers[0][1]
        for start, value in self.careers:
            if start <= year:
                org = value
        return org


@dataclass
class Body:
    name: str
    title: str
    is_org: bool
    weight: float
    size: int
    first_year: int
    last_year: int
    boroughs_only: bool = False
    rosters: dict[int, list[int]] = field(default_factory=dict)  # year -> person indexes
    chairs: dict[int, int] = field(default_factory=dict)  # year -> person index
    location: str = "London Councils"
    time: str = "2pm – 4pm"


@dataclass
class World:
    people: list[Person]
    bodies: list[Body]
    staff: list[int]  # London Board officers: they take notes and own many actions

    def roster(self, body: Body, year: int) -> list[int]:
        return body.rosters[min(max(year, body.first_year), body.last_year)]

    def chair(self, body: Body, year: int) -> int:
        return body.chairs[min(max(year, body.first_year), body.last_year)]


def _national_written(rng: random.Random, name: str, acronym: str | None) -> str:
    if name in pools.ORG_VARIANTS and rng.random() < 0.5:
        return rng.choice(pools.ORG_VARIANTS[name])
    if acronym and rng.random() < 0.65:
        return acronym
    return name


def _career_org(rng: random.Random, borough: str, local: bool) -> str:
    if local:
        return rng.choice(pools.LOCAL_ORG_PATTERNS).format(b=borough)
    name, acronym = rng.choice(pools.NATIONAL_ORGS)
    return _national_written(rng, name, acronym)


def _make_people(rng: random.Random, count: int) -> list[Person]:
    surnames = pools.SURNAMES + pools.SPECIAL_SURNAMES
    seen: set[str] = set()
    people: list[Person] = []
    while len(people) < count:
        name = f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(surnames)}"
        if name in seen:
            continue
        seen.add(name)
        borough = rng.choice(pools.BOROUGHS)
        local = rng.random() < 0.6
        careers = [(FIRST_YEAR, _career_org(rng, borough, local))]
        year = FIRST_YEAR
        while True:
            year += rng.randint(2, 7)
            if year > LAST_YEAR:
                break
            careers.append((year, _career_org(rng, borough, rng.random() < 0.4)))
        title = rng.choice(pools.TITLES) if rng.random() < 0.06 else None
        people.append(Person(name, title, borough, careers))
    return people


def _make_body(rng: random.Random, spec: dict, people: list[Person], pool: list[int]) -> Body:
    body = Body(spec["name"], spec["title"], spec["org"], spec["weight"], spec["size"],
                spec.get("from", FIRST_YEAR), spec.get("to", LAST_YEAR), spec.get("boroughs", False))
    body.location = rng.choice(pools.LOCATIONS)
    body.time = rng.choice(pools.TIMES)
    if body.boroughs_only:
        pool = [i for i in pool if "LSCB" in people[i].org_in(body.first_year)] or pool
    roster = rng.sample(pool, min(body.size, len(pool)))
    chair = roster[0]
    for year in range(body.first_year, body.last_year + 1):
        if year > body.first_year:
            roster = list(roster)
            for _ in range(max(1, body.size // 7)):  # a few members change each year
                out = rng.randrange(1, len(roster))
                candidates = [i for i in pool if i not in roster]
                roster[out] = rng.choice(candidates)
            if rng.random() < 0.3:  # a new chair every few years
                chair = rng.choice(roster[1:])
                roster.remove(chair)
                roster.insert(0, chair)
        body.rosters[year] = roster
        body.chairs[year] = chair
    return body


def _borough_board(borough: str) -> dict:
    name = f"{borough} Safeguarding Children Board"
    return {"name": name, "title": f"{name} Meeting", "org": True, "weight": 0.4, "size": 16, "from": 2006}


def build_world(seed: int, people: int = 600) -> World:
    """The world for a seed: `people` made-up people, the board's bodies and the borough boards."""
    rng = random.Random(f"world-{seed}")
    folk = _make_people(rng, people)
    staff = list(range(6))
    for i in staff:  # board officers stay at the board for the whole span
        folk[i].careers = [(FIRST_YEAR, BOARD_STAFF_ORG)]
        folk[i].title = None
    everyone = list(range(len(folk)))
    bodies = [_make_body(rng, spec, folk, everyone[6:]) for spec in pools.BODIES]
    for borough in pools.BOROUGHS:
        local = [i for i in everyone[6:] if folk[i].borough == borough]
        others = rng.sample(everyone[6:], 12)
        bodies.append(_make_body(rng, _borough_board(borough), folk, local + others))
    return World(folk, bodies, staff)


def weekday_dates(rng: random.Random, first: date, last: date, count: int) -> list[date]:
    """`count` distinct weekdays spread evenly over [first, last], in order."""
    days = (last - first).days
    step = days / max(count, 1)
    out: list[date] = []
    used: set[date] = set()
    for k in range(count):
        day = first + timedelta(days=int(k * step + rng.random() * step * 0.6))
        while day.weekday() >= 5 or day in used or not (1, 3) < (day.month, day.day) < (12, 22):
            day += timedelta(days=1)
        used.add(day)
        out.append(day)
    return out
