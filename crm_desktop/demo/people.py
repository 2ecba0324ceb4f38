"""The demo's people: every delegation's cast (invented names), their grammatical gender, and the
focal-point directory."""

from __future__ import annotations

import random

from crm_desktop.app import people
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.demo.context import PPT_CURRENT, Cast, Demo, observer_orgs
from crm_desktop.demo.names import ENGLISH_SPEAKING, FEMININE, FIRST, FIRST_EN, INSTITUTIONS, LAST, LAST_EN, TITLES
from crm_desktop.domain.model import Audience, Category, Role
from crm_desktop.domain.reference import member_codes, observer_codes
from crm_desktop.store.schema import Person


def _name(rng: random.Random, code: str | None) -> str:
    if code in ENGLISH_SPEAKING:
        return f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


def _email(name: str, domain: str, taken: set[str]) -> str:
    import unicodedata

    base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = base.split()
    local = f"{parts[0]}.{parts[1]}"
    candidate, n = local, 1
    while f"{candidate}@{domain}" in taken:
        n += 1
        candidate = f"{local}{n}"
    taken.add(f"{candidate}@{domain}")
    return f"{candidate}@{domain}"


def build_people(ws: Workspace, rng: random.Random) -> Cast:
    """Everyone in the demo, enrolled in one changeset."""
    inputs: list[PersonInput] = []
    keys: list[tuple[str, Role]] = []
    taken: set[str] = set()

    def add(delegation: str, role: Role, p: PersonInput) -> None:
        inputs.append(p)
        keys.append((delegation, role))

    member_roles = [
        Role.VICE_MINISTER,
        Role.HIGH_LEVEL_OFFICIAL,
        Role.DIRECTOR_MIGRATION,
        Role.LIAISON_TRAFFICKING,
        Role.LIAISON_CONSULAR,
        Role.FOCAL_POINT,
        Role.DELEGATE,
        Role.DELEGATE,
        Role.DELEGATE,
        Role.DELEGATE,
    ]
    for code in member_codes():
        english = code in ENGLISH_SPEAKING
        for role in member_roles:
            name = _name(rng, code)
            inst = INSTITUTIONS[role][1 if english else 0]
            add(
                code,
                role,
                PersonInput(
                    name=name,
                    category=Category.MEMBER_COUNTRY,
                    country=code,
                    roles=(role,),
                    title=TITLES[role][1 if english else 0],
                    institution=inst,
                    email=_email(name, f"migracion.{code.lower()}.example", taken),
                    phone=f"+{rng.randint(1, 599)} {rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}",
                    languages=("en",) if english else ("es",),
                ),
            )
    if PPT_CURRENT in member_codes():
        for _ in range(4):
            name = _name(rng, PPT_CURRENT)
            add(
                PPT_CURRENT,
                Role.PPT_STAFF,
                PersonInput(
                    name=name,
                    category=Category.MEMBER_COUNTRY,
                    country=PPT_CURRENT,
                    roles=(Role.PPT_STAFF,),
                    title="Equipo de la Presidencia Pro-Témpore",
                    institution="Ministerio de Relaciones Exteriores",
                    email=_email(name, "ppt.example", taken),
                ),
            )
    for code in observer_codes():
        for _ in range(2):
            name = _name(rng, code)
            add(
                code,
                Role.OBSERVER_DELEGATE,
                PersonInput(
                    name=name,
                    category=Category.OBSERVER_COUNTRY,
                    country=code,
                    roles=(Role.OBSERVER_DELEGATE,),
                    title="Delegado(a) observador(a)",
                    institution="Cancillería",
                    email=_email(name, f"cancilleria.{code.lower()}.example", taken),
                ),
            )
    for org in observer_orgs():
        for _ in range(2):
            name = _name(rng, None)
            add(
                org,
                Role.OBSERVER_DELEGATE,
                PersonInput(
                    name=name,
                    category=Category.OBSERVER_ORG,
                    organisation=org,
                    roles=(Role.OBSERVER_DELEGATE,),
                    title="Oficial de programa",
                    institution=org,
                    email=_email(name, f"{org.lower()}.example", taken),
                ),
            )
    for _ in range(6):
        name = _name(rng, None)
        add(
            "RROCM",
            Role.RROCM_REPRESENTATIVE,
            PersonInput(
                name=name,
                category=Category.CIVIL_SOCIETY,
                organisation="RROCM",
                roles=(Role.RROCM_REPRESENTATIVE,),
                title="Representante de la RROCM",
                institution="RROCM",
                email=_email(name, "rrocm.example", taken),
            ),
        )
    for role in (Role.ST_COORDINATOR, Role.ST_IT_SPECIALIST, Role.ST_ASSISTANT):
        name = _name(rng, None)
        add(
            "ST",
            role,
            PersonInput(
                name=name,
                category=Category.SECRETARIAT,
                organisation="ST",
                roles=(role,),
                title={
                    Role.ST_COORDINATOR: "Coordinador(a)",
                    Role.ST_IT_SPECIALIST: "Especialista en TI",
                    Role.ST_ASSISTANT: "Asistente",
                }[role],
                institution="Secretaría Técnica de la CRM",
                email=_email(name, "st-crm.example", taken),
            ),
        )
    ids = people.add_people(ws, inputs)
    _set_genders(ws, ids, [p.name for p in inputs], [role for _, role in keys])
    by_role: dict[tuple[str, Role], list[str]] = {}
    by_delegation: dict[str, list[str]] = {}
    for (delegation, role), pid in zip(keys, ids, strict=True):
        by_role.setdefault((delegation, role), []).append(pid)
        by_delegation.setdefault(delegation, []).append(pid)
    return Cast(by_role, by_delegation)


def _set_genders(ws: Workspace, ids: list[str], names: list[str], roles: list[Role]) -> None:
    """Grammatical gender from the first name (the lists print "Viceministra", "Sra."); vice-ministers
    and directors general hold a doctorate one time in three (they print "Dr." / "Dra.")."""
    with ws.change(Audience.MEMBERS) as ch:
        for i, (pid, name, role) in enumerate(zip(ids, names, roles, strict=True)):
            honorific = "dr" if role in (Role.VICE_MINISTER, Role.HIGH_LEVEL_OFFICIAL) and i % 3 == 0 else None
            ch.put(Person, pid, gender="f" if name.split()[0] in FEMININE else "m", honorific=honorific)


def enrol(demo: Demo) -> None:
    """Step: the people of every delegation."""
    demo.cast = build_people(demo.ws, demo.rng)


def directory(demo: Demo) -> None:
    """Step: the focal-point directory."""
    ws, cast = demo.ws, demo.cast
    for code in member_codes():  # the focal-point directory: one per member country's government
        institution = INSTITUTIONS[Role.FOCAL_POINT][1 if code in ENGLISH_SPEAKING else 0]
        people.add_focal_point(ws, cast.one(code, Role.FOCAL_POINT), code, institution)
    for org in observer_orgs():  # their contacts receive the preliminary agendas (seed, A)
        people.add_focal_point(ws, cast.one(org, Role.OBSERVER_DELEGATE), org, org)
