"""A realistic demo workspace: one Pro-Tempore Presidency year of the process, plus the history of
past meetings found in public records.

Names of people are invented; meetings before the demo year come from public records
(``resources/demo/crm-meetings-history.csv``). Everything is created through the same services a
user calls, so the demo also exercises every rule.

The demo is built by :data:`STEPS`, in order; each step takes the shared :class:`~crm_desktop.demo.context.Demo`
(the workspace, the seeded random source, the cast). A step added at the end (say, texts for an
English-speaking demo) sees everything the earlier ones made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from crm_desktop.app.workspace import Workspace, finish_building, init_workspace
from crm_desktop.demo import earlier, people, semesters, vice_ministers
from crm_desktop.demo.context import DEMO_YEAR, Demo
from crm_desktop.demo.drafting import add_demo_documents
from crm_desktop.demo.english import add_english
from crm_desktop.demo.process import add_process_demo

Step = Callable[[Demo], None]


def drafting(demo: Demo) -> None:
    """Step: the negotiated documents (a Declaration in negotiation, closed-door Decisions, reports)."""
    add_demo_documents(demo.ws)


def process(demo: Demo) -> None:
    """Step: the between-meetings process (Plan of Action, work plans, follow-up, budget, logistics)."""
    add_process_demo(demo.ws)


def english(demo: Demo) -> None:
    """Step: what people type once but read in two languages (meeting titles, positions, institutions)."""
    add_english(demo.ws)


STEPS: tuple[tuple[str, Step], ...] = (
    ("history", earlier.history),  # meetings of past years, from public records
    ("people", people.enrol),  # every delegation's people
    ("directory", people.directory),  # focal points of the member countries and observer organisations
    ("last year", earlier.last_year),  # last year's Vice-Ministers' meeting, this year's PPT designated
    ("first seminar", earlier.first_seminar),
    ("networks and GRCM", semesters.networks_and_grcm),  # accreditations, drafting seats, agendas
    ("second seminar", earlier.second_seminar),
    ("vice-ministers", vice_ministers.vice_ministers),  # plenary and closed door, the next PPT
    ("drafting", drafting),
    ("process", process),
    ("english", english),
)


def build_demo(directory: Path, *, lang: str = "es", seed: int = 2026) -> Workspace:
    """Create the demo workspace in ``directory`` (which must not hold a workspace yet).

    The workspace carries the "being built" mark until the last step: a demo killed halfway is
    reported by ``check`` and built again from scratch by the next ``demo``.
    """
    demo = Demo(init_workspace(directory, f"CRM {DEMO_YEAR} (demo)", lang=lang, building="demo"), random.Random(seed))
    for _name, step in STEPS:
        with demo.ws.batch():  # a step's many changes in one transaction (each still its own changeset)
            step(demo)
    finish_building(demo.ws)
    return demo.ws
