"""``crm-desktop rules``: the register of the coordination text's rules; ``crm-desktop acts``: recording an
invitation or a PPT authorisation for a meeting (seed, B and introduction)."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit

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
        kit.out_json(rows)
        return kit.EXIT_OK
    for row in rows:
        print(f"{row['rule']}: {row['source']}")
    print(msg("rules.count", n=len(rows)).render(args.lang))
    return kit.EXIT_OK


@kit.with_workspace
def cmd_grant(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.acts import grant
    from crm_desktop.domain.model import ActKind, Capability

    caps = [Capability(c) for c in args.capability or []]
    act_id, said = grant(ws, ActKind(ACT_KINDS[args.kind]), args.subject, args.meeting, caps)
    print(said.render(args.lang))
    print(act_id)


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    from crm_desktop.domain.model import Capability

    kit.command(
        sub,
        "rules",
        cmd_rules,
        "the rules of the coordination text: sentence, deciding functions, where applied",
        json=True,
    )
    acts = kit.group(sub, "acts", "invitations and PPT authorisations, each for one meeting")
    s = kit.command(acts, "grant", cmd_grant, "record an invitation or a PPT authorisation (the PPT, or the ST for it)")
    s.add_argument("--kind", choices=sorted(ACT_KINDS), required=True)
    s.add_argument("--subject", required=True, help="country code or organisation key")
    kit.meeting_option(s, help="the meeting the act covers (required by the rule)")
    grantable = (c for c in Capability if c is not Capability.OPEN_DISCUSSION)  # every delegation present speaks
    s.add_argument("--capability", action="append", choices=kit.choices(grantable), help="repeatable")
