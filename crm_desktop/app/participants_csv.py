"""Participant lists of a meeting as CSV: export, and import with a per-row preview.

The same columns go out and come back in, so an exported list can be edited in a spreadsheet and
imported again (a person already on the list is recognised and skipped, not duplicated). Import reads
the whole file first and explains every row: format errors (unknown country, bad e-mail...) and the
CRM's own admission rules (closed-door limits, observers without invitation), simulated row by row as
if the earlier rows had been accredited. Valid rows are then written in one changeset.

Spreadsheets: quoting is RFC 4180's both ways (the ``csv`` module's Excel dialect; only the delimiter
is sniffed, so ``"Ministerio ""A"", Dirección"`` stays one cell). A cell that a spreadsheet would run
as a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is exported
with a leading single quote, OWASP's rule against CSV injection, and import removes that quote again;
cells are trimmed of spaces only, so a leading tab is content, not padding.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.accreditation import _act_id, _explain, _participants_in, acts_for
from crm_desktop.app.errors import BadInput
from crm_desktop.app.lookup import get
from crm_desktop.app.people import PersonInput, put_person, roles_of
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import rules
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Act, Audience, Category, Participant, Role
from crm_desktop.store import schema
from crm_desktop.store.local_files import read_input
from crm_desktop.store.schema import Accreditation, Meeting, Person

MAX_CSV = 16 * 1024 * 1024  # a participants list is a few kilobytes

COLUMNS = (
    "name",
    "category",
    "country",
    "organisation",
    "title",
    "institution",
    "email",
    "phone",
    "roles",
    "segment",
)


@dataclass
class CsvRow:
    """One data row of the file, with what importing it would do.

    ``status``: "new" (a new person, accredited), "existing" (a known person, accredited),
    "already" (already accredited to that segment: skipped) or "error" (see ``errors``).
    """

    line: int
    values: dict[str, str]
    person: PersonInput | None = None
    segment: str = "plenary"
    errors: list[Message] = field(default_factory=list)
    person_id: str | None = None
    status: str = "error"
    exception: Act | None = None  # the invitation or authorisation that admits this row

    @property
    def ok(self) -> bool:
        return not self.errors


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


# What makes a spreadsheet evaluate a cell (OWASP's list); quotes in front are ours, one per export.
_FORMULA_START = frozenset("=+-@\t\r")


def neutralise(value: str) -> str:
    """The cell as exported: a leading single quote before anything a spreadsheet would evaluate."""
    rest = value.lstrip("'")
    return "'" + value if rest[:1] and rest[0] in _FORMULA_START else value


def restore(value: str) -> str:
    """The cell as imported: :func:`neutralise` undone."""
    rest = value.lstrip("'")
    return value[1:] if value.startswith("'") and rest[:1] and rest[0] in _FORMULA_START else value


def _dialect(text: str) -> type[csv.Dialect]:
    """RFC 4180 (Excel) quoting with the delimiter the header uses: comma, semicolon or tab."""
    try:
        delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def parse(text: str) -> list[CsvRow]:
    """Split a CSV text into rows and check each row's format (not yet the rules)."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a spreadsheet's byte-order mark
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise BadInput(msg("csv.no_name_column")) from None
    except csv.Error as exc:
        raise BadInput(msg("csv.unreadable", detail=str(exc))) from None
    if "name" not in header:
        raise BadInput(msg("csv.no_name_column"))
    rows: list[CsvRow] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            cells += [""] * (len(header) - len(cells))
            values = {h: restore(cells[i].strip(" ")) for i, h in enumerate(header) if h in COLUMNS}
            rows.append(_check_format(CsvRow(number, values)))
    except csv.Error as exc:
        raise BadInput(msg("csv.unreadable", detail=str(exc))) from None
    return rows


