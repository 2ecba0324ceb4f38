"""The reference dataset (countries, organisations) and the bodies' configuration.

Both are versioned data files under ``resources/reference`` so that a change of membership or of
the process's structure is an edit, not a release.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import Bilingual
from crm_desktop.domain.model import Category


@dataclass(frozen=True, slots=True)
class CountryRef:
    code: str
    name_es: str
    name_en: str
    status: str  # "member" | "observer"
    timezones: tuple[str, ...]

    @property
    def category(self) -> Category:
        return Category.MEMBER_COUNTRY if self.status == "member" else Category.OBSERVER_COUNTRY

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)


@dataclass(frozen=True, slots=True)
class OrganisationRef:
    key: str
    acronym: str
    category: Category
    name_es: str
    name_en: str

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)


@dataclass(frozen=True, slots=True)
class SegmentConfig:
    key: str
    name_es: str
    name_en: str
    admits: dict[str, str]  # category -> "yes" | "no" | "invited"
    closed_door: bool = False
    audience: str = "public"
    required_agenda_items: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)

    @property
    def label(self) -> Bilingual:
        return Bilingual(self.name_es, self.name_en)


@dataclass(frozen=True, slots=True)
class BodyConfig:
    key: str
    kind: str
    name_es: str
    name_en: str
    short_es: str
    short_en: str
    colour: str
    segments: tuple[SegmentConfig, ...]
    meets_per_year: int | None = None
    preferred_months: tuple[int, ...] = ()
    meets_immediately_before: str | None = None
    host_must_be_ppt: bool = False
    ppt_bears_costs: bool = False
    ppt_attends_opening: bool = False
    drafting_group: bool = False
    drafting_named_at_start: bool = False
    documents: tuple[str, ...] = ()
    expected_head_role: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)

    @property
    def label(self) -> Bilingual:
        return Bilingual(self.name_es, self.name_en)

    def short(self, lang: str) -> str:
        return in_lang(self.short_es, self.short_en, lang)

    def segment(self, key: str) -> SegmentConfig | None:
        return next((s for s in self.segments if s.key == key), None)


@dataclass(frozen=True, slots=True)
class ProcessConfig:
    bodies: tuple[BodyConfig, ...]
    ppt_costs: tuple[str, ...]
    st_costs: tuple[str, ...]
    version: str

    def body(self, key: str) -> BodyConfig:
        for b in self.bodies:
            if b.key == key:
                return b
        raise KeyError(key)

    def has_body(self, key: str) -> bool:
        return any(b.key == key for b in self.bodies)


def _read_json(name: str) -> dict[str, Any]:
    text = resources.files("crm_desktop.resources").joinpath("reference", name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def countries() -> tuple[CountryRef, ...]:
    return tuple(
        CountryRef(c["code"], c["name_es"], c["name_en"], c["status"], tuple(c["timezones"]))
        for c in _read_json("reference.json")["countries"]
    )


@cache
def organisations() -> tuple[OrganisationRef, ...]:
    return tuple(
        OrganisationRef(o["key"], o["acronym"], Category(o["category"]), o["name_es"], o["name_en"])
        for o in _read_json("reference.json")["organisations"]
    )


def country(code: str) -> CountryRef:
    for c in countries():
        if c.code == code:
            return c
    raise KeyError(code)


def delegation_category(key: str) -> Category | None:
    """The category of a delegation key: a country code, or an organisation key (None: unknown)."""
    for c in countries():
        if c.code == key:
            return c.category
    for o in organisations():
        if o.key == key:
            return o.category
    return None


def member_codes() -> list[str]:
    return [c.code for c in countries() if c.status == "member"]


def observer_codes() -> list[str]:
    return [c.code for c in countries() if c.status == "observer"]


def parse_process_config(data: dict[str, Any]) -> ProcessConfig:
    """Build a :class:`ProcessConfig` from its JSON form (the default file or a workspace's own)."""
    known = {f for f in BodyConfig.__dataclass_fields__} - {"segments", "extra"}
    bodies = []
    for b in data["bodies"]:
        segments = tuple(
            SegmentConfig(
                key=s["key"],
                name_es=s["name_es"],
                name_en=s["name_en"],
                admits=dict(s["admits"]),
                closed_door=bool(s.get("closed_door", False)),
                audience=s.get("audience", "public"),
                required_agenda_items=tuple(s.get("required_agenda_items", ())),
            )
            for s in b["segments"]
        )
        kwargs: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in b.items() if k in known}
        extra = {k: v for k, v in b.items() if k not in known and k != "segments"}
        bodies.append(BodyConfig(segments=segments, extra=extra, **kwargs))
    costs = data.get("costs", {})
    return ProcessConfig(
        bodies=tuple(bodies),
        ppt_costs=tuple(costs.get("ppt", ())),
        st_costs=tuple(costs.get("st", ())),
        version=str(data.get("version", "")),
    )


@cache
def default_process_config() -> ProcessConfig:
    return parse_process_config(_read_json("bodies.json"))


def default_process_config_json() -> dict[str, Any]:
    return _read_json("bodies.json")


def delegation_name(code: str | None, lang: str) -> str:
    """A delegation key as people say it: the country's name in ``lang``, or the organisation's acronym."""
    if not code:
        return ""
    for c in countries():
        if c.code == code:
            return c.name(lang)
    for o in organisations():
        if o.key == code:
            return o.acronym
    return code
