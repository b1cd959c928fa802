"""Update reports (like sample 002) and workplan progress reports (like sample 004), with their gold."""
from __future__ import annotations

import random
from datetime import date, timedelta

from bench import pools
from bench.dates import future_date, long_date, month_date
from bench.gold import Draft
from bench.prose import Voice
from bench.world import Body, World

WORKPLAN_TITLES = ["Safeguarding Boards", "Inter-agency Communication", "Pan-London Lobbying & Support",
                   "Children’s Trusts", "Information Sharing", "Child Protection\nSkills & Staffing", "Training",
                   "Resources & Budget", "Conference", "Private Fostering", "Serious Case Reviews",
                   "Child Death Review", "Performance Framework", "Communications", "Voluntary Sector\nEngagement",
                   "Trafficking Protocol", "Meetings Schedule"]
ACTIVITIES = ["Consultation on role and scope of local boards.", "Maintain and develop current information sharing.",
              "Develop better links with education and health.", "Reprint procedures.",
              "Set up steering group to co-ordinate revision of procedures.", "Develop the website.",
              "Encourage exchange of information and inter-borough support.", "Monitor pilots.",
              "Promote inter-agency training.", "Review efficacy and cost effectiveness of programmes."]
TARGET_GROUPS = ["Directors of Children’s Services", "Designated nurses and health visitors", "All agencies",
                 "Training co-ordinators", "Front-line practitioners", ""]
RESPONSIBLE = ["ALG", "MPS", "GOL", "NSPCC", "GLA", "LAS", "CPS", "YJB", "NHS London", "London Councils", "Barnardos"]
PROGRESS = ["Work in progress", "Draft strategy produced", "Consultation distributed to all boards",
            "Outline plan agreed", "Completed", "Further guidance awaited", "Meeting with {O} took place"]


def _acts(rng: random.Random, voice: Voice, choices: list[str], k: int) -> list[str]:
    return ["· " + voice.fill(c, "") for c in rng.sample(choices, k)]


def write_workplan(rng: random.Random, world: World, body: Body, when: date, fgm: bool) -> Draft:
    d = Draft("workplan")
    g = d.gold
    year = when.year
    voice = Voice(rng, world, d, year, world.roster(body, year)[:10], fgm, initials=False)
    short = "LCPC" if body.name == "London Child Protection Committee" else None
    d.line(f"{d.org(body.name.upper())} – {when.day} {when:%B %Y}")
    d.line()
    title = f"REPORT ON PROGRESS OF {d.org(short)} WORKPLAN" if short else "REPORT ON PROGRESS OF THE BOARD WORKPLAN"
    g.update(title=title, date=when.isoformat())
    d.line(title)
    d.line()
    agreed = f"the {d.org(short)}" if short else f"the {d.org('London Board')}"
    d.line(f"1. A work plan for {year}-{(year + 1) % 100:02d} was agreed by {agreed} in January {year}. "
           "This is below with comments on progress.")
    d.line()
    d.line("2. Highlights in terms of progress made have been:")
    d.line()
    highlights = rng.sample(["information sharing", "private fostering", "training", "child protection procedures",
                             "serious case reviews", "domestic violence"], rng.randint(2, 4))
    for phrase in (["FGM"] if fgm else []) + highlights:
        d.line("· " + voice.sentence(phrase))
        d.line()
    d.line("3. The Committee is recommended to note the work to date and in train in respect of the current workplan.")
    d.line()
    signatory = world.people[rng.choice(world.staff)]
    d.line(d.person(signatory.name))
    d.line()
    d.line("Policy Officer")
    d.line()
    d.line(long_date(rng, when - timedelta(days=rng.randint(10, 40))))
    d.line()
    rows = [["Item", "Activity", "Target Group", "Responsible Party(ies)", "Progress", "Timing"]]
    for n, title in enumerate(rng.sample(WORKPLAN_TITLES, rng.randint(5, 12)), start=1):
        parties = rng.sample(RESPONSIBLE, rng.randint(0, 4) if rng.random() < 0.1 else rng.randint(1, 4))
        cell = ""
        for k, party in enumerate(parties):
            cell += ("" if k == 0 else rng.choice([", ", " & ", "\n"])) + d.org(party)
        timing = rng.choice(["Ongoing", f"April {year}", f"Begin Jan {year}", f"Spring {year + 1}",
                             f"{year}/{year + 1}", f"March {year}\nSep {year}", ""])
        rows.append([str(n), title, "\n".join(_acts(rng, voice, ACTIVITIES, rng.randint(1, 3))),
                     rng.choice(TARGET_GROUPS), cell, "\n".join(_acts(rng, voice, PROGRESS, rng.randint(1, 2))),
                     timing])
        flat = " ".join(title.split("\n"))
        d.item(str(n), flat)
        g["workplan"].append({"item": str(n), "title": flat, "responsible": parties,
                              "timing": "; ".join(timing.split("\n")) if timing else None})
    d.table(rows, style="stacked")
    return d


