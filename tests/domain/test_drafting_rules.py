"""Who may draft, propose, chair and object; adoption by consensus and the silence procedure."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.domain import drafting_rules as r
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant, Role

MEETING = "m1"
DECLARATION = r.DocumentFacts("d1", MEETING, commitments=True, audience=Audience.PUBLIC)
REPORT = r.DocumentFacts("d2", MEETING, commitments=False, audience=Audience.PUBLIC)
CLOSED = r.DocumentFacts("d3", MEETING, commitments=True, audience=Audience.CLOSED_DOOR)
ADOPTED = r.DocumentFacts("d4", MEETING, commitments=True, audience=Audience.PUBLIC, status="adopted")


def member(country: str = "MX", *, seat: bool = False, ppt: str | None = "CR", closed: bool = False) -> r.Drafter:
    return r.Drafter(Participant(f"p-{country}", Category.MEMBER_COUNTRY, country), seat, ppt, closed)


def chair() -> r.Drafter:
    return member("CR", seat=True)


def st() -> r.Drafter:
    return r.Drafter(Participant("st", Category.SECRETARIAT, organisation="ST", roles=frozenset({Role.ST_COORDINATOR})))


def observer_country(code: str = "CO") -> r.Drafter:
    return r.Drafter(Participant(f"p-{code}", Category.OBSERVER_COUNTRY, code))


def observer_org(key: str = "OIM") -> r.Drafter:
    return r.Drafter(Participant(f"p-{key}", Category.OBSERVER_ORG, organisation=key))


def authorisation(subject: str, cap: Capability = Capability.DRAFTING) -> Act:
    return Act(ActKind.PPT_AUTHORISATION, subject, MEETING, frozenset({cap}), "2026-11-17")


def test_only_drafting_group_ppt_and_st_edit_the_text() -> None:
    """Seed, B: "solicita a los países que identifiquen un representante para el Grupo de Redacción. Este grupo
    se encarga de redactar los documentos resultantes de cada Reunión." — the PPT "Encabeza los Grupos de
    Redacción"; seed, E: the ST "Prepara agendas, ponencias, documentos e informes."
    """
    assert r.may_edit(member("MX", seat=True), DECLARATION).allowed
    assert r.may_edit(chair(), DECLARATION).allowed
    assert r.may_edit(st(), DECLARATION).allowed
    refused = r.may_edit(member("MX", seat=False), DECLARATION)
    assert not refused.allowed and refused.reason is not None
    assert refused.reason.code == "draft.not_drafting_group"
    assert not r.may_edit(observer_org(), REPORT).allowed


def test_ppt_staff_count_as_the_presidency_but_not_other_countries_staff() -> None:
    """Seed, B: the PPT "Encabeza los Grupos de Redacción de cada Red, así como el del GRCM y la CRM"."""
    staff = r.Drafter(
        Participant("s", Category.MEMBER_COUNTRY, "CR", roles=frozenset({Role.PPT_STAFF})), ppt_country="CR"
    )
    assert staff.is_ppt and r.may_chair(staff, DECLARATION).allowed
    other = r.Drafter(
        Participant("s", Category.MEMBER_COUNTRY, "MX", roles=frozenset({Role.PPT_STAFF})), ppt_country="CR"
    )
    assert not other.is_ppt and not r.may_chair(other, DECLARATION).allowed
    assert not r.may_chair(member("MX", seat=True), DECLARATION).allowed
    assert not r.may_chair(st(), DECLARATION).allowed


def test_observer_countries_need_a_ppt_authorisation_for_documents_with_recommendations_or_commitments() -> None:
    """Seed, intro: observer countries "no intervienen [...] en la elaboración de documentos que contengan
    recomendaciones o compromisos, a menos que cuenten con previa autorización de la Presidencia Pro-Témpore."
    """
    co = observer_country("CO")
    verdict = r.may_propose(co, DECLARATION)
    assert not verdict.allowed and verdict.reason is not None
    assert verdict.reason.code == "draft.observer_needs_authorisation"
    assert r.may_propose(co, REPORT).allowed  # no recommendations or commitments
    allowed = r.may_propose(co, DECLARATION, [authorisation("CO")])
    assert allowed.allowed and allowed.exception is not None
    # an authorisation for another capability, another observer or another meeting does not count
    assert not r.may_propose(co, DECLARATION, [authorisation("CO", Capability.AGENDA_ITEMS)]).allowed
    assert not r.may_propose(co, DECLARATION, [authorisation("PE")]).allowed
    other_meeting = Act(ActKind.PPT_AUTHORISATION, "CO", "m2", frozenset({Capability.DRAFTING}))
    assert not r.may_propose(co, DECLARATION, [other_meeting]).allowed
    # an authorisation recorded for no meeting covers none
    unscoped = Act(ActKind.PPT_AUTHORISATION, "CO", None, frozenset({Capability.DRAFTING}))
    assert not r.may_propose(co, DECLARATION, [unscoped]).allowed
    assert not r.may_take_position(co, DECLARATION).allowed
    # member delegations outside the drafting group may still propose through amendments
    assert r.may_propose(member("GT"), DECLARATION).allowed


def test_observer_organisations_taking_part_propose_without_authorisation() -> None:
    """The text limits observer countries' drafting, not the organisations': once they attend (the GRCM's
    technical meetings, seed C; a network only when invited, seed D) they take part."""
    assert r.may_propose(observer_org("OIM"), DECLARATION).allowed
    assert not r.may_object(observer_org("OIM"), DECLARATION).allowed


def test_who_does_not_attend_the_meeting_does_not_draft_its_documents() -> None:
    """Seed, C: "Los organismos observadores participan en las reuniones técnicas del GRCM, no así los
    países observadores" — not even with a PPT authorisation for drafting."""
    absent = r.Drafter(observer_country("CO").who, attends=False)
    for docs in (DECLARATION, REPORT):
        verdict = r.may_propose(absent, docs, [authorisation("CO")])
        assert not verdict.allowed and verdict.reason and verdict.reason.code == "draft.not_attending"
    uninvited = r.Drafter(observer_org("OIM").who, attends=False)
    assert r.may_propose(uninvited, REPORT).reason.code == "draft.not_attending"  # type: ignore[union-attr]


