"""Texts of the rule warnings' listing and of the citations of the coordination text."""

from __future__ import annotations

RULE_MESSAGES: dict[str, tuple[str, str]] = {
    "rule.source_section": ("Sección {section}: «{sentence}»", "Section {section}: “{sentence}”"),
    "rule.source_note": ("Nota {section}: «{sentence}»", "Note {section}: “{sentence}”"),
    "warn.vm_missing": (
        "la Reunión de Viceministros(as) es anual: no hay ninguna registrada en {year}",
        "the Vice-Ministers' Meeting is annual: none is recorded in {year}",
    ),
    "warn.grcm_missing": (
        "el GRCM se reúne dos veces al año: no hay ninguna reunión registrada en {year}",
        "the GRCM meets twice a year: no meeting is recorded in {year}",
    ),
    "warnings.none": ("No hay advertencias.", "No warnings."),
    "warnings.year": ("Año {year}", "Year {year}"),
    "warnings.count": ("{count} advertencia(s)", "{count} warning(s)"),
    "check.summary_ok": (
        "correcto: {changesets} conjuntos de cambios, {warnings} advertencia(s)",
        "ok: {changesets} changesets, {warnings} warning(s)",
    ),
    "check.summary_problems": (
        "con problemas: {changesets} conjuntos de cambios, {warnings} advertencia(s)",
        "problems: {changesets} changesets, {warnings} warning(s)",
    ),
}
