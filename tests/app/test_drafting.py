"""Negotiated documents through the services: permissions, negotiation, versions, adoption, replay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.app import accreditation, presidency
from crm_desktop.app import drafting as d
from crm_desktop.app.check import check
from crm_desktop.app.dump import dump_text
from crm_desktop.app.errors import AppError, Refused
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import ActKind, Capability, Role
from crm_desktop.domain.symbols import document_symbol, file_name
from crm_desktop.drafting.negotiation import ParagraphStatus, ProposalKind, Stance
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section
from crm_desktop.store.schema import Changeset
from tests.helpers import meeting, person

P = d.ParagraphInput


@dataclass
class Room:
    ws: Workspace
    vm: str
    chair: str  # Costa Rica, holding the Presidency, its drafting representative
    mx: str
    gt: str
    us: str  # accredited, not in the drafting group
    co: str  # observer country
    oim: str  # observer organisation
    st: str
    doc: str
    pids: list[str]


def make_room(ws: Workspace) -> Room:
    vm = meeting(ws, "viceministers", start="2026-05-10", host="CR")
    presidency.announce_candidacy(ws, "CR", 2026, vm)
    presidency.designate(ws, "CR", 2026, meeting_id=vm)
    people = {
        "chair": person(ws, "Ana Quirós", country="CR", role=Role.HIGH_LEVEL_OFFICIAL),
        "mx": person(ws, "Luis Peña", country="MX", role=Role.HIGH_LEVEL_OFFICIAL),
        "gt": person(ws, "Rosa Mejía", country="GT", role=Role.HIGH_LEVEL_OFFICIAL),
        "us": person(ws, "Emily Reid", country="US", role=Role.DELEGATE),
        "co": person(ws, "Iván Rojas", country="CO", role=Role.OBSERVER_DELEGATE),
        "oim": person(ws, "Inés Ortiz", org="OIM", role=Role.OBSERVER_DELEGATE),
        "st": person(ws, "Tomás Solís", org="ST", role=Role.ST_COORDINATOR),
    }
    for pid in people.values():
        accreditation.accredit(ws, vm, pid, "plenary")
    for key in ("chair", "mx", "gt"):
        accreditation.name_drafting_representative(ws, vm, people[key])
    doc = d.create_document(
        ws,
        d.DocumentInput(vm, DocType.DECLARATION, title="Declaración de San José"),
        actor=people["chair"],
        paragraphs=[
            P(Section.TITLE, "Declaración de San José", ParagraphKind.HEADING),
            P(Section.PREAMBLE, "Reconociendo la cooperación regional en migración,"),
            P(Section.OPERATIVE, "Los Estados deberán proteger a la niñez migrante 🙂."),
            P(Section.OPERATIVE, "Encomendar a la ST un informe sobre 移民 y retorno."),
            P(Section.OPERATIVE, "con indicadores semestrales;", sub_item=True),
            P(Section.ANNEX, "Aprobar el presupuesto de la Secretaría Técnica."),
        ],
    )
    pids = [p.id for p in d.document_view(ws, doc).paragraphs]
    return Room(ws, vm, doc=doc, pids=pids, **people)


@pytest.fixture
def room(ws: Workspace) -> Room:
    return make_room(ws)


def texts(room: Room) -> list[str]:
    return [p.text for p in d.document_view(room.ws, room.doc).paragraphs]


def refused(fn, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(Refused) as err:
        fn(*args, **kwargs)
    assert err.value.exit_code == 3
    return err.value.message.code


def test_document_structure_numbers_and_texts(room: Room) -> None:
    view = d.document_view(room.ws, room.doc)
    assert [p.display for p in view.paragraphs] == ["", "PP1", "1.", "2.", "a)", "D1"]
    assert view.paragraphs[2].text == "Los Estados deberán proteger a la niñez migrante 🙂."
    assert view.symbol == "CRM/VM/2026-05-10/DECL" and view.audience == "public"


def test_wrong_body_and_unknown_actor_are_refused(room: Room) -> None:
    grcm = meeting(room.ws, "grcm", start="2026-03-10", host="CR")
    assert refused(d.create_document, room.ws, d.DocumentInput(grcm, DocType.DECLARATION), actor=room.chair) == (
        "draft.wrong_body"
    )
    with pytest.raises(AppError):
        d.edit_paragraph(room.ws, room.pids[2], "x", actor="")


def test_only_the_drafting_group_ppt_and_st_edit(room: Room) -> None:
    """Seed, B: the drafting group "se encarga de redactar los documentos"; a delegate outside it is refused."""
    before = dump_text(room.ws)
    assert refused(d.edit_paragraph, room.ws, room.pids[2], "Otro texto.", actor=room.us) == "draft.not_drafting_group"
    assert refused(d.add_paragraph, room.ws, room.doc, "Nuevo.", actor=room.co) == "draft.not_drafting_group"
    assert dump_text(room.ws) == before  # a refusal writes nothing
    d.edit_paragraph(room.ws, room.pids[2], "Los Estados procurarán proteger a la niñez migrante 🙂.", actor=room.mx)
    d.edit_paragraph(room.ws, room.pids[3], "Encomendar a la Secretaría Técnica un informe sobre 移民.", actor=room.st)
    assert texts(room)[2].startswith("Los Estados procurarán")
    assert check(room.ws).ok


def test_observer_refused_unless_authorised_by_the_ppt(room: Room) -> None:
    """Seed, intro: observers do not take part in drafting documents with recommendations or commitments
    "a menos que cuenten con previa autorización de la Presidencia Pro-Témpore"."""
    kwargs = dict(paragraph_id=room.pids[2], new=" y adolescente", anchor="niñez")
    assert refused(d.propose, room.ws, room.doc, ProposalKind.INSERT, actor=room.co, **kwargs) == (
        "draft.observer_needs_authorisation"
    )
    accreditation.record_act(
        room.ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=room.vm, capabilities=[Capability.AGENDA_ITEMS]
    )
    assert refused(d.propose, room.ws, room.doc, ProposalKind.INSERT, actor=room.co, **kwargs)
    accreditation.record_act(
        room.ws, ActKind.PPT_AUTHORISATION, "CO", meeting_id=room.vm, capabilities=[Capability.DRAFTING]
    )
    pid = d.propose(room.ws, room.doc, ProposalKind.INSERT, actor=room.co, **kwargs)
    proposal = d.document_view(room.ws, room.doc).paragraphs[2].proposals[0]
    assert proposal.id == pid and proposal.delegation == "CO"
    # The text limits observer countries only: an observer organisation in the plenary proposes as it is.
    d.propose(room.ws, room.doc, ProposalKind.INSERT, actor=room.oim, **kwargs)


def test_negotiation_support_oppose_bracket_resolve_agree(room: Room) -> None:
    ws = room.ws
    prop = d.propose(
        ws,
        room.doc,
        ProposalKind.REPLACE,
        actor=room.mx,
        paragraph_id=room.pids[2],
        old="deberán",
        new="procurarán",
        rationale="Lenguaje menos vinculante.",
    )
    d.take_position(ws, prop, Stance.SUPPORT, actor=room.us)
    d.take_position(ws, prop, Stance.OPPOSE, actor=room.gt)
    d.take_position(ws, prop, Stance.SUPPORT, actor=room.gt)  # a delegation changes its mind: one position each
    row = d.document_view(ws, room.doc).paragraphs[2].proposals[0]
    assert row.support == ("GT", "US") and row.oppose == ()
    assert refused(d.decide, ws, prop, "accept", actor=room.mx) == "draft.chair_only"
    assert refused(d.set_paragraph_status, ws, room.pids[2], ParagraphStatus.AGREED, actor=room.chair) == (
        "draft.agree_with_proposals"
    )
    d.decide(ws, prop, "bracket", actor=room.chair)
    para = d.document_view(ws, room.doc).paragraphs[2]
    assert para.text == "Los Estados [deberán][procurarán] proteger a la niñez migrante 🙂."
    assert para.status == "bracketed" and para.brackets == 1
    assert refused(d.decide, ws, prop, "accept", actor=room.chair) == "draft.proposal_closed"
    assert refused(d.set_paragraph_status, ws, room.pids[2], ParagraphStatus.AGREED, actor=room.chair) == (
        "draft.agree_with_brackets"
    )
    d.resolve_bracket(ws, room.pids[2], 0, 1, actor=room.mx)
    d.set_paragraph_status(ws, room.pids[2], ParagraphStatus.AGREED_AD_REFERENDUM, actor=room.chair)
    d.set_paragraph_status(ws, room.pids[2], ParagraphStatus.AGREED, actor=room.chair)
    para = d.document_view(ws, room.doc).paragraphs[2]
    assert para.text == "Los Estados procurarán proteger a la niñez migrante 🙂." and para.status == "agreed"
    new_par = d.propose(
        ws, room.doc, ProposalKind.NEW_PARAGRAPH, actor=room.gt, new="Nuevo párrafo.", after=room.pids[2]
    )
    d.decide(ws, new_par, "accept", actor=room.chair)
    assert texts(room)[3] == "Nuevo párrafo."
    moved = d.propose(ws, room.doc, ProposalKind.MOVE, actor=room.gt, paragraph_id=room.pids[3], after=None)
    d.decide(ws, moved, "accept", actor=room.chair)
    assert texts(room)[2] == "Encomendar a la ST un informe sobre 移民 y retorno."
    assert check(ws).ok


def _clear_brackets_and_proposals(room: Room) -> None:
    for p in d.document_view(room.ws, room.doc).paragraphs:
        for x in p.proposals:
            d.decide(room.ws, x.id, "reject", actor=room.chair)
        while d.document_view(room.ws, room.doc).paragraphs[room.pids.index(p.id)].brackets:
            d.resolve_bracket(room.ws, p.id, 0, 0, actor=room.chair)


def test_adoption_by_consensus_only_without_brackets_or_member_objections(room: Room) -> None:
    """Seed, A: "Las decisiones, adoptadas por consenso y de carácter vinculante, se registran en la
    Declaración y las Decisiones"."""
    ws = room.ws
    d.edit_paragraph(
        ws, room.pids[3], "Encomendar a la ST un informe sobre [移民][migración] y retorno.", actor=room.gt
    )
    assert refused(d.adopt, ws, room.doc, actor=room.chair) == "draft.brackets_remain"
    d.resolve_bracket(ws, room.pids[3], 0, 1, actor=room.chair)
    d.object_to(ws, room.doc, "Guatemala no puede aceptar el párrafo 2.", actor=room.gt)
    assert refused(d.object_to, ws, room.doc, "No.", actor=room.oim) == "draft.objection_members_only"
    # A member delegation that is not accredited to the meeting does not block its consensus.
    absent = person(ws, "Carlos Duarte", country="HN", role=Role.DELEGATE)
    assert refused(d.object_to, ws, room.doc, "No.", actor=absent) == "draft.objection_not_accredited"
    assert refused(d.adopt, ws, room.doc, actor=room.chair) == "draft.objections"
    assert refused(d.adopt, ws, room.doc, actor=room.mx) == "draft.chair_only"
    d.withdraw_objection(ws, room.doc, actor=room.gt)
    version = d.adopt(ws, room.doc, actor=room.chair)
    view = d.document_view(ws, room.doc)
    assert view.status == "adopted" and view.version == "Final"
    assert d.versions(ws, room.doc)[-1]["id"] == version
    assert refused(d.edit_paragraph, ws, room.pids[2], "Cambio tardío.", actor=room.chair) == "draft.adopted_frozen"
    assert check(ws).ok


