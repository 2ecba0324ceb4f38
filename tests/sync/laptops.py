"""Several laptops in one test: separate workspace directories, one founder, joined devices."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.app import sync
from crm_desktop.app.dump import dump_data
from crm_desktop.app.workspace import Workspace, init_workspace


class Laptops:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.ws: dict[str, Workspace] = {}
        self.n = 0

    def found(self, name: str = "admin", role: str = "st") -> Workspace:
        w = init_workspace(self.root / name, "CRM 2026")
        sync.found(w, person_name=f"Persona {name}", role=role)
        self.ws[name] = w
        return w

    def join(
        self,
        name: str,
        *,
        role: str = "member",
        country: str | None = "CR",
        org: str | None = None,
        admin: str = "admin",
    ) -> Workspace:
        w = Workspace(self.root / name)
        req = self.root / f"{name}-join.json"
        sync.write_join_request(
            w,
            req,
            person_name=f"Persona {name}",
            role=role,
            country=None if org else country,
            organisation=org,
        )
        approval = sync.approve(self.ws[admin], req)
        sync.import_file(w, approval.welcome)
        self.ws[name] = w
        return w

    def bundle(self, sender: str, *to: str, full: bool = False) -> bytes:
        w = self.ws[sender]
        ids = [self.ws[t].device_id for t in to]
        return sync.export(w, None, to=ids, full=full).data

    def deliver(self, data: bytes, to: str) -> sync.ImportResult:
        return sync.import_data(self.ws[to], data)

    def dump(self, name: str) -> dict[str, object]:
        return dump_data(self.ws[name])["tables"]  # type: ignore[no-any-return]

    def close(self) -> None:
        for w in self.ws.values():
            w.close()
