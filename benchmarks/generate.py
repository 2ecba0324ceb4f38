"""Build a large workspace (20 years of the process) through the real application services.

    python benchmarks/generate.py DIR [--years 20] [--people 3000]

About 260 meetings (a Vice-Ministers' meeting with its closed-door segment, two GRCM meetings each
preceded by both networks, and six seminars a year), 3,000 people, 15,000 agenda items and
10,000 accreditations. Other subsystems add their share through ``EXTRA_GENERATORS``.
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


def _people(ws: Workspace, rng: random.Random, total: int) -> dict[tuple[str, Role], list[str]]:
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
    ids = people.add_people(ws, inputs[:total])
    out: dict[tuple[str, Role], list[str]] = {}
    for key, pid in zip(keys, ids, strict=False):
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


def generate(directory: Path, *, years: int = 20, total_people: int = 3000, seed: int = 7) -> Figures:
    rng = random.Random(seed)
    fig = Figures()
    t0 = time.perf_counter()
    ws = init_workspace(directory, "Benchmark")
    cast = _people(ws, rng, total_people)
    fig.seconds["people"] = time.perf_counter() - t0
    members = member_codes()

    t = time.perf_counter()
    meeting_ids: list[str] = []
    items = accreditations = n_decisions = 0
    first = 2026 - years
    for year in range(first, first + years):
        host = members[year % len(members)]
        inputs = _year_meetings(year, host)
        ids = meetings.create_meetings(ws, inputs)
        meeting_ids += ids
        for mid, m in zip(ids, inputs, strict=True):
            segments = ["plenary", "closed_door"] if m.body == "viceministers" else ["plenary"]
            for segment in segments:
                aid = agendas.create_agenda(ws, mid, segment)
                n_items = 57
                batch = []
                for _ in range(n_items // 3):
                    top = ItemInput(
                        title_es=_phrase(rng, 5),
                        title_en=None,
                        kind=rng.choice(list(ItemKind)),
                        duration_min=rng.choice((15, 30, 45, 60)),
                    )
                    subs = [ItemInput(title_es=_phrase(rng, 4), duration_min=15) for _ in range(2)]
                    batch.append((top, subs))
                items += len(agendas.add_items(ws, aid, batch))
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
                heads = [cast[(c, role)][rng.randrange(len(cast[(c, role)]))] for c in members]
                extra = [cast[(c, Role.DELEGATE)][rng.randrange(len(cast[(c, Role.DELEGATE)]))] for c in members]
                accreditations += len(accreditation.accredit_many(ws, mid, list(dict.fromkeys(heads + extra))))
            if m.body in ("viceministers", "grcm"):
                # The meeting's adopted list, entered at once after the meeting.
                texts = [_phrase(rng, 14) for _ in range(10)]
                kind = "decision" if m.body == "viceministers" else "recommendation"
                n_decisions += len(decisions.add_decisions(ws, mid, texts, kind=kind))
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
