"""Protocol of a list of participants: ranks, heads of delegation, honorifics and gendered titles.

Pure data and functions (no database): the application layer records a rank and the head of
delegation per accreditation, and a person's grammatical gender and honorific; when a rank is not
recorded it follows from the person's roles (:func:`rank_from_roles`).
"""

from __future__ import annotations

from crm_desktop.domain.grammar import in_lang

# rank → (masculine, feminine, unknown gender) in Spanish, and English; in protocol order
RANKS: dict[str, tuple[str, str, str, str]] = {
    "minister": ("Ministro", "Ministra", "Ministro(a)", "Minister"),
    "vice_minister": ("Viceministro", "Viceministra", "Viceministro(a)", "Vice-Minister"),
    "alternate": ("Representante alterno", "Representante alterna", "Representante alterno(a)", "Alternate"),
    "ambassador": ("Embajador", "Embajadora", "Embajador(a)", "Ambassador"),
    "director_general": ("Director General", "Directora General", "Director(a) General", "Director General"),
    "director": ("Director", "Directora", "Director(a)", "Director"),
    "coordinator": ("Coordinador", "Coordinadora", "Coordinador(a)", "Coordinator"),
    "representative": ("Representante", "Representante", "Representante", "Representative"),
    "adviser": ("Asesor", "Asesora", "Asesor(a)", "Adviser"),
    "liaison_officer": ("Oficial de enlace", "Oficial de enlace", "Oficial de enlace", "Liaison officer"),
    "delegate": ("Delegado", "Delegada", "Delegado(a)", "Delegate"),
    "focal_point": ("Punto focal", "Punto focal", "Punto focal", "Focal point"),
    "staff": ("Funcionario", "Funcionaria", "Funcionario(a)", "Staff member"),
}
RANK_ORDER = {key: i for i, key in enumerate(RANKS)}

# role (crm_desktop.domain.model.Role value) → rank, for accreditations that record none
_ROLE_RANKS = {
    "vice_minister": "vice_minister",
    "high_level_official": "director_general",
    "director_migration": "director",
    "st_coordinator": "coordinator",
    "rrocm_representative": "representative",
    "delegate": "adviser",
    "liaison_trafficking": "liaison_officer",
    "liaison_consular": "liaison_officer",
    "observer_delegate": "delegate",
    "focal_point": "focal_point",
    "st_it_specialist": "staff",
    "st_assistant": "staff",
    "ppt_staff": "staff",
}

# honorific key → (masculine, feminine, English); no key: Sr./Sra., Mr./Ms. when the gender is known
HONORIFICS: dict[str, tuple[str, str, str]] = {
    "dr": ("Dr.", "Dra.", "Dr."),
    "lic": ("Lic.", "Licda.", ""),
    "ing": ("Ing.", "Ing.", ""),
    "amb": ("Emb.", "Emb.", "Amb."),
}
GENDERS = ("f", "m")
HEAD = ("Jefe de Delegación", "Jefa de Delegación", "Jefe(a) de Delegación", "Head of Delegation")


def rank_from_roles(roles: list[str] | tuple[str, ...] | frozenset[str]) -> str | None:
    """The highest rank the person's roles give (None: no role says one)."""
    ranks = [_ROLE_RANKS[r] for r in roles if r in _ROLE_RANKS]
    return min(ranks, key=RANK_ORDER.__getitem__) if ranks else None


def rank_order(rank: str | None) -> int:
    return RANK_ORDER.get(rank or "", len(RANK_ORDER))


def _gendered(forms: tuple[str, str, str, str], gender: str | None, lang: str) -> str:
    es = forms[1] if gender == "f" else forms[0] if gender == "m" else forms[2]
    return in_lang(es, forms[3], lang)


def rank_title(rank: str, gender: str | None, lang: str) -> str:
    """ "Viceministra" / "Viceministro" / "Viceministro(a)" / "Vice-Minister"; bilingual: both."""
    forms = RANKS[rank]
    if lang == "bilingual":
        es, en = _gendered(forms, gender, "es"), forms[3]
        return es if es == en else f"{es} / {en}"
    return _gendered(forms, gender, lang)


def head_title(gender: str | None, lang: str) -> str:
    if lang == "bilingual":
        return f"{_gendered(HEAD, gender, 'es')} / {HEAD[3]}"
    return _gendered(HEAD, gender, lang)


def honorific(key: str | None, gender: str | None, lang: str) -> str:
    """The form of address before a name: "Sra.", "Dr.", "Ms." ("" when nothing is known).

    A bilingual list addresses people in Spanish, the CRM's working language.
    """
    es = in_lang(True, False, lang)
    if key in HONORIFICS:
        masc, fem, en = HONORIFICS[key]
        if not es:
            return en or {"f": "Ms.", "m": "Mr."}.get(gender or "", "")
        return fem if gender == "f" else masc
    if gender not in GENDERS:
        return ""
    if es:
        return "Sra." if gender == "f" else "Sr."
    return "Ms." if gender == "f" else "Mr."
