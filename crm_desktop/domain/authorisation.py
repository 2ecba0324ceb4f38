"""Who may write what: the authorisation matrix of every synced table, in one declarative table.

There is no server, so a rule holds only if every laptop checks it when a change *arrives*: the
importer asks :func:`decide` for every operation of every changeset, and the local write path asks
the same question for this laptop's own role, so a change refused on import is refused at the
keyboard with the same reason. The facts a decision needs (whose row it is, what the admission
rules say...) come from a :class:`Facts` the caller supplies; this module is pure.

Reading the table: for each synced table and kind of operation, the laptops that may make it:

- ``st``, ``ppt``: a laptop with that role on the roster; ``admin``: an administrator (ST or PPT).
- ``own``: a member or observer laptop, for its own delegation's rows (the row's delegation before
  and after the change is the laptop's country or organisation on the roster).
- ``host``: a member laptop, for the meetings its country hosts (seed: the host country convenes its
  seminars and workshops "en coordinación con la ST").
- ``drafting``: a member or observer laptop, as the drafting rules allow its delegation
  (:func:`crm_desktop.drafting.permissions.may_apply`): chair's decisions, adoption included, are
  the PPT's; observers draft only with a PPT authorisation.

Then, for every author whoever is granted, the table's CRM rules (:class:`Rule`), and everywhere:
an operation never changes a row's primary key; an existing row's audience is changed (widened or
narrowed) only by the ST or an administrator; an unknown table or operation is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, Protocol

from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.sync_policy import DeviceRole


class Op(StrEnum):
    CREATE = "create"  # put of a row the receiving laptop does not hold
    UPDATE = "update"  # put of fields of a row it holds
    DELETE = "delete"
    TEXT = "text"  # a Yjs update of a negotiated document's text ("ytext")


class Who(StrEnum):
    ST = "st"
    PPT = "ppt"
    ADMIN = "admin"
    OWN = "own"
    HOST = "host"
    DRAFTING = "drafting"


class Rule(StrEnum):
    """A CRM rule checked for every author of the table's rows (the services check it too)."""

    ADMISSION = "admission"  # accreditations: rules.admission with the services' facts
    DESIGNATION = "designation"  # presidency terms: a member country that announced its candidacy
    BUDGET_AUDIENCE = "budget_audience"  # budget figures never travel beyond members and the ST
    CONSULTED = "consulted"  # agenda comments: only from a delegation the preliminary agenda consults
    OBJECTION = "objection"  # objections: a member delegation accredited to the meeting (seed, A)
    ROLE_FITS = "role_fits"  # the roster: a laptop's role follows from its delegation (sync_policy)
    AGENDA_CLASS = "agenda_class"  # an agenda item's theme and closed-door topic (agenda_topics)
    DECIDING_BODY = "deciding_body"  # decisions: only the VM decides, the GRCM recommends (capabilities)
    PRESENTER = "presenter"  # agenda items: an observer country presents one only if the PPT authorised it
    GRANTOR = "grantor"  # invitations and authorisations: the PPT's, or the ST's on its behalf, as recorded


ROLE_GRANTS = {DeviceRole.ST: Who.ST, DeviceRole.PPT: Who.PPT}
DELEGATION_GRANTS = frozenset({Who.OWN, Who.HOST, Who.DRAFTING})
TEXT_OP = "ytext"  # the drafting text operation's name (drafting.permissions.YTEXT)


@dataclass(frozen=True)
class Owner:
    """How a row's delegation is found: a field holding a country code or an organisation key, or a
    field naming a row of another table whose own owner decides (an accreditation's person)."""

    fields: tuple[str, ...]
    via: str | None = None


@dataclass(frozen=True)
class Entry:
    table: str
    create: frozenset[Who]
    update: frozenset[Who]
    delete: frozenset[Who]
    text: frozenset[Who] = frozenset()
    rules: tuple[Rule, ...] = ()
    owner: Owner | None = None
    note: str = ""

    def grants(self, op: Op) -> frozenset[Who]:
        return {Op.CREATE: self.create, Op.UPDATE: self.update, Op.DELETE: self.delete, Op.TEXT: self.text}[op]


def _w(*who: Who) -> frozenset[Who]:
    return frozenset(who)


ST, PPT, ADMIN, OWN, HOST, DRAFTING = Who.ST, Who.PPT, Who.ADMIN, Who.OWN, Who.HOST, Who.DRAFTING
CONFIG = _w(ST, ADMIN)
SECRETARIAT = _w(ST)
ORGANISERS = _w(ST, PPT, ADMIN)
DELEGATIONS = _w(ST, PPT, ADMIN, OWN)
DRAFTERS = _w(ST, PPT, ADMIN, DRAFTING)
BY_COUNTRY = Owner(("country_id",))
BY_DELEGATION = Owner(("delegation",))
BY_PERSON = Owner(("person_id",), via="people")
NOBODY: frozenset[Who] = frozenset()


