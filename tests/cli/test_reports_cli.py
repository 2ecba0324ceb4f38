"""``crm-desktop report`` and ``crm-desktop mail``: documents, drafts, SMTP, outbox, exit codes."""

from __future__ import annotations

import email
import io
import json
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import keyring
import pytest

from crm_desktop.cli import main
from tests.helpers import SmtpRecorder, in_memory_keyring, smtp_server
from tests.reports.pdfcheck import inspect


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def vm(capsys: pytest.CaptureFixture[str], ws: Path) -> str:
    _, out, _ = run(capsys, "--workspace", str(ws), "meetings", "list", "--json", "--year", "2026")
    return next(r["id"] for r in json.loads(out) if r["body"] == "viceministers")


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    previous = keyring.get_keyring()
    backend = in_memory_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.parametrize("kind", ["agenda", "participants", "declaration", "compilation", "dossier"])
def test_report_kinds_for_the_vice_ministers_meeting(capsys, demo_dir: Path, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    meeting = vm(capsys, demo_dir)[:8]  # an abbreviated id is enough
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run(
        capsys, "--workspace", str(demo_dir), "report", kind, "--meeting", meeting, "--lang", "en", "--out", str(out),
        "--json",
    )  # fmt: skip
    assert code == 0, err
    row = json.loads(stdout)
    assert row["path"] == str(out) and row["lang"] == "en" and row["pages"] >= 1
    facts = inspect(out)
    assert facts.qpdf_ok and facts.all_fonts_embedded and facts.pages == row["pages"]


def test_calendar_takes_a_year_and_the_global_language(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cal.pdf"
    code, stdout, _ = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "report", "calendar", "--year", "2026",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and "CRM/CAL/2026" in stdout
    assert "Annual calendar of meetings 2026" in inspect(out).text
    code, _, err = run(capsys, "--workspace", str(demo_dir), "report", "calendar", "--out", str(out))
    assert code == 4 and "--year" in err


def test_report_errors_have_exit_codes(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = ["--workspace", str(demo_dir), "report"]
    assert run(capsys, *base, "minutes", "--meeting", "x", "--out", "x.pdf")[0] == 2
    code, _, err = run(capsys, *base, "agenda", "--meeting", "zzzzzzzz", "--out", str(tmp_path / "a.pdf"))
    assert code == 4 and "zzzzzzzz" in err
    code, _, err = run(capsys, *base, "agenda", "--out", str(tmp_path / "a.pdf"))
    assert code == 4 and "--meeting" in err
    assert not (tmp_path / "a.pdf").exists()


def test_mail_drafts_then_outbox(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meeting = vm(capsys, demo_dir)
    drafts = tmp_path / "drafts"
    args = ["--workspace", str(demo_dir), "mail", "focal-points", "--meeting", meeting, "--report", "agenda",
            "--report", "participants", "--closed-door", "--eml-dir", str(drafts), "--json"]  # fmt: skip
    code, out, err = run(capsys, *args)
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {r["status"] for r in rows} == {"drafted"}
    # One draft per language and set of documents, the focal points in Bcc: the 11 member focal points
    # get both parts of both reports, the 8 observer organisations' contacts the preliminary plenary
    # agenda only (seed, A).
    drafts = [email.message_from_bytes(Path(r["path"]).read_bytes(), policy=policy.default) for r in rows]
    assert all(not d["To"].addresses for d in drafts)  # "undisclosed-recipients:;"
    by_attachments: dict[int, int] = {}
    for d in drafts:
        n = len(list(d.iter_attachments()))
        by_attachments[n] = by_attachments.get(n, 0) + len(d["Bcc"].addresses)
    assert by_attachments == {4: 11, 1: 8}
    assert {d["Content-Language"] for d in drafts} == {"es", "en"}
    code, out, _ = run(capsys, *args)
    assert code == 0 and {r["status"] for r in json.loads(out)} == {"already_drafted"}
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "mail", "outbox", "--json")
    assert len(json.loads(out)) == len(rows)
    code, out, _ = run(capsys, "--workspace", str(demo_dir), "mail", "outbox")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["ID", "STATUS", "TRANSPORT"]


def test_mail_over_smtp_with_a_refused_recipient_then_retry(capsys, demo_dir: Path, memory_keyring: Any) -> None:  # type: ignore[no-untyped-def]
    meeting = vm(capsys, demo_dir)
    handler = SmtpRecorder()
    with smtp_server(handler) as (host, port):
        send = ["--workspace", str(demo_dir), "mail", "focal-points", "--meeting", meeting, "--report", "agenda",
                "--country", "CR", "--country", "PA", "--smtp", f"{host}:{port}", "--from", "st@st-crm.example",
                "--json"]  # fmt: skip
        code, out, _ = run(capsys, *send)
        assert code == 0 and {r["status"] for r in json.loads(out)} == {"sent"}
        assert len(handler.messages) == 2
        code, out, _ = run(capsys, *send)
        assert code == 0 and {r["status"] for r in json.loads(out)} == {"already_sent"}

        handler.refuse.add(next(r for _, rcpts, _ in handler.messages for r in rcpts if ".pa." in r))
        send_participants = [a if a != "agenda" else "participants" for a in send]
        code, out, _ = run(capsys, *send_participants)
        statuses = sorted(r["status"] for r in json.loads(out))
        assert code == 4 and statuses == ["failed", "sent"]
        handler.refuse.clear()
        code, out, _ = run(capsys, "--workspace", str(demo_dir), "mail", "retry", "--smtp", f"{host}:{port}",
                           "--from", "st@st-crm.example", "--json")  # fmt: skip
        assert code == 0 and [r["status"] for r in json.loads(out)] == ["sent"]
    assert len(handler.messages) == 4


def test_smtp_password_goes_to_the_keyring_and_is_never_sent_in_clear(  # type: ignore[no-untyped-def]
    capsys, demo_dir: Path, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cr3t-ñ\n"))
    code, _, _ = run(capsys, "--workspace", str(demo_dir), "mail", "password", "--smtp", "smtp.example.org:587",
                     "--user", "st@st-crm.example")  # fmt: skip
    assert code == 0
    assert list(memory_keyring.store.values()) == ["s3cr3t-ñ"]
    code, _, err = run(capsys, "--workspace", str(demo_dir), "--lang", "en", "mail", "focal-points", "--meeting",
                       vm(capsys, demo_dir), "--report", "agenda", "--smtp", "smtp.example.org:25",
                       "--user", "st@st-crm.example")  # fmt: skip
    assert code == 4 and "--starttls" in err  # a password over an unencrypted connection is refused


def test_mail_needs_exactly_one_way_out(capsys, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    base = ["--workspace", str(demo_dir), "mail", "focal-points", "--meeting", "x", "--report", "agenda"]
    assert run(capsys, *base)[0] == 2
    assert run(capsys, *base, "--eml-dir", "d", "--smtp", "h:25")[0] == 2


def test_report_of_a_named_drafting_document(capsys, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.app.report_texts import drafting_documents
    from crm_desktop.app.workspace import Workspace

    ws = Workspace(demo_dir)
    try:
        doc = next(x for x in drafting_documents(ws, vm(capsys, demo_dir)) if x["audience"] == "closed_door")
    finally:
        ws.close()
    out = tmp_path / "cd.pdf"
    code, stdout, err = run(capsys, "--workspace", str(demo_dir), "report", "compilation", "--document", doc["id"][:8],
                            "--out", str(out), "--json")  # fmt: skip
    assert code == 0, err
    row = json.loads(stdout)
    assert row["audience"] == "closed_door" and row["symbol"].startswith(doc["symbol"])
    assert "CONFIDENCIAL" in inspect(out).text