def test_silence_procedure_broken_by_a_written_objection_then_elapsed(room: Room) -> None:
    ws = room.ws
    opened = datetime(2026, 5, 11, 18, 0)
    deadline = opened + timedelta(days=2)
    d.open_silence(ws, room.doc, deadline, actor=room.chair, now=opened)
    assert refused(d.adopt, ws, room.doc, actor=room.chair, now=opened + timedelta(hours=3)) == "draft.silence_running"
    d.object_to(ws, room.doc, "México rompe el silencio.", actor=room.mx, when=opened + timedelta(days=1))
    assert refused(d.adopt, ws, room.doc, actor=room.chair, now=deadline + timedelta(hours=1)) == "draft.silence_broken"
    d.withdraw_objection(ws, room.doc, actor=room.mx)
    second = deadline + timedelta(days=2)
    d.open_silence(ws, room.doc, second, actor=room.chair, now=deadline + timedelta(hours=2))
    d.object_to(ws, room.doc, "Demasiado tarde.", actor=room.gt, when=second + timedelta(hours=1))
    d.adopt(ws, room.doc, actor=room.chair, now=second + timedelta(days=1))  # the late objection does not count
    assert d.document_view(ws, room.doc).status == "adopted"


def test_versions_freeze_numbers_compare_words_and_restore_as_a_new_change(room: Room) -> None:
    ws = room.ws
    d.name_version(ws, room.doc, actor=room.chair)
    assert refused(d.name_version, ws, room.doc, actor=room.mx) == "draft.chair_only"
    d.edit_paragraph(ws, room.pids[2], "Los Estados procurarán proteger a la niñez migrante 🙂.", actor=room.mx)
    new = d.add_paragraph(ws, room.doc, "Instar a las Redes a cooperar.", actor=room.gt, after=room.pids[2])
    labels = {p.id: p.display for p in d.document_view(ws, room.doc).paragraphs}
    assert labels[new] == "1 bis." and labels[room.pids[3]] == "2."  # frozen since Rev.1
    diffs = {x.id: x for x in d.compare_versions(ws, room.doc, "Rev.1")}
    assert diffs[new].change == "added"
    changed = [(r.style.value, r.text) for r in diffs[room.pids[2]].runs if r.style.value != "plain"]
    assert changed == [("deleted", "deberán"), ("added", "procurarán")]
    d.name_version(ws, room.doc, actor=room.st)
    labels = {p.id: p.display for p in d.document_view(ws, room.doc).paragraphs}
    assert labels[new] == "2." and labels[room.pids[3]] == "3."  # Rev.2 renumbers
    with ws.read() as s:
        before = s.scalar(select(func.count()).select_from(Changeset))
    d.restore_version(ws, room.doc, "Rev.1", actor=room.chair)
    assert texts(room)[2] == "Los Estados deberán proteger a la niñez migrante 🙂."
    assert new not in [p.id for p in d.document_view(ws, room.doc).paragraphs]
    with ws.read() as s:
        assert s.scalar(select(func.count()).select_from(Changeset)) == before + 1
    assert [v["label"] for v in d.versions(ws, room.doc)] == ["Rev.1", "Rev.2"]
    history = d.paragraph_history(ws, room.pids[2])
    assert [h.delegation for h in history] == ["CR", "MX", "CR"]
    assert history[1].after.startswith("Los Estados procurarán") and history[1].person == "Luis Peña"
    assert check(ws).ok