def _same(table: str, who: frozenset[Who], **kw: Any) -> Entry:
    return Entry(table, who, who, who, **kw)


def _drafting(table: str, owner: Owner | None = None, note: str = "") -> Entry:
    return Entry(table, DRAFTERS, DRAFTERS, DRAFTERS, owner=owner, note=note)


MATRIX: dict[str, Entry] = {
    e.table: e
    for e in (
        # --- configuration and reference data: the ST or an administrator ---------------------
        _same("bodies", CONFIG, note="the bodies' configuration (segments, admissions, audiences)"),
        _same("countries", CONFIG, note="reference data: member and observer countries"),
        _same("organisations", CONFIG, note="reference data: observer organisations, RROCM, the ST"),
        _same("poa_themes", CONFIG, note="the Plan of Action's themes"),
        _same("rotation_plan", CONFIG, note="the Presidency's rotation plan"),
        _same(
            "sync_devices",
            _w(ADMIN),
            rules=(Rule.ROLE_FITS,),
            note="the roster: a role its delegation can hold (an observer country's laptop is an observer)",
        ),
        _same("sync_keys", _w(ADMIN), note="the roster's public keys"),
        # --- delegations: their own people, focal points and comments --------------------------
        _same("people", DELEGATIONS, owner=Owner(("country_id", "organisation_id")), note="a delegation's people"),
        _same("role_assignments", DELEGATIONS, owner=BY_PERSON, note="the functions of a delegation's people"),
        _same("focal_points", DELEGATIONS, owner=BY_COUNTRY, note="a country's focal points"),
        _same(
            "accreditations",
            DELEGATIONS,
            owner=BY_PERSON,
            rules=(Rule.ADMISSION,),
            note="who attends which segment: the admission rules hold for every author",
        ),
        _same("drafting_seats", DELEGATIONS, owner=BY_COUNTRY, note="a country names its drafting representative"),
        _same("candidacies", DELEGATIONS, owner=BY_COUNTRY, note="a country announces its candidacy"),
        _same(
            "agenda_comments",
            DELEGATIONS,
            owner=BY_DELEGATION,
            rules=(Rule.CONSULTED,),
            note="comments on the preliminary agenda, from a consulted delegation",
        ),
        # --- meetings, agendas, acts, the Presidency ---------------------------------------------
        Entry(
            "meetings",
            _w(ST, PPT, ADMIN, HOST),
            _w(ST, PPT, ADMIN, HOST),
            ORGANISERS,
            owner=Owner(("host_country_id",)),
            note="the host country convenes its own events; a deletion wins forever",
        ),
        _same("agendas", ORGANISERS),
        _same(
            "agenda_items",
            ORGANISERS,
            rules=(Rule.AGENDA_CLASS, Rule.PRESENTER),
            note="a theme of the CRM (behind closed doors, one of the four topics); an item an observer "
            "country presents needs the PPT's authorisation for the meeting",
        ),
        _same("agenda_versions", ORGANISERS),
        _same(
            "acts",
            ORGANISERS,
            rules=(Rule.GRANTOR,),
            note="invitations and PPT authorisations: the PPT's, or the ST's on its behalf (granted_by says which)",
        ),
        _same("presidency_terms", ORGANISERS, rules=(Rule.DESIGNATION,), note="designation of the Presidency"),
        _same(
            "decisions",
            ORGANISERS,
            rules=(Rule.DECIDING_BODY,),
            note="decisions are the VM's, conclusions and recommendations the GRCM's",
        ),
        _same("decision_status_changes", ORGANISERS),
        _same("decision_notes", ORGANISERS, note="follow-up notes"),
        _same("logistics_items", ORGANISERS, note="costs borne by the PPT or the ST"),
        # --- the between-meetings process ---------------------------------------------------------
        _same("poa_activities", ORGANISERS),
        _same("poa_indicators", ORGANISERS),
        _same("poa_indicator_values", ORGANISERS),
        _same("work_plans", ORGANISERS, note="the networks' work plans, approved with the ST"),
        _same("work_plan_actions", ORGANISERS),
        # --- the ST's budget and the contributions: the ST only -----------------------------------
        _same("st_budgets", SECRETARIAT, rules=(Rule.BUDGET_AUDIENCE,)),
        _same("contribution_scales", SECRETARIAT, rules=(Rule.BUDGET_AUDIENCE,)),
        _same("contribution_payments", SECRETARIAT, rules=(Rule.BUDGET_AUDIENCE,)),
        # --- negotiated documents: the drafting rules -------------------------------------------
        _drafting("drafting_documents", note="adoption, silence and audience follow the drafting rules"),
        _drafting("drafting_paragraphs", note="agreement is the chair's"),
        _drafting("drafting_proposals", BY_DELEGATION, note="accepting or rejecting is the chair's"),
        _drafting("drafting_positions", BY_DELEGATION),
        Entry(
            "drafting_objections",
            DRAFTERS,
            DRAFTERS,
            DRAFTERS,
            rules=(Rule.OBJECTION,),
            owner=BY_DELEGATION,
            note="an objection is a member delegation's accredited to the meeting, whoever records it",
        ),
        _drafting("drafting_comments", BY_DELEGATION),
        _drafting("drafting_versions"),
        _drafting("drafting_sessions"),
        _drafting(
            "drafting_translations",
            BY_DELEGATION,
            note="translations ES↔EN of a document's paragraphs: the ST, the PPT or a delegation of the drafting group",
        ),
        _same("drafting_texts", NOBODY, note="derived from the text updates by every laptop"),
        Entry(TEXT_OP, NOBODY, NOBODY, NOBODY, text=DRAFTERS, note="a document's text (Yjs update)"),
    )
}


