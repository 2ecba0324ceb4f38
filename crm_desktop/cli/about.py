"""``crm-desktop about``: version, licence and third-party licences, as the About dialog shows them."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit


def cmd_about(args: argparse.Namespace) -> int:
    from crm_desktop.app.about import about_info, licence_text
    from crm_desktop.app.errors import NotFound

    if args.licence:
        text = licence_text(args.licence)
        if text is None:
            raise NotFound("component", args.licence)
        print(text)
        return kit.EXIT_OK
    info = about_info()
    if args.json:
        kit.out_json(info.as_dict())
        return kit.EXIT_OK
    from crm_desktop.domain.messages import msg
    from crm_desktop.logging_setup import LOG_FILE_NAME, log_dir

    print(f"{info.name} {info.version}")
    if info.summary:
        print(info.summary)
    runtime = f"Python {info.python}, {info.platform}"
    lines = [
        msg("cli.about.licence", licence=info.licence),
        msg("cli.about.bundled" if info.bundled else "cli.about.venv", runtime=runtime),
        msg("cli.about.log", file=str(log_dir() / LOG_FILE_NAME)),
    ]
    for line in lines:
        print(line.render(args.lang))
    print()
    print(msg("cli.about.components").render(args.lang))
    kit.out_table(
        [{"name": c.name, "version": c.version, "licence": c.licence} for c in info.components],
        ["name", "version", "licence"],
    )
    return kit.EXIT_OK


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(sub, "about", cmd_about, "version, licence and the licences of third-party components", json=True)
    s.add_argument("--licence", metavar="COMPONENT", help="print the full licence text of one component")
