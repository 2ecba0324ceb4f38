"""Invented names, institutions and titles for the demo's people."""

from __future__ import annotations

from crm_desktop.domain.model import Role

FIRST = [
    "María",
    "José",
    "Ana",
    "Luis",
    "Carmen",
    "Jorge",
    "Rosa",
    "Carlos",
    "Lucía",
    "Miguel",
    "Elena",
    "Andrés",
    "Sofía",
    "Ricardo",
    "Patricia",
    "Fernando",
    "Gabriela",
    "Héctor",
    "Mónica",
    "Raúl",
    "Verónica",
    "Álvaro",
    "Daniela",
    "Óscar",
    "Inés",
    "Julián",
    "Beatriz",
    "Tomás",
    "Noemí",
    "Iván",
]
LAST = [
    "García",
    "Martínez",
    "Rodríguez",
    "López",
    "Hernández",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Núñez",
    "Castillo",
    "Morales",
    "Ortiz",
    "Jiménez",
    "Vargas",
    "Rojas",
    "Muñoz",
    "Peña",
    "Chacón",
    "Solís",
    "Zúñiga",
    "Quirós",
    "Aguilar",
    "Mejía",
    "Cordero",
    "Araújo",
    "Villalobos",
    "Ibáñez",
]
FIRST_EN = [
    "Emily",
    "James",
    "Olivia",
    "Michael",
    "Sarah",
    "David",
    "Jennifer",
    "Robert",
    "Karen",
    "Daniel",
    "Laura",
    "Kevin",
    "Rachel",
    "Brian",
    "Megan",
    "Andrew",
]
LAST_EN = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Taylor",
    "Wilson",
    "Campbell",
    "Tremblay",
    "Martin",
    "Roy",
    "Young",
    "Gagnon",
    "Clarke",
    "Reid",
    "Baker",
    "Hall",
]
ENGLISH_SPEAKING = {"US", "CA", "BZ", "JM"}

INSTITUTIONS = {
    Role.VICE_MINISTER: ("Viceministerio de Relaciones Exteriores", "Vice-Ministry of Foreign Affairs"),
    Role.HIGH_LEVEL_OFFICIAL: ("Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs"),
    Role.DIRECTOR_MIGRATION: ("Dirección General de Migración", "Immigration Department"),
    Role.LIAISON_TRAFFICKING: ("Fiscalía contra la Trata de Personas", "Anti-Trafficking Unit"),
    Role.LIAISON_CONSULAR: ("Dirección de Asuntos Consulares", "Consular Affairs Directorate"),
    Role.FOCAL_POINT: ("Dirección de Política Migratoria", "Migration Policy Directorate"),
    Role.DELEGATE: ("Dirección General de Migración", "Immigration Department"),
}
TITLES = {
    Role.VICE_MINISTER: ("Viceministro(a)", "Vice-Minister"),
    Role.HIGH_LEVEL_OFFICIAL: ("Director(a) General", "Director General"),
    Role.DIRECTOR_MIGRATION: ("Director(a) de Migración", "Director of Migration"),
    Role.LIAISON_TRAFFICKING: ("Oficial de enlace", "Liaison officer"),
    Role.LIAISON_CONSULAR: ("Oficial de enlace", "Liaison officer"),
    Role.FOCAL_POINT: ("Punto focal", "Focal point"),
    Role.DELEGATE: ("Asesor(a)", "Adviser"),
}


FEMININE = frozenset(
    "María Ana Carmen Rosa Lucía Elena Sofía Patricia Gabriela Mónica Verónica Daniela Inés Beatriz Noemí "
    "Emily Olivia Sarah Jennifer Karen Laura Rachel Megan".split()
)
