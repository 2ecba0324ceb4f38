"""Build a large workspace (20 years of the process) through the real application services.

    python benchmarks/generate.py DIR [--years 20] [--people 3000]

About 260 meetings (a Vice-Ministers' meeting with its closed-door segment, two GRCM meetings each
preceded by both networks, and six seminars a year), 3,000 people, 15,000 agenda items and
10,000 accreditations. Other subsystems add their share through ``EXTRA_GENERATORS``.

Everything is written through the services a user's actions call, each call one changeset judged by
the rules and the authorisation matrix; each year is entered in one ``Workspace.batch()`` (one
transaction, as the product's bulk writes do). The random texts and picks are drawn before the clock
starts (``_plan``): they are the benchmark's own work, not the services'. The time counted starts
with creating the workspace.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_desktop.app import accreditation, agendas, decisions, meetings, people
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.domain.model import Category, ItemKind, Role
from crm_desktop.domain.reference import member_codes, observer_codes

ORGS = ["ACNUR", "CEPAL-CELADE", "CIDH", "OIM", "RELATORIA-ONU", "SEGIB", "SICA", "UNFPA"]
MEMBER_ROLES = [
    Role.VICE_MINISTER,
    Role.HIGH_LEVEL_OFFICIAL,
    Role.DIRECTOR_MIGRATION,
    Role.LIAISON_TRAFFICKING,
    Role.LIAISON_CONSULAR,
    Role.FOCAL_POINT,
]
WORDS = [
    *["migración", "protección", "consular", "trata", "tráfico", "niñez", "retorno", "gestión", "fronteriza"],
    *["derechos", "humanos", "desarrollo", "cooperación", "regional", "informe", "seguimiento", "plan", "acción"],
    *["capacitación", "intercambio", "información"],
]


@dataclass
class Figures:
    seconds: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


# Subsystems (drafting...) append (name, fn(ws, meeting_ids, rng) -> count) here.
EXTRA_GENERATORS: list[tuple[str, Callable[[Workspace, list[str], random.Random], int]]] = []


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


Cast = dict[tuple[str, Role], list[str]]


def _people_inputs(rng: random.Random, total: int) -> tuple[list[PersonInput], list[tuple[str, Role]]]:
    """The people to enter and, for each, the delegation and role the generator picks them by."""
    inputs: list[PersonInput] = []
    keys: list[tuple[str, Role]] = []
    members = member_codes()
    per_member = max(len(MEMBER_ROLES), (total - 100) // len(members))
    for code in members:
        for i in range(per_member):
            role = MEMBER_ROLES[i] if i < len(MEMBER_ROLES) else Role.DELEGATE
            inputs.append(
                PersonInput(
                    name=f"{_phrase(rng, 1)} {code}-{i:04d} Núñez",
                    category=Category.MEMBER_COUNTRY,
                    country=code,
                    roles=(role,),
                    email=f"p{code.lower()}{i}@gob.example",
                )
            )
            keys.append((code, role))
    for code in observer_codes():
        for i in range(6):
            inputs.append(
                PersonInput(
                    name=f"Observador {code}-{i}",
                    category=Category.OBSERVER_COUNTRY,
                    country=code,
                    roles=(Role.OBSERVER_DELEGATE,),
                )
            )
            keys.append((code, Role.OBSERVER_DELEGATE))
    for org in ORGS:
        for i in range(6):
            inputs.append(
                PersonInput(
                    name=f"Oficial {org}-{i}",
                    category=Category.OBSERVER_ORG,
                    organisation=org,
                    roles=(Role.OBSERVER_DELEGATE,),
                )
            )
            keys.append((org, Role.OBSERVER_DELEGATE))
    while len(inputs) < total:
        i = len(inputs)
        inputs.append(
            PersonInput(
                name=f"Representante RROCM {i}",
                category=Category.CIVIL_SOCIETY,
                organisation="RROCM",
                roles=(Role.RROCM_REPRESENTATIVE,),
            )
        )
        keys.append(("RROCM", Role.RROCM_REPRESENTATIVE))
    return inputs[:total], keys[:total]


def _people(ws: Workspace, people_inputs: tuple[list[PersonInput], list[tuple[str, Role]]]) -> Cast:
    inputs, keys = people_inputs
    ids = people.add_people(ws, inputs)
    out: Cast = {}
    for key, pid in zip(keys, ids, strict=True):
        out.setdefault(key, []).append(pid)
    return out


def _year_meetings(year: int, host: str) -> list[MeetingInput]:
    def mi(body: str, title: str, start: date, days: int = 1) -> MeetingInput:
        return MeetingInput(
            body=body,
            title=title,
            start=datetime.combine(start, dtime(9)),
            end=datetime.combine(start + timedelta(days=days - 1), dtime(18)),
            host_country=host,
            city="Capital",
        )

    out = []
    for half, month in ((1, 3), (2, 9)):
        d = date(year, month, 10)
        out += [
            mi("network_trafficking", f"Red Trata {half}/{year}", d),
            mi("network_consular", f"Red Consular {half}/{year}", d),
            mi("grcm", f"GRCM {half}/{year}", d + timedelta(days=1), 2),
        ]
    out += [mi("seminar", f"Seminario {i}/{year}", date(year, 2 + i, 20)) for i in range(6)]
    out.append(mi("viceministers", f"Reunión Viceministerial {year}", date(year, 11, 18), 2))
    return out


@dataclass
class _MeetingPlan:
    """What is entered for one meeting: its agendas' items, its accreditation picks, its adopted texts."""

    agendas: list[tuple[str, list[tuple[ItemInput, list[ItemInput]]]]]
    picks: list[tuple[int, int]]  # for each member country, which head and which delegate (indexes)
    texts: list[str]