def test_a_member_delegation_not_accredited_to_the_meeting_cannot_object() -> None:
    """Consensus is among those taking part: an absent delegation's objection does not block adoption."""
    absent = r.Drafter(member("US").who, accredited=False)
    verdict = r.may_object(absent, DECLARATION)
    assert not verdict.allowed and verdict.reason and verdict.reason.code == "draft.objection_not_accredited"
    assert "US" in verdict.reason.render("en") and "no está acreditada" in verdict.reason.render("es")


def test_only_member_countries_object_to_consensus() -> None:
    """Seed, A: "Las decisiones, adoptadas por consenso y de carácter vinculante" (the member countries');
    observers "no intervienen [...] en los procesos de toma de decisiones" (intro).
    """
    assert r.may_object(member("US"), DECLARATION).allowed
    for who in (observer_country(), observer_org(), st()):
        assert not r.may_object(who, DECLARATION).allowed


def test_closed_door_documents_only_for_those_in_the_room() -> None:
    """Seed, A: "Reunión a 'puerta cerrada' a la que asisten únicamente los(as) Viceministros(as) /
    Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel"."""
    assert r.may_edit(member("MX", closed=True), CLOSED).allowed
    assert not r.may_edit(member("MX", seat=True, closed=False), CLOSED).allowed
    assert not r.may_edit(st(), CLOSED).allowed
    assert not r.may_see(observer_org(), CLOSED).allowed
    assert not r.may_comment(member("GT"), CLOSED).allowed


def test_comments_visible_to_all_or_to_the_own_delegation() -> None:
    """Comments are seen by everyone or only by the delegation that wrote them (issue 4, rule 4)."""
    assert r.comment_visible("all", "MX", "GT")
    assert r.comment_visible("delegation", "MX", "MX")
    assert not r.comment_visible("delegation", "MX", "GT")


def test_an_adopted_document_is_frozen() -> None:
    """Seed, A: decisions "se registran en la Declaración y las Decisiones emitidas al concluir cada reunión"."""
    for check in (r.may_edit, r.may_chair, r.may_object, r.may_name_version):
        assert not check(chair(), ADOPTED).allowed
    assert not r.may_propose(member(), ADOPTED).allowed


def test_audience_never_changes() -> None:
    """Deleted text survives in CRDT history, so confidential text lives in its own document (issue 4)."""
    assert r.audience_fixed(Audience.PUBLIC, Audience.PUBLIC).allowed
    assert not r.audience_fixed(Audience.CLOSED_DOOR, Audience.PUBLIC).allowed


def test_adoption_by_consensus() -> None:
    """Seed, A: "Las decisiones, adoptadas por consenso y de carácter vinculante, se registran en la Declaración
    y las Decisiones"."""
    assert r.adoption(bracketed_paragraphs=[], open_proposals=0, objections=[]).allowed
    blocked = r.adoption(bracketed_paragraphs=["2", "2 bis"], open_proposals=0, objections=[])
    assert not blocked.allowed and blocked.reason is not None and "2 bis" in blocked.reason.render("en")
    assert not r.adoption(bracketed_paragraphs=[], open_proposals=1, objections=[]).allowed
    objection = r.adoption(bracketed_paragraphs=[], open_proposals=0, objections=[r.Objection("GT", "No.")])
    assert not objection.allowed and objection.reason is not None and "GT" in objection.reason.render("es")
    # an observer's objection does not block consensus among member countries
    assert r.adoption(bracketed_paragraphs=[], open_proposals=0, objections=[r.Objection("OIM", "No.")]).allowed


def test_silence_procedure_broken_by_a_written_objection() -> None:
    """Seed, A: decisions "adoptadas por consenso": a silence procedure is consent unless a member objects in
    writing before the deadline."""
    opened = datetime(2026, 11, 20, 9)
    silence = r.Silence(opened, opened + timedelta(days=2))
    assert r.silence_outcome(silence, [], opened + timedelta(hours=1)) == "running"
    assert r.silence_outcome(silence, [], opened + timedelta(days=3)) == "elapsed"
    written = r.Objection("MX", "Objetamos el párrafo 2.", opened + timedelta(days=1))
    assert r.silence_outcome(silence, [written], opened + timedelta(days=3)) == "broken"
    late = r.Objection("MX", "Tarde.", opened + timedelta(days=5))
    assert r.silence_outcome(silence, [late], opened + timedelta(days=6)) == "elapsed"
    observer = r.Objection("OIM", "No.", opened + timedelta(hours=2))
    assert r.silence_outcome(silence, [observer], opened + timedelta(days=3)) == "elapsed"
