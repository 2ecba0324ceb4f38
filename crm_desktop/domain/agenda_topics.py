"""What an agenda item is about: the three themes of the CRM and the four closed-door topics.

Seed, intro: "La CRM divide su agenda y Plan de Acción bajo los siguientes temas: Políticas migratorias y
Gestión; Derechos Humanos; y Migración y Desarrollo." The agenda shares the Plan of Action's themes (the
workspace's configuration, :mod:`crm_desktop.domain.plan_of_action`).
Seed, A: in the closed-door meeting "se establecen las condiciones para nuevas membresías, así como los
criterios para la participación de observadores. También se toman decisiones respecto a asuntos
administrativos y financieros relacionados con la Secretaría Técnica, así como acciones y actividades
futuras de la CRM."
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.rule_sources import CLOSED_DOOR_TOPICS_SOURCE, THEMES_SOURCE
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse

# The four topics of the closed door, in the text's order.
CLOSED_DOOR_TOPICS: dict[str, Bilingual] = {
    "membership": Bilingual("Condiciones para nuevas membresías", "Conditions for new memberships"),
    "observer_criteria": Bilingual(
        "Criterios para la participación de observadores", "Criteria for the participation of observers"
    ),
    "st_admin_finance": Bilingual(
        "Asuntos administrativos y financieros de la Secretaría Técnica",
        "Administrative and financial matters of the Technical Secretariat",
    ),
    "future_actions": Bilingual("Acciones y actividades futuras de la CRM", "Future actions and activities of the CRM"),
}
# The topic under which the ST's annual budget is approved.
ST_FINANCE = "st_admin_finance"


def item_theme(theme: str | None, known: Sequence[str]) -> Verdict:
    """May an agenda item carry ``theme``? One of the workspace's themes (the Plan of Action's), or none."""
    if theme is None or theme in known:
        return ALLOWED
    return refuse(msg("agenda.unknown_theme", theme=theme, themes=", ".join(known), source=THEMES_SOURCE.message()))


def item_topic(topic: str | None, *, closed_door: bool) -> Verdict:
    """May an agenda item carry the closed-door ``topic``? One of the four, and only in a closed-door segment."""
    if topic is None:
        return ALLOWED
    if topic not in CLOSED_DOOR_TOPICS:
        return refuse(
            msg(
                "agenda.unknown_topic",
                topic=topic,
                topics=", ".join(CLOSED_DOOR_TOPICS),
                source=CLOSED_DOOR_TOPICS_SOURCE.message(),
            )
        )
    if not closed_door:
        return refuse(msg("agenda.topic_not_closed_door", source=CLOSED_DOOR_TOPICS_SOURCE.message()))
    return ALLOWED


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """A closed-door agenda item as the topic rule sees it: a top-level item and its topic (sub-items
    belong to their parent's topic)."""

    title: str
    topic: str | None


def closed_door_warnings(items: Sequence[ItemFacts]) -> list[Message]:
    """A closed-door item on none of the four topics: shown, never blocking (the Vice-Ministers set their
    own agenda; the text says what the closed door is for)."""
    return [msg("warn.closed_door_topic", item=i.title) for i in items if i.topic not in CLOSED_DOOR_TOPICS]


def budget_segment(closed_door: bool, segment: Bilingual) -> Verdict:
    """Seed, A: decisions on the ST's administrative and financial matters are taken behind closed doors,
    so its annual budget (E: "aprobado por los Viceministros/as") is approved in the closed-door segment."""
    if closed_door:
        return ALLOWED
    return refuse(msg("budget.closed_door_only", segment=segment, source=CLOSED_DOOR_TOPICS_SOURCE.message()))