def _plan(rng: random.Random, years: int) -> list[tuple[int, list[MeetingInput], list[_MeetingPlan]]]:
    """Every year's meetings and what is entered for them, drawn before the clock starts: the random
    texts are the benchmark's own work, not the services'."""
    members = member_codes()
    first = 2026 - years
    plan = []
    for year in range(first, first + years):
        inputs = _year_meetings(year, members[year % len(members)])
        meetings_plan = []
        for m in inputs:
            segments = ["plenary", "closed_door"] if m.body == "viceministers" else ["plenary"]
            agendas_plan = []
            for segment in segments:
                batch = []
                for _ in range(57 // 3):
                    top = ItemInput(
                        title_es=_phrase(rng, 5),
                        title_en=None,
                        kind=rng.choice(list(ItemKind)),
                        duration_min=rng.choice((15, 30, 45, 60)),
                    )
                    subs = [ItemInput(title_es=_phrase(rng, 4), duration_min=15) for _ in range(2)]
                    batch.append((top, subs))
                agendas_plan.append((segment, batch))
            picks = [(rng.randrange(1 << 30), rng.randrange(1 << 30)) for _ in members]
            texts = [_phrase(rng, 14) for _ in range(10)] if m.body in ("viceministers", "grcm") else []
            meetings_plan.append(_MeetingPlan(agendas_plan, picks, texts))
        plan.append((year, inputs, meetings_plan))
    return plan


def _enter_meeting(ws: Workspace, mid: str, m: MeetingInput, p: _MeetingPlan, cast: Cast) -> tuple[int, int, int]:
    """One meeting's agendas, accreditations and adopted texts, through the services."""
    members = member_codes()
    items = accreditations = n_decisions = 0
    for segment, batch in p.agendas:  # each agenda entered with its items, as from a template
        agendas.create_agenda(ws, mid, segment, items=batch)
        items += sum(1 + len(subs) for _, subs in batch)
    if m.body == "viceministers":
        principals = [cast[(c, Role.VICE_MINISTER)][0] for c in members]
        companions = [cast[(c, Role.HIGH_LEVEL_OFFICIAL)][0] for c in members]
        accreditations += len(accreditation.accredit_many(ws, mid, principals + companions, "closed_door"))
        guests = [cast[(c, Role.OBSERVER_DELEGATE)][0] for c in observer_codes()]
        accreditations += len(accreditation.accredit_many(ws, mid, principals + companions + guests))
    else:
        role = {
            "grcm": Role.DIRECTOR_MIGRATION,
            "network_trafficking": Role.LIAISON_TRAFFICKING,
            "network_consular": Role.LIAISON_CONSULAR,
        }.get(m.body, Role.DELEGATE)
        heads = [cast[(c, role)][h % len(cast[(c, role)])] for c, (h, _) in zip(members, p.picks, strict=True)]
        extra = [
            cast[(c, Role.DELEGATE)][e % len(cast[(c, Role.DELEGATE)])]
            for c, (_, e) in zip(members, p.picks, strict=True)
        ]
        accreditations += len(accreditation.accredit_many(ws, mid, list(dict.fromkeys(heads + extra))))
    if p.texts:
        # The meeting's adopted list, entered at once after the meeting.
        kind = "decision" if m.body == "viceministers" else "recommendation"
        n_decisions += len(decisions.add_decisions(ws, mid, p.texts, kind=kind))
    return items, accreditations, n_decisions


def generate(directory: Path, *, years: int = 20, total_people: int = 3000, seed: int = 7) -> Figures:
    rng = random.Random(seed)
    fig = Figures()
    people_inputs = _people_inputs(rng, total_people)
    plan = _plan(rng, years)
    t0 = time.perf_counter()
    ws = init_workspace(directory, "Benchmark")
    cast = _people(ws, people_inputs)
    fig.seconds["people"] = time.perf_counter() - t0

    t = time.perf_counter()
    meeting_ids: list[str] = []
    items = accreditations = n_decisions = 0
    for _year, inputs, meetings_plan in plan:
        with ws.batch():  # a year of the process entered at once: one transaction, a changeset per service call
            ids = meetings.create_meetings(ws, inputs)
            meeting_ids += ids
            for mid, m, p in zip(ids, inputs, meetings_plan, strict=True):
                n_items, n_acc, n_dec = _enter_meeting(ws, mid, m, p, cast)
                items += n_items
                accreditations += n_acc
                n_decisions += n_dec
    fig.seconds["meetings, agendas, accreditation"] = time.perf_counter() - t
    for name, gen in EXTRA_GENERATORS:
        t = time.perf_counter()
        fig.counts[name] = gen(ws, meeting_ids, rng)
        fig.seconds[name] = time.perf_counter() - t
    fig.counts.update(
        people=total_people,
        meetings=len(meeting_ids),
        agenda_items=items,
        accreditations=accreditations,
        decisions=n_decisions,
    )
    fig.seconds["total"] = time.perf_counter() - t0
    ws.close()
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--people", type=int, default=3000)
    args = ap.parse_args()
    fig = generate(args.directory, years=args.years, total_people=args.people)
    for k, v in fig.counts.items():
        print(f"{k:>20}: {v}")
    for k, s in fig.seconds.items():
        print(f"{k:>36}: {s:8.2f} s")


if __name__ == "__main__":
    main()
