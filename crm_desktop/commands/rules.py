"""``crm-desktop rules``: the register of the coordination text's rules; ``crm-desktop acts``: recording an
invitation or a PPT authorisation for a meeting (seed, B and introduction)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import EXIT_OK, open_ws, out_json, registrar

ACT_KINDS = {"invitation": "invitation", "authorisation": "ppt_authorisation"}


def cmd_rules(args: argparse.Namespace) -> int:
    from crm_desktop.domain.messages import msg
    from crm_desktop.domain.rule_register import RULES

    rows = [
        {
            "rule": r.id,
            "source": r.source.message().render(args.lang),
            "decided_by": list(r.decided_by),
            "enforced": list(r.enforced),
            "refusals": list(r.refusals),
            "warnings": list(r.warnings),
        }
        for r in RULES
    ]
    if args.json:
        out_json(rows)
        return EXIT_OK
    for row in rows:
        print(f"{row['rule']}: {row['source']}")
    print(msg("rules.count", n=len(rows)).render(args.lang))
    return EXIT_OK


def cmd_grant(args: argparse.Namespace) -> int:
    from crm_desktop.app.acts import grant
    from crm_desktop.domain.model import ActKind, Capability

    caps = [Capability(c) for c in args.capability or []]
    ws = open_ws(args)
    try:
        act_id, said = grant(ws, ActKind(ACT_KINDS[args.kind]), args.subject, args.meeting, caps)
    finally:
        ws.close()
    print(said.render(args.lang))
    print(act_id)
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("rules", help="the rules of the coordination text: sentence, deciding functions, where applied")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_rules)
    acts = sub.add_parser("acts", help="invitations and PPT authorisations, each for one meeting")
    asub = acts.add_subparsers(dest="acts_command", required=True)
    s = asub.add_parser("grant", help="record an invitation or a PPT authorisation (the PPT, or the ST for it)")
    s.add_argument("--kind", choices=sorted(ACT_KINDS), required=True)
    s.add_argument("--subject", required=True, help="country code or organisation key")
    s.add_argument("--meeting", metavar="ID", help="the meeting the act covers (required by the rule)")
    s.add_argument(
        "--capability", action="append", choices=["agenda_items", "decisions", "drafting"], help="repeatable"
    )
    s.set_defaults(func=cmd_grant)