# --- the decision ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    """The author of a change as the roster knows it: role, administrator flag, own delegation."""

    role: DeviceRole | None
    admin: bool
    delegation: str | None  # the roster's country code or organisation key


class Facts(Protocol):
    """What a decision needs to know about the database (supplied by the sync layer)."""

    def exists(self, table: str, row_id: str) -> bool: ...

    def owners(self, entry: Entry, op: Mapping[str, Any]) -> set[str | None]:
        """The row's delegation before and after ``op``."""
        ...

    def drafting(self, author: Author, op: Mapping[str, Any]) -> Message | None: ...

    def rule(self, rule: Rule, author: Author, op: Mapping[str, Any], audience: str) -> Message | None: ...

    def audience(self, table: str, row_id: str) -> str | None:
        """The audience an existing row has now."""
        ...


def fixed(author: Author) -> frozenset[Who]:
    """The grants an author holds whatever the row: its role's and the administrator's."""
    out = {ROLE_GRANTS[author.role]} if author.role in ROLE_GRANTS else set()
    if author.admin:
        out.add(Who.ADMIN)
    return frozenset(out)


def decide(author: Author, op: Mapping[str, Any], audience: str, facts: Facts) -> Message | None:
    """Why ``author`` may not make ``op`` in a changeset labelled ``audience``; None if it may."""
    name, table, row_id = op.get("op"), op.get("e"), op.get("id")
    fields: Mapping[str, Any] = {}
    if name == TEXT_OP:
        if not isinstance(op.get("doc"), str) or not isinstance(op.get("u"), str):
            return msg("authz.malformed", op=TEXT_OP)
        which, table = Op.TEXT, TEXT_OP
    elif not isinstance(table, str) or not isinstance(row_id, str):
        return msg("authz.malformed", op=str(name)[:40])
    elif name == "del":
        which = Op.DELETE
    elif name == "put" and isinstance(op.get("f"), dict):
        which, fields = Op.CREATE, op["f"]
    else:
        return msg("authz.malformed", op=str(name)[:40])
    entry = MATRIX.get(table)
    if entry is None:
        return msg("authz.unknown_table", table=table[:60])
    if "id" in fields:
        return msg("authz.primary_key", table=table, id=str(row_id))
    mine = fixed(author)
    relabels = "audience" in fields and not mine & CONFIG
    if which == Op.CREATE and (entry.create != entry.update or relabels or not mine & entry.create):
        # Whether the row exists matters only then: a bundle of the ST's puts costs no lookup.
        which = Op.UPDATE if facts.exists(table, str(row_id)) else Op.CREATE
    allowed = entry.grants(which)
    if not allowed & mine:
        refused = _by_delegation(entry, author, op, facts, allowed)
        if refused is not None:
            return refused or msg(
                "authz.not_granted",
                author=role_label(author),
                op=OP_LABELS[which],
                table=table,
                allowed=who_label(allowed),
            )
    if relabels and which == Op.UPDATE and facts.audience(table, str(row_id)) != fields["audience"]:
        return msg("authz.audience", table=table)
    for rule in entry.rules:
        if which == Op.DELETE and rule != Rule.BUDGET_AUDIENCE:
            continue  # withdrawing an accreditation, a comment or a term admits nobody
        why = facts.rule(rule, author, op, audience)
        if why is not None:
            return why
    return None


