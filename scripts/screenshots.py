"""Write a PNG of every registered section, in Spanish and in English, on a demo workspace.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--workspace DIR] [--size WxH] [--sections a,b] [--lang es|en]

``--size`` is the window's size (default 1280x800; the README's pictures are taken at 1366x768, a
laptop, and 1920x1080); with a size given, the file names end in it (``drafting-editor-es-1366x768.png``).
``--sections`` limits the pictures to some sections (``drafting,agenda``), skipping the sync laptops.

Runs offscreen; ``widget.grab()`` gives the pixels a screen would show. Besides one picture per
section it grabs the calendar's year and list views, a meeting's page, the meeting dialog, the four
tabs of the drafting view on the draft Declaration, and the sync section's tabs on two demo laptops
that joined (keys in passphrase files, not the keyring).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, ctx: object, rounds: int = 6) -> None:
    """Let background reads finish and their results paint."""
    for _ in range(rounds):
        ctx.wait()  # type: ignore[attr-defined]
        app.processEvents()


SUFFIX = ""  # "-1366x768" when a size is asked for


def grab(widget: QWidget, path: Path) -> None:
    if SUFFIX:
        path = path.with_name(f"{path.stem}{SUFFIX}{path.suffix}")
    widget.grab().save(str(path))
    print(path)


def window_size(text: str) -> tuple[int, int]:
    """``"1366x768"`` -> (1366, 768); argparse reports anything else as a usage error."""
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size WxH: {text!r}") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return w, h


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--workspace", help="an existing workspace (default: a fresh demo)")
    parser.add_argument("--size", type=window_size, help="window size WxH (default 1280x800)")
    parser.add_argument("--sections", help="comma-separated section keys (default: all, and the sync laptops)")
    parser.add_argument("--lang", choices=("es", "en"), help="one language (default: both)")
    args = parser.parse_args()
    global SUFFIX
    size = args.size or (1280, 800)
    if args.size:
        SUFFIX = f"-{size[0]}x{size[1]}"
    only = {x.strip() for x in args.sections.split(",")} if args.sections else None
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp(prefix="crm-shots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    QCoreApplication.setOrganizationName("crm-desktop-screenshots")

    from crm_desktop.app.workspace import Workspace
    from crm_desktop.demo import build_demo
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.i18n import Translations
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.meetings.dialog import MeetingDialog

    if args.workspace:
        directory = Path(args.workspace)
    else:
        directory = Path(tempfile.mkdtemp(prefix="crm-shots-")) / "demo"
        build_demo(directory).close()
    translations = Translations(app)
    sync_admin = joined_laptops(directory) if only is None or "sync" in only else None
    for lang in (args.lang,) if args.lang else ("es", "en"):
        translations.apply(lang)
        ws = Workspace(directory, lang=lang)
        ctx = UiContext(ws, lang=lang)
        window = MainWindow(ctx)
        window.resize(*size)
        window.show()
        for s in window.sections:
            if only is not None and s.key not in only:
                continue
            widget = window.show_section(s.key)
            settle(app, ctx)
            if s.key == "calendar" and widget is not None:
                calendar = widget
                calendar.go_to(__import__("datetime").date(2026, 3, 17))  # a month with networks and GRCM
                settle(app, ctx)
                grab(window, out / f"{s.key}-month-{lang}.png")
                calendar.set_mode("year")
                settle(app, ctx)
                grab(window, out / f"{s.key}-year-{lang}.png")
                calendar.set_mode("list")
                settle(app, ctx)
                grab(window, out / f"{s.key}-list-{lang}.png")
                calendar.set_mode("month")
                entry = next(e for e in calendar.data.entries if e.body == "viceministers" and e.start.year == 2026)
                dialog = MeetingDialog(ctx, entry=entry, parent=window)
                dialog.show()
                settle(app, ctx)
                grab(dialog, out / f"meeting-dialog-{lang}.png")
                dialog.close()
            elif s.key == "meetings" and widget is not None:
                grab(window, out / f"{s.key}-{lang}.png")
                calendar_view = window.section_widget("calendar")
                entry = next(
                    e for e in calendar_view.data.entries if e.body == "viceministers" and e.start.year == 2026
                )
                ctx.navigate("meetings", meeting_id=entry.id)
                settle(app, ctx)
                grab(window, out / f"meeting-page-{lang}.png")
            elif s.key == "delegations" and widget is not None:
                grab(window, out / f"{s.key}-people-{lang}.png")
                calendar_view = window.section_widget("calendar")
                vm = next(e for e in calendar_view.data.entries if e.body == "viceministers" and e.start.year == 2026)
                ctx.navigate("delegations", meeting_id=vm.id)  # its accreditation, by segment
                settle(app, ctx)
                grab(window, out / f"{s.key}-accreditation-{lang}.png")
                widget.segment_box.setCurrentIndex(widget.segment_box.findData("closed_door"))
                observer = next(p for p in widget.data.people if p["category"] == "observer_country")
                widget.accredit(observer["id"])  # refused: the rule's reason is shown
                settle(app, ctx)
                grab(window, out / f"{s.key}-refused-{lang}.png")
                window.message_bar.dismiss()
            elif s.key == "agenda" and widget is not None:
                grab(window, out / f"{s.key}-{lang}.png")
                if widget.compare_button.isEnabled():  # the last kept version against the current agenda
                    from crm_desktop.ui.agenda.compare_dialog import CompareVersionsDialog

                    compared = CompareVersionsDialog(ctx, widget.state.agenda, widget.state.versions, window)
                    compared.show()
                    settle(app, ctx)
                    grab(compared, out / f"{s.key}-compare-{lang}.png")
                    compared.close()
                widget.select_item(widget.model.items()[0].id)
                widget.remove_current()  # a required item: the refusal explains why
                settle(app, ctx)
                grab(window, out / f"{s.key}-required-{lang}.png")
                window.message_bar.dismiss()
            elif s.key == "drafting" and widget is not None:
                # The Declaration under negotiation, seen by the chair, in each of the four tabs.
                from crm_desktop.app.drafting import list_documents

                declaration = next(
                    x for x in list_documents(ws) if x["type"] == "declaration" and x["audience"] == "public"
                )
                ctx.navigate("drafting", document_id=declaration["id"])
                settle(app, ctx, rounds=10)
                for i, tab in enumerate(("editor", "compilation", "comparison", "adoption")):
                    widget.tabs.setCurrentIndex(i)
                    settle(app, ctx)
                    grab(window, out / f"{s.key}-{tab}-{lang}.png")
                widget.tabs.setCurrentIndex(0)
                from crm_desktop.app import calendar as calendar_service
                from crm_desktop.ui.drafting.new_document import NewDocumentDialog

                new_doc = NewDocumentDialog(
                    list(calendar_service.load(ws).entries), widget.loaded.view.meeting_id, lang, window
                )
                new_doc.show()
                settle(app, ctx)
                grab(new_doc, out / f"{s.key}-new-document-{lang}.png")
                new_doc.close()
                widget.ask_screen = lambda choices, default: default
                widget.project()  # the chair shows the selected paragraph to the room
                settle(app, ctx)
                if widget.projector is not None:
                    widget.projector.resize(*size)
                    settle(app, ctx)
                    grab(widget.projector, out / f"{s.key}-projector-{lang}.png")
                    widget.projector.close()
            elif s.key == "reports" and widget is not None:
                calendar_view = window.section_widget("calendar")
                vm = next(e for e in calendar_view.data.entries if e.body == "viceministers" and e.start.year == 2026)
                ctx.navigate("reports", meeting_id=vm.id)
                settle(app, ctx)
                widget.select_document("participants")
                widget.preview()
                settle(app, ctx)
                grab(window, out / f"{s.key}-preview-{lang}.png")
                dialog = widget.open_send_dialog()
                settle(app, ctx)
                dialog.closed_door_check.setChecked(True)
                dialog.drafts_folder.setText(tempfile.mkdtemp(prefix="crm-shots-drafts-"))
                dialog.write_drafts()  # the report lists who receives what and who is excluded
                settle(app, ctx)
                grab(dialog, out / f"send-dialog-{lang}.png")
                dialog.close()
                widget.tabs.setCurrentIndex(1)
                settle(app, ctx)
                grab(window, out / f"{s.key}-outbox-{lang}.png")
            elif s.key == "process" and widget is not None:
                names = ("overview", "plan", "follow-up", "work-plans", "budget", "logistics", "handover")
                for index, name in enumerate(names):
                    widget.tabs.setCurrentIndex(index)
                    settle(app, ctx)
                    grab(window, out / f"{s.key}-{name}-{lang}.png")
            else:
                grab(window, out / f"{s.key}-{lang}.png")
        window.close()
        ctx.wait()
        window.deleteLater()
        ctx.deleteLater()
        app.processEvents()
        ws.close()
        if sync_admin is not None:
            sync_shots(app, sync_admin, out, lang, size)
    return 0


def joined_laptops(demo: Path) -> Path:
    """A copy of the demo founded by one laptop, a second laptop joined, and one conflict between them."""
    import shutil

    from crm_desktop.app import sync
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.domain.model import Audience
    from crm_desktop.store.schema import Meeting
    from crm_desktop.sync.keystore import PASSPHRASE_ENV

    os.environ[PASSPHRASE_ENV] = "demo passphrase for screenshots"
    root = Path(tempfile.mkdtemp(prefix="crm-shots-sync-"))
    shutil.copytree(demo, root / "admin")
    admin = Workspace(root / "admin")
    sync.found(admin, person_name="María Coordinadora", role="st", key_file=True)
    other = Workspace(root / "cr")
    request = root / "cr.json"
    sync.write_join_request(other, request, person_name="Ana Solís", role="member", country="CR", key_file=True)
    sync.import_file(other, sync.approve(admin, request).welcome)
    with admin.read() as s:
        meeting = s.query(Meeting).filter(Meeting.host_country_id == "CR").first()  # a member edits its own events
    assert meeting is not None
    with admin.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting.id, venue="Sala A")
    with other.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting.id, venue="Sala B")
    sync.import_data(admin, sync.export(other, None, to=[admin.device_id]).data)
    other.close()
    admin.close()
    return root / "admin"


def sync_shots(app: QApplication, directory: Path, out: Path, lang: str, size: tuple[int, int]) -> None:
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.ui.context import UiContext
    from crm_desktop.ui.main_window import MainWindow

    ws = Workspace(directory, lang=lang)
    ctx = UiContext(ws, lang=lang)
    window = MainWindow(ctx, initial_section="sync")
    window.resize(*size)
    window.show()
    view = window.section_widget("sync")
    settle(app, ctx)
    for i, name in enumerate(("device", "roster", "exchange", "conflicts")):
        view.tabs.setCurrentIndex(i)  # type: ignore[union-attr]
        settle(app, ctx)
        grab(window, out / f"sync-{name}-{lang}.png")
    window.close()
    ctx.wait()
    window.deleteLater()
    ctx.deleteLater()
    app.processEvents()
    ws.close()


if __name__ == "__main__":
    sys.exit(main())