def _check_format(row: CsvRow) -> CsvRow:
    from crm_desktop.domain.reference import countries, organisations

    v = row.values
    errors = row.errors
    name = v.get("name", "")
    if not name:
        errors.append(msg("csv.empty_name"))
    country_refs = {c.code: c for c in countries()}
    org_refs = {o.key: o for o in organisations()}
    by_acronym = {o.acronym.upper(): o for o in organisations()}
    code = v.get("country", "").upper()
    org_key = v.get("organisation", "")
    country = country_refs.get(code) if code else None
    org = (org_refs.get(org_key) or by_acronym.get(org_key.upper())) if org_key else None
    if code and country is None:
        errors.append(msg("csv.bad_country", value=v["country"]))
    if org_key and org is None:
        errors.append(msg("csv.bad_organisation", value=org_key))
    raw_category = v.get("category", "")
    category: Category | None = None
    if raw_category:
        try:
            category = Category(raw_category)
        except ValueError:
            errors.append(msg("csv.bad_category", value=raw_category))
    elif country is not None:
        category = country.category
    elif org is not None:
        category = org.category
    if category in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY):
        if country is None and not code:
            errors.append(msg("csv.no_delegation"))
        elif country is not None and country.category != category:
            errors.append(msg("csv.country_category", value=country.code, category=category.value))
    elif category in (Category.OBSERVER_ORG, Category.CIVIL_SOCIETY, Category.SECRETARIAT):
        if org is None and not org_key:
            errors.append(msg("csv.no_delegation"))
    elif category is None and not raw_category and not code and not org_key:
        errors.append(msg("csv.no_delegation"))
    email = v.get("email", "")
    if email and ("@" not in email or " " in email):
        errors.append(msg("csv.bad_email", value=email))
    roles: list[Role] = []
    for r in (x.strip() for x in v.get("roles", "").replace(";", ",").split(",")):
        if not r:
            continue
        try:
            roles.append(Role(r))
        except ValueError:
            errors.append(msg("csv.bad_role", value=r))
    segment = (v.get("segment") or "plenary").replace("-", "_")
    if segment not in ("plenary", "closed_door"):
        errors.append(msg("csv.bad_segment", value=v.get("segment", "")))
    row.segment = segment
    if not errors and category is not None:
        row.person = PersonInput(
            name=name,
            category=category,
            country=country.code
            if country and category in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY)
            else None,
            organisation=org.key
            if org and category not in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY)
            else None,
            title=v.get("title") or None,
            institution=v.get("institution") or None,
            email=email or None,
            phone=v.get("phone") or None,
            roles=tuple(roles),
        )
    return row


def _evaluate(ws: Workspace, session: Session, meeting: Meeting, rows: list[CsvRow]) -> None:
    """Match rows to known people and apply the admission rules as if earlier rows were accredited."""
    body = ws.config.body(meeting.body_id)
    acts = acts_for(session, meeting.id)
    known: dict[tuple[str, str], Person] = {}
    for person in session.scalars(select(Person)):
        known.setdefault((_fold(person.name), person.country_id or person.organisation_id or ""), person)
    roles = roles_of(session)
    present: dict[str, list[Participant]] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:
        if row.errors or row.person is None:
            row.status = "error"
            continue
        segment = body.segment(row.segment)
        if segment is None:
            row.errors.append(msg("csv.bad_segment", value=row.segment))
            row.status = "error"
            continue
        p = row.person
        delegation = p.country or p.organisation or ""
        key = (_fold(p.name), delegation, row.segment)
        if key in seen:
            row.errors.append(msg("csv.duplicate", line=seen[key]))
            row.status = "error"
            continue
        seen[key] = row.line
        existing = known.get((_fold(p.name), delegation))
        row.person_id = existing.id if existing else None
        if existing:
            who_roles = frozenset(Role(r) for r in roles.get(existing.id, set()) if r in Role._value2member_map_)
            who = Participant(
                existing.id, Category(existing.category), existing.country_id, existing.organisation_id, who_roles
            )
        else:
            who = Participant(f"new:{row.line}", p.category, p.country, p.organisation, frozenset(p.roles))
        in_segment = present.setdefault(row.segment, _participants_in(session, meeting.id, row.segment))
        verdict = rules.admission(
            body, row.segment, who, meeting_id=meeting.id, acts=acts, already_in_segment=in_segment
        )
        if not verdict.allowed:
            assert verdict.reason is not None
            if verdict.reason.code == "attend.already":
                row.status = "already"
                continue
            row.errors.append(_explain(body, row.segment, p.name, verdict.reason))
            row.status = "error"
            continue
        in_segment.append(who)
        row.exception = verdict.exception
        row.status = "existing" if existing else "new"