def _network_section(rng: random.Random, d: Draft, world: World, body: Body, when: date) -> list[str]:
    chair = world.people[world.chair(body, when.year)]
    org = chair.org_in(when.year)
    lines = [f"This group is chaired by {d.person(chair.name)} ({d.org(org)}), and meets regularly to share "
             "good practice across London."]
    dates = sorted({when + timedelta(days=rng.randint(20, 330)) for _ in range(rng.randint(2, 4))})
    dates = [x + timedelta(days=(3 - x.weekday()) % 7) for x in dates]  # Thursdays, as networks meet
    style = rng.randrange(2)
    listing = [f"Future meeting dates are as follows (all {body.time}):"]
    for x in sorted(set(dates)):
        d.gold["future_meetings"].append(x.isoformat())
        listing.append(f"· {future_date(style, x, True)}")
    return lines + ["\n".join(listing)]


def write_update(rng: random.Random, world: World, body: Body, when: date, fgm: bool) -> Draft:
    d = Draft("update")
    g = d.gold
    month = when.replace(day=1)
    g.update(title=f"{body.name} Update", date=month.isoformat(), date_precision="month")
    voice = Voice(rng, world, d, when.year, world.roster(body, when.year)[:12], fgm, initials=False)
    d.line(f"{d.org(body.name)}  ")
    d.line()
    d.line(month_date(month))
    d.line("Update")
    subjects = rng.sample(pools.SUBJECTS, rng.randint(4, 9))
    if fgm:
        subjects.insert(rng.randrange(len(subjects) + 1), rng.choice(pools.FGM_SUBJECTS))
    sections: list[tuple[str, list[str]]] = [
        (s, [" ".join(voice.sentence(p or s.lower()) for _ in range(rng.randint(1, 3)))
             for _ in range(rng.randint(1, 4))]) for s, p in subjects]
    for net in rng.sample([b for b in world.bodies[:7] if not b.is_org], 2):
        d.borderline_org(net.name)
        sections.append((net.name + (" network" if net.name == "LSCB Chairs" else ""),
                         _network_section(rng, d, world, net, when)))
    number = 0
    for heading, paragraphs in sections:
        number += 2 if rng.random() < 0.08 else 1  # papers skip a number now and then
        d.item(str(number), heading)
        d.line(f"{number}.")
        d.line(heading)
        d.line()
        for k, text in enumerate(paragraphs, start=1):
            d.line(f"{number}.{k}")
            for line in text.split("\n"):
                d.line(line)
            if rng.random() < 0.4:
                d.line()
    manager = world.people[world.staff[0]]
    d.line()
    d.line("_" * 54)
    d.line()
    d.line(f"{d.person(manager.name)}, {d.org('London Board')} Manager, {month_date(month)}")
    return d
