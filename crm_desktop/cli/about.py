"""``crm-desktop about``: version, licence and third-party licences, as the About dialog shows them."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit

_LABELS = {
    "es": ("Licencia", "Componentes de terceros", "Programa empaquetado", "Entorno de Python", "Registro"),
    "en": ("Licence", "Third-party components", "Bundled program", "Python environment", "Log"),
}


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
    from crm_desktop.logging_setup import LOG_FILE_NAME, log_dir

    licence, components, bundled, venv, log_label = _LABELS.get(args.lang, _LABELS["en"])
    print(f"{info.name} {info.version}")
    if info.summary:
        print(info.summary)
    print(f"{licence}: {info.licence}")
    print(f"{bundled if info.bundled else venv}: Python {info.python}, {info.platform}")
    print(f"{log_label}: {log_dir() / LOG_FILE_NAME}")
    print()
    print(f"{components}:")
    kit.out_table(
        [{"name": c.name, "version": c.version, "licence": c.licence} for c in info.components],
        ["name", "version", "licence"],
    )
    return kit.EXIT_OK


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(sub, "about", cmd_about, "version, licence and the licences of third-party components", json=True)
    s.add_argument("--licence", metavar="COMPONENT", help="print the full licence text of one component")