def read_file(path: Path) -> str:
    raw = read_input(path, limit=MAX_CSV)
    for encoding in ("utf-8", "cp1252"):  # spreadsheets on Windows still save in cp1252
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput(msg("csv.unreadable", detail=str(path)))


def preview(ws: Workspace, meeting_id: str, text: str) -> list[CsvRow]:
    """What importing ``text`` would do, row by row; nothing is written."""
    rows = parse(text)
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        _evaluate(ws, s, meeting, rows)
    return rows


@dataclass(frozen=True)
class ImportResult:
    created: int
    accredited: int
    skipped: int
    rows: list[CsvRow]


def import_text(ws: Workspace, meeting_id: str, text: str, *, skip_invalid: bool = False) -> ImportResult:
    """Import a participant list in one changeset.

    With rows in error nothing is written (``BadInput`` lists them), unless ``skip_invalid``: then the
    valid rows are imported and the others reported.
    """
    rows = parse(text)
    has_closed = any(r.segment == "closed_door" for r in rows)
    with ws.change(Audience.CLOSED_DOOR if has_closed else Audience.MEMBERS) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        _evaluate(ws, ch.session, meeting, rows)
        bad = [r for r in rows if r.errors]
        if bad and not skip_invalid:
            raise BadInput(msg("csv.has_errors", count=len(bad)))
        created = accredited = 0
        for row in rows:
            if row.status not in ("new", "existing"):
                continue
            assert row.person is not None
            pid = row.person_id
            if pid is None:
                pid = put_person(ch, row.person)
                row.person_id = pid
                created += 1
            ch.put(
                Accreditation,
                new_id(),
                meeting_id=meeting.id,
                person_id=pid,
                segment=row.segment,
                delegation=row.person.country or row.person.organisation or pid,
                act_id=_act_id(ch.session, row.exception, meeting.id),
                accredited_on=date.today(),
            )
            accredited += 1
    return ImportResult(created, accredited, sum(1 for r in rows if r.status == "already"), rows)


def export_rows(ws: Workspace, meeting_id: str) -> list[dict[str, str]]:
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        pairs = s.execute(
            select(Accreditation, Person)
            .join(Person, Person.id == Accreditation.person_id)
            .where(Accreditation.meeting_id == meeting.id)
            .order_by(Accreditation.segment.desc(), Accreditation.delegation, Person.name)
        ).all()
        roles = roles_of(s, [p.id for _, p in pairs])
        orgs = {o.id: o.acronym for o in s.scalars(select(schema.Organisation))}
    return [
        {
            "name": p.name,
            "category": p.category,
            "country": p.country_id or "",
            "organisation": orgs.get(p.organisation_id or "", p.organisation_id or ""),
            "title": p.title or "",
            "institution": p.institution or "",
            "email": p.email or "",
            "phone": p.phone or "",
            "roles": ",".join(sorted(roles.get(p.id, set()))),
            "segment": a.segment,
        }
        for a, p in pairs
    ]


def csv_text(rows: list[dict[str, str]]) -> str:
    """Rows as CSV: RFC 4180 quoting, CRLF, formula-like cells neutralised."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: neutralise(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def export_text(ws: Workspace, meeting_id: str) -> str:
    return csv_text(export_rows(ws, meeting_id))


def export_file(ws: Workspace, meeting_id: str, path: Path) -> int:
    """Write the list (UTF-8 with a byte-order mark, so spreadsheets read the accents); returns the row count."""
    rows = export_rows(ws, meeting_id)
    path.write_text("\ufeff" + csv_text(rows), encoding="utf-8", newline="")
    return len(rows)
