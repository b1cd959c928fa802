"""The numbered items of a set of minutes: headings, paragraphs and ACTION lines."""
from __future__ import annotations

import random
from datetime import date

from bench import pools
from bench.dates import future_date
from bench.gold import Draft
from bench.prose import PASSIVE_ACTIONS, Voice


class Agenda:
    """Writes items in one numbering style: "paren" `4)`/`4.1)`, "dotted" `4.`/`4.1`, "tabbed" `\t4. Heading`."""

    def __init__(self, rng: random.Random, draft: Draft, voice: Voice, style: str, prefix: str) -> None:
        self.rng, self.draft, self.voice, self.style, self.prefix = rng, draft, voice, style, prefix
        self.number = 0
        self.para = 0

    # ---- structure -----------------------------------------------------------------------
    def heading(self, heading: str) -> str:
        self.number += 1
        self.para = 0
        n, d = str(self.number), self.draft
        d.item(n, heading)
        if self.style == "paren":
            d.line(f"{n}) {heading}")
        elif self.style == "dotted":
            d.line(f"{n}.")
            d.line(heading)
        else:
            d.line(f"\t{n}. {heading}")
        return n

    def paragraph(self, text: str) -> None:
        self.para += 1
        number = f"{self.number}.{self.para}"
        if self.style == "paren":
            self.draft.line(f"{number}) {text}")
        elif self.style == "dotted":
            self.draft.line(number)
            self.draft.line(text)
        else:
            self.draft.line(text)
        if self.rng.random() < 0.5:
            self.draft.line()

    # ---- actions ------------------------------------------------------------------------------
    def _owners(self) -> tuple[str, list[str]]:
        """An owner phrase as written and the owners the gold expects."""
        rng, v = self.rng, self.voice
        roll = rng.random()
        if roll < 0.62:
            i = v.speaker()
            return v.owner(i), [v.person(i).name]
        if roll < 0.78:
            a, b = rng.sample(v.listed, 2)
            wa, wb = v.owner(a), v.owner(b)
            joiner = "/ " if len(wa) == 2 and len(wb) == 2 else " and "
            return f"{wa}{joiner}{wb}", [v.person(a).name, v.person(b).name]
        group = rng.choice(pools.GROUP_OWNERS)
        return group, [group]

    def action(self, subject: str) -> None:
        rng, n = self.rng, str(self.number)
        if rng.random() < 0.08:
            text = rng.choice(PASSIVE_ACTIONS)
            self.draft.action(n, text, [])
        elif rng.random() < 0.1 and self.prefix.upper().startswith("ACTION"):
            self._actions_block(subject)
            return
        else:
            who, owners = self._owners()
            verb = " will " if rng.random() < 0.12 else " to "
            text = f"{who}{verb}{self.voice.verb_phrase(subject)}" + rng.choice([".", ".", ""])
            self.draft.action(n, text, owners)
        self.draft.line(f"{self.prefix}{text}")

    def _actions_block(self, subject: str) -> None:
        """`ACTIONS: A and B to ... . C to:` then a) and b) sub-actions owned by C."""
        v, n = self.voice, str(self.number)
        a, b = self.rng.sample(v.listed, 2)
        first = f"{v.owner(a)} and {v.owner(b)} to discuss this issue outside the meeting and report back."
        self.draft.action(n, first, [v.person(a).name, v.person(b).name])
        c = v.speaker()
        lead = v.owner(c)
        subs = [v.verb_phrase(subject) + "; and", v.verb_phrase(subject) + "."]
        self.draft.line(f"ACTIONS: {first} {lead} to:")
        for letter, sub in zip("ab", subs):
            self.draft.action(n, sub, [v.person(c).name])
            self.draft.line(f"{letter}) {sub}")

    # ---- whole items ------------------------------------------------------------------------------
    def subject_item(self, index: int, subject: str, phrase: str) -> None:
        rng, v = self.rng, self.voice
        style = rng.random()
        if style < 0.4:
            heading = f"Paper {self.number + 1} – {subject}"
        elif style < 0.55:
            heading = f"{subject} – {v.draft.person(v.person(v.speaker()).name)}, {v.org()}"
        elif style < 0.65:
            heading = f"{v.org()} update"
        else:
            heading = subject
        self.heading(heading)
        for _ in range(rng.randint(2, 5)):
            self.paragraph(" ".join(v.sentence(phrase) for _ in range(rng.randint(1, 3))))
        for _ in range(rng.choices([0, 1, 2, 3], [2, 4, 3, 1])[0]):
            self.action(phrase)
            if rng.random() < 0.3:
                self.draft.line()
        self.draft.line()

    def future_item(self, when: date, future: list[date], time: str) -> None:
        self.heading(self.rng.choice(["Dates of future meetings", "Dates of future meetings (all at London Councils)",
                                      "Future meeting dates"]))
        if "London Councils" in self.draft.gold["items"][-1]["heading"]:
            self.draft.org("London Councils")
        with_year = self.rng.random() < 0.4
        style = self.rng.randrange(2)
        for day in future:
            self.draft.gold["future_meetings"].append(day.isoformat())
            self.draft.line(f"· {future_date(style, day, with_year)} ({time})")
        self.draft.line()
