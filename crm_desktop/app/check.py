"""Integrity check of a workspace: the SQLite file, foreign keys, and the op log.

The op-log check replays every changeset into a scratch database and compares the result with
the live data: any difference means a write escaped the change log.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from crm_desktop.app.dump import dump_data
from crm_desktop.app.rule_warnings import RuleWarning, list_warnings
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import msg
from crm_desktop.store.changelog import replay
from crm_desktop.store.schema import Changeset


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    rule_warnings: list[RuleWarning] = field(default_factory=list)
    changesets: int = 0

    @property
    def warnings(self) -> int:
        return len(self.rule_warnings)

    @property
    def ok(self) -> bool:
        return not self.problems


def replayed_copy(ws: Workspace, directory: Path) -> Workspace:
    """A new workspace in ``directory`` built only from ``ws``'s op log."""
    copy = Workspace(directory, lang=ws.lang)
    copy.set_meta("workspace_id", ws.workspace_id)
    copy.set_meta("name", ws.name)
    with ws.read() as s:
        changesets = list(s.scalars(select(Changeset).order_by(Changeset.hlc)))
    with copy.db.session() as s:
        replay(s, changesets)
    return copy


def check(ws: Workspace) -> CheckReport:
    report = CheckReport()
    # A creation killed halfway leaves its mark, or (killed before the mark) a workspace never
    # initialised; one waiting for its welcome bundle after a join request has a sync identity.
    joining = any(key.startswith("sync.") for key in ws.meta)
    unfinished = ws.building or (None if ws.initialised or joining else "init")
    if unfinished is not None:
        report.problems.append(msg("workspace.build_interrupted", what=unfinished).render(ws.lang))
    report.problems += ws.db.integrity_check()
    with ws.read() as s:
        report.changesets = len(s.scalars(select(Changeset.id)).all())
    with tempfile.TemporaryDirectory(prefix="crm-check-") as tmp:
        copy = replayed_copy(ws, Path(tmp))
        try:
            live, rebuilt = dump_data(ws)["tables"], dump_data(copy)["tables"]
        finally:
            copy.close()
    for table in sorted(set(live) | set(rebuilt)):
        if live.get(table) != rebuilt.get(table):
            report.problems.append(f"op log does not reproduce table {table}")
    report.rule_warnings = list_warnings(ws)
    return report
