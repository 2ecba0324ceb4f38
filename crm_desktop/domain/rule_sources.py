"""Where each calendar and process warning comes from in the CRM's coordination text.

A warning shown to a delegate cites the section of «Coordinación de reuniones en el marco de la
CRM» and the sentence it applies, so that the ST can point at the text rather than at the software.
The quote is the text's own sentence in Spanish; the English is a faithful rendering of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.messages import Bilingual, Message, msg


@dataclass(frozen=True, slots=True)
class RuleSource:
    """A section of the text ("A".."E", or a footnote number) and the sentence a rule applies."""

    section: str
    sentence: Bilingual
    note: bool = False  # a footnote of the text rather than a lettered section

    def message(self) -> Message:
        code = "rule.source_note" if self.note else "rule.source_section" if self.section else "rule.source_intro"
        return msg(code, section=self.section, sentence=self.sentence)


_VM_WHEN = RuleSource(
    "A",
    Bilingual(
        "Se celebra en la primavera o el primer semestre de cada año.",
        "It is held in the spring or the first half of each year.",
    ),
)
_GRCM_TWICE = RuleSource("C", Bilingual("Se lleva a cabo dos veces al año.", "It is held twice a year."))

THEMES_SOURCE = RuleSource(
    "",  # the introduction, before the lettered sections
    Bilingual(
        "La CRM divide su agenda y Plan de Acción bajo los siguientes temas: Políticas migratorias y Gestión; "
        "Derechos Humanos; y Migración y Desarrollo.",
        "The CRM divides its agenda and Plan of Action under the following themes: migration policy and "
        "management; human rights; and migration and development.",
    ),
)
CLOSED_DOOR_TOPICS_SOURCE = RuleSource(
    "A",
    Bilingual(
        "En la Reunión a “puerta cerrada” se establecen las condiciones para nuevas membresías, así como los "
        "criterios para la participación de observadores. También se toman decisiones respecto a asuntos "
        "administrativos y financieros relacionados con la Secretaría Técnica, así como acciones y actividades "
        "futuras de la CRM.",
        "In the closed-door meeting the conditions for new memberships are set, as are the criteria for the "
        "participation of observers. Decisions are also taken on administrative and financial matters of the "
        "Technical Secretariat, and on the CRM's future actions and activities.",
    ),
)
GRCM_ST_EXAMINATION_SOURCE = RuleSource(
    "C",
    Bilingual(
        "Examina cuestiones administrativas y presupuestarias relacionadas con la Secretaría Técnica (ST).",
        "It examines administrative and budget matters of the Technical Secretariat (ST).",
    ),
)
RETURN_FUND_SOURCE = RuleSource(
    "B",
    Bilingual(
        "Asume algunas obligaciones sobre la administración del fondo para el retorno de migrantes en "
        "situaciones de alta vulnerabilidad.",
        "It takes on some obligations in administering the fund for the return of migrants in highly "
        "vulnerable situations.",
    ),
)
CLOSED_DOOR_SOURCE = RuleSource(
    "A",
    Bilingual(
        "Reunión a “puerta cerrada” a la que asisten únicamente los(as) Viceministros(as) / "
        "Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel según "
        "estimen pertinente.",
        "Closed-door meeting, attended only by the Vice-Ministers / Under-Secretaries, each accompanied "
        "by one high-level official as they see fit.",
    ),
)
PPT_DIRECTS_SOURCE = RuleSource(
    "B",
    Bilingual(
        "Tiene la responsabilidad de la coordinación y dirección general de las reuniones y actividades de la "
        "CRM que se efectúen durante su período cuando así corresponda.",
        "It is responsible for the coordination and general direction of the CRM's meetings and activities "
        "held during its term, where appropriate.",
    ),
)

# Warning code -> the sentence it applies. Every warning the software raises has one (a test walks them).
SOURCES: dict[str, RuleSource] = {
    "warn.vm_first_half": _VM_WHEN,
    "warn.vm_once_a_year": _VM_WHEN,
    "warn.vm_missing": _VM_WHEN,
    "warn.grcm_twice_a_year": _GRCM_TWICE,
    "warn.grcm_missing": _GRCM_TWICE,
    "warn.network_before_grcm": RuleSource(
        "D",
        Bilingual(
            "Se reúnen inmediatamente antes de las reuniones del GRCM.",
            "They meet immediately before the GRCM meetings.",
        ),
    ),
    "warn.host_not_ppt": RuleSource(
        "A",
        Bilingual(
            "Se lleva a cabo en el territorio de alguno de los Países Miembros que ofrece actuar como "
            "Presidencia Pro-Témpore.",
            "It takes place in the territory of one of the member countries that offers to act as "
            "Pro-Tempore Presidency.",
        ),
    ),
    "warn.no_ppt": RuleSource(
        "B",
        Bilingual(
            "Es designada por consenso de los Países Miembros de la Conferencia, dentro de un esquema rotativo anual.",
            "It is designated by consensus of the member countries of the Conference, in an annual rotation.",
        ),
    ),
    "warn.ppt_opening": RuleSource(
        "3",
        Bilingual(
            "La Presidencia Pro-Témpore debe participar en la sesiones de inauguración de esos eventos.",
            "The Pro-Tempore Presidency must take part in the opening sessions of those events.",
        ),
        note=True,
    ),
    "warn.grcm_head": RuleSource(
        "C",
        Bilingual(
            "Está compuesto por Directores de Migración de los países miembros.",
            "It is made up of the directors of migration of the member countries.",
        ),
    ),
    "warn.drafting_missing": RuleSource(
        "B",
        Bilingual(
            "Al inicio de cada Reunión de las Redes y del GRCM, solicita a los países que identifiquen un "
            "representante para el Grupo de Redacción.",
            "At the start of each meeting of the networks and of the GRCM, it asks the countries to name a "
            "representative for the drafting group.",
        ),
    ),
    "warn.closed_door_topic": CLOSED_DOOR_TOPICS_SOURCE,
    "warn.ppt_directs": PPT_DIRECTS_SOURCE,
    "warn.closed_door_excess": CLOSED_DOOR_SOURCE,
}


def source_of(code: str) -> RuleSource | None:
    """The sentence of the text a warning code applies, or None for a code that cites none."""
    return SOURCES.get(code)
