"""``aibrief check``: check the claims of a brief: stated currency equivalences, ratios and rankings."""

from __future__ import annotations

import argparse

from aibrief._cli import options

SUMMARY = "check the claims of a brief: stated currency equivalences, ratios and rankings"
EXAMPLES = "exit status: 0 when no claim is inconsistent (unverifiable ones do not count), 1 when\nat least one is, 2 on bad input.\n\nexamples:\n  aibrief check\n  aibrief check brief.json --lang ko\n  aibrief check --json"


def configure(parser: argparse.ArgumentParser) -> None:
    options.add_file(parser)
    options.add_lang(parser, "language of the table and explanations")
    options.add_width(parser)
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    from aibrief._claims.checker import check_claims
    from aibrief._cli.briefs import load_brief
    from aibrief._display.claim_table import claim_json, claim_lines, summary_line
    from aibrief._display.table import wrap

    checks = check_claims(load_brief(args.file))
    if args.json:
        options.print_json({"claims": [claim_json(check, args.lang) for check in checks]})
    else:
        lines = [*wrap(summary_line(checks, lang=args.lang), args.width), ""]
        print("\n".join(lines + claim_lines(checks, lang=args.lang, width=args.width)))
    return options.INCONSISTENT if any(check.verdict == "inconsistent" for check in checks) else 0