def test_comments_visible_to_all_or_to_the_own_delegation(room: Room) -> None:
    ws = room.ws
    d.add_comment(
        ws, room.doc, "Consultar con la capital.", actor=room.mx, paragraph_id=room.pids[2], visibility="delegation"
    )
    d.add_comment(ws, room.doc, "Cerrar el párrafo hoy.", actor=room.chair)
    d.add_comment(ws, room.doc, "La OIM ofrece apoyo técnico.", actor=room.oim)
    assert len(d.comments_for(ws, room.doc, room.mx)) == 3
    assert [c["delegation"] for c in d.comments_for(ws, room.doc, room.gt)] == ["CR", "OIM"]


def test_closed_door_text_lives_in_its_own_document(ws: Workspace) -> None:
    from crm_desktop.domain.model import Audience

    room = make_room(ws)
    vm_person = person(ws, "Héctor Núñez", country="MX", role=Role.VICE_MINISTER)
    accreditation.accredit(ws, room.vm, vm_person, "closed_door")
    conf = d.create_document(
        ws,
        d.DocumentInput(room.vm, DocType.DECLARATION, audience=Audience.CLOSED_DOOR),
        actor=vm_person,
        paragraphs=[P(Section.ANNEX, "Decisión reservada.")],
    )
    with ws.read() as s:
        audiences = {cs.audience for cs in s.scalars(select(Changeset)) if conf in str(cs.ops)}
    assert audiences == {"closed_door"}
    assert d.document_view(ws, conf).symbol == "CRM/VM/2026-05-10/DECL/CD"  # the reports' closed-door mark
    pid = d.document_view(ws, conf).paragraphs[0].id
    assert refused(d.edit_paragraph, ws, pid, "Filtrado.", actor=room.mx) == "draft.closed_door_only"
    assert refused(d.add_comment, ws, conf, "?", actor=room.oim) == "draft.closed_door_only"