def _by_delegation(
    entry: Entry, author: Author, op: Mapping[str, Any], facts: Facts, allowed: frozenset[Who]
) -> Message | Literal[False] | None:
    """None when a member or observer laptop is granted by its delegation; else the drafting rules'
    reason, or False (not granted, no particular reason)."""
    if author.role not in (DeviceRole.MEMBER, DeviceRole.OBSERVER) or not allowed & DELEGATION_GRANTS:
        return False
    if Who.DRAFTING in allowed:
        return facts.drafting(author, op)
    by_owner = Who.OWN in allowed or (Who.HOST in allowed and author.role == DeviceRole.MEMBER)
    if by_owner and entry.owner and author.delegation is not None:
        return None if facts.owners(entry, op) == {author.delegation} else False
    return False


# --- words for refusals and for docs/authorisation.md ---------------------------------------------

OP_LABELS = {
    Op.CREATE: Bilingual("crear filas en", "create rows of"),
    Op.UPDATE: Bilingual("modificar filas de", "change rows of"),
    Op.DELETE: Bilingual("borrar filas de", "delete rows of"),
    Op.TEXT: Bilingual("editar el texto de", "edit the text of"),
}
WHO_LABELS = {
    Who.ST: Bilingual("la ST", "the ST"),
    Who.PPT: Bilingual("la PPT", "the PPT"),
    Who.ADMIN: Bilingual("un administrador", "an administrator"),
    Who.OWN: Bilingual("la delegación de la fila", "the row's own delegation"),
    Who.HOST: Bilingual("el país anfitrión", "the host country"),
    Who.DRAFTING: Bilingual("quien permitan las reglas de redacción", "whom the drafting rules allow"),
}
ROLE_LABELS = {
    DeviceRole.ST: Bilingual("la ST", "the ST"),
    DeviceRole.PPT: Bilingual("la PPT", "the PPT"),
    DeviceRole.MEMBER: Bilingual("un País Miembro", "a member country"),
    DeviceRole.OBSERVER: Bilingual("un observador", "an observer"),
}


def who_label(who: Iterable[Who]) -> Bilingual:
    chosen = [WHO_LABELS[w] for w in Who if w in set(who)]
    if not chosen:
        return Bilingual("nadie", "nobody")
    return Bilingual(", ".join(w.es for w in chosen), ", ".join(w.en for w in chosen))


def role_label(author: Author) -> Bilingual:
    base = ROLE_LABELS.get(author.role) if author.role else None
    name = base or Bilingual("un dispositivo sin rol", "a device without a role")
    if author.delegation:
        return Bilingual(f"{name.es} ({author.delegation})", f"{name.en} ({author.delegation})")
    return name


# --- the table as docs/authorisation.md shows it ----------------------------------------------------

DOC_BEGIN = "<!-- matrix:begin (generated from crm_desktop/domain/authorisation.py; scripts/authorisation_doc.py) -->"
DOC_END = "<!-- matrix:end -->"


def _cell(who: frozenset[Who]) -> str:
    return ", ".join(WHO_LABELS[w].en for w in Who if w in who) or "nobody"


def _owner_cell(entry: Entry) -> str:
    if entry.owner is None:
        return ""
    via = f" (via {entry.owner.via})" if entry.owner.via else ""
    return " or ".join(f"`{f}`" for f in entry.owner.fields) + via


def markdown_table() -> str:
    """The matrix as one Markdown table, in the order of :data:`MATRIX`."""
    lines = [
        "| Table | Create | Change | Delete | Row's delegation | CRM rules | Note |",
        "|---|---|---|---|---|---|---|",
    ]
    for e in MATRIX.values():
        if e.table == TEXT_OP:
            cells = ["`ytext` (text op)", _cell(e.text), "", ""]
        else:
            cells = [f"`{e.table}`", _cell(e.create), _cell(e.update), _cell(e.delete)]
        rules = ", ".join(r.value for r in e.rules)
        lines.append("| " + " | ".join([*cells, _owner_cell(e), rules, e.note]) + " |")
    return "\n".join(lines)


def render_doc(text: str) -> str:
    """``text`` (docs/authorisation.md) with the generated table between its markers replaced."""
    head, _, rest = text.partition(DOC_BEGIN)
    _, _, tail = rest.partition(DOC_END)
    return f"{head}{DOC_BEGIN}\n{markdown_table()}\n{DOC_END}{tail}"
