"""The facts of a changeset are read in batches: the rows it names or points at, and the rows pointing
back at them, in one statement per table, whichever way :class:`Facts` reads (the window's ORM session
or the import's plain SQL), and the answers are those of one row at a time."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.workspace import Workspace
from crm_desktop.store.facts import Facts
from crm_desktop.store.schema import Accreditation
from crm_desktop.sync.authorisation_facts import DbFacts

_FROM = re.compile(r'FROM "?(\w+)"?')


@contextmanager
def _statements(s: Session) -> Iterator[Counter[str]]:
    """Statements run on the session's connection while inside, counted per table read."""
    seen: Counter[str] = Counter()
    raw: Any = s.connection().connection.driver_connection

    def trace(sql: str) -> None:
        if m := _FROM.search(sql):
            seen[m.group(1)] += 1

    raw.set_trace_callback(trace)
    try:
        yield seen
    finally:
        raw.set_trace_callback(None)


def test_a_list_of_accreditations_reads_each_table_once(demo: Workspace) -> None:
    with demo.read() as s:
        q = select(Accreditation.person_id, Accreditation.meeting_id).order_by(Accreditation.id)
        pairs = list(dict.fromkeys((str(p), str(m)) for p, m in s.execute(q)))[:40]
        assert len({p for p, _ in pairs}) > 10
        ops = [
            {"op": "put", "e": "accreditations", "id": f"new-{n}", "f": {"person_id": p, "meeting_id": m}}
            for n, (p, m) in enumerate(pairs)
        ]
        one_by_one = Facts(s)
        expected = {p: one_by_one.participant(p) for p, _ in pairs}
        accredited = {m: one_by_one.accredited(m, "OIM") for _, m in pairs}
        for facts in (Facts(s), DbFacts(s.connection())):
            facts.begin(ops)
            with _statements(s) as seen:
                assert {p: facts.participant(p) for p, _ in pairs} == expected
                assert {m: facts.accredited(m, "OIM") for _, m in pairs} == accredited
            assert seen["people"] == 1, type(facts).__name__
            assert seen["role_assignments"] == 1, type(facts).__name__
            assert seen["accreditations"] == 1, type(facts).__name__