def test_an_editing_session_keeps_one_fresh_client_id_and_attributes_its_edits(room: Room) -> None:
    session = d.EditingSession(room.ws, room.doc, room.mx)
    other = d.EditingSession(room.ws, room.doc, room.mx)
    assert session.client_id != other.client_id
    session.set_text(room.pids[2], "Los Estados procurarán proteger a la niñez migrante 🙂.")
    session.set_text(room.pids[3], "Encomendar a la ST un estudio sobre 移民.")
    authors = d.authors(room.ws, room.doc)
    assert authors[session.client_id]["person_id"] == room.mx and authors[session.client_id]["delegation"] == "MX"
    assert other.client_id not in authors  # a session that wrote nothing leaves no trace
    with pytest.raises(Refused):
        d.EditingSession(room.ws, room.doc, room.us).set_text(room.pids[2], "x")


def test_every_drafting_operation_the_services_write_passes_may_apply(room: Room) -> None:
    """What the sync layer will check on arrival agrees with what the services allowed when writing."""
    from crm_desktop.domain.drafting_rules import DocumentFacts
    from crm_desktop.domain.model import Audience
    from crm_desktop.drafting.permissions import is_drafting_op, may_apply
    from crm_desktop.store.schema import Meeting
    from crm_desktop.store.tables.drafting import DraftSession

    ws = room.ws

    def acting(person: str):  # type: ignore[no-untyped-def]
        ws.author = person
        return person

    accreditation.record_act(
        ws, ActKind.PPT_AUTHORISATION, "OIM", meeting_id=room.vm, capabilities=[Capability.DRAFTING]
    )
    with ws.read() as s:
        start = s.scalar(select(func.max(Changeset.seq)).where(Changeset.device_id == ws.device_id))
    d.edit_paragraph(
        ws, room.pids[2], "Los Estados [deberán][podrán] proteger a la niñez migrante 🙂.", actor=acting(room.mx)
    )
    prop = d.propose(
        ws, room.doc, ProposalKind.INSERT, actor=acting(room.oim), paragraph_id=room.pids[3], new=" y 移民"
    )
    d.take_position(ws, prop, Stance.OPPOSE, actor=acting(room.gt))
    d.add_comment(ws, room.doc, "Nota interna.", actor=acting(room.gt), visibility="delegation")
    d.decide(ws, prop, "accept", actor=acting(room.chair))
    d.move_paragraph(ws, room.pids[3], actor=acting(room.st), at_start=True)
    d.name_version(ws, room.doc, actor=acting(room.st))
    d.resolve_bracket(ws, room.pids[2], 0, 0, actor=acting(room.gt))
    d.object_to(ws, room.doc, "Reserva.", actor=acting(room.gt))
    d.withdraw_objection(ws, room.doc, actor=acting(room.gt))
    d.set_paragraph_status(ws, room.pids[2], ParagraphStatus.AGREED, actor=acting(room.chair))
    d.adopt(ws, room.doc, actor=acting(room.chair))
    facts = DocumentFacts(room.doc, room.vm, commitments=True, audience=Audience.PUBLIC)
    checked = 0
    with ws.read() as s:
        meeting = s.get(Meeting, room.vm)
        assert meeting is not None
        sessions = {int(x.id): str(x.person_id) for x in s.scalars(select(DraftSession))}
        acts = accreditation.acts_for(s, room.vm)
        for cs in s.scalars(select(Changeset).where(Changeset.seq > start).order_by(Changeset.seq)):
            author = d.drafter(s, cs.author, meeting)
            for op in cs.ops:
                if is_drafting_op(op):
                    verdict = may_apply(op, author, facts, acts=acts, sessions=sessions)
                    assert verdict.allowed, (op, verdict.reason.render("en") if verdict.reason else None)
                    checked += 1
    assert checked >= 15
    # and a stranger replaying the chair's changesets as their own is refused
    with ws.read() as s:
        last = s.scalars(select(Changeset).order_by(Changeset.seq.desc())).first()
        assert last is not None and meeting is not None
        stranger = d.drafter(s, room.us, meeting)
        assert not all(
            may_apply(op, stranger, facts, acts=acts, sessions=sessions).allowed
            for op in last.ops
            if is_drafting_op(op)
        )


def test_a_negotiated_text_uses_the_reports_symbol_scheme(room: Room) -> None:
    # One scheme (domain.symbols): what the drafting group names a text is what its PDF prints.
    view = d.document_view(room.ws, room.doc)
    meeting_start = datetime(2026, 5, 10, 9, 0)
    assert view.symbol == document_symbol("viceministers", None, meeting_start, "declaration")
    assert file_name(view.symbol, "es") == "CRM-VM-2026-05-10-DECL-es.pdf"
