"""templates list | validate FILE | import FILE."""

from __future__ import annotations

import argparse
from pathlib import Path

from assessor_app.cli.common import print_json
from assessor_app.services.container import Services
from assessor_app.services.templates import validate_template_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="list, validate or install checklist templates")
    tsub = p.add_subparsers(dest="templates_command", required=True, metavar="ACTION")
    lp = tsub.add_parser("list", help="installed templates")
    lp.add_argument("--json", action="store_true")
    lp.set_defaults(handler=cmd_list)
    vp = tsub.add_parser("validate", help="check a template file; exit 0 when valid")
    vp.add_argument("file", type=Path)
    vp.set_defaults(handler=cmd_validate, needs_services=False)
    ip = tsub.add_parser("import", help="validate and install a template file")
    ip.add_argument("file", type=Path)
    ip.set_defaults(handler=cmd_import)


def cmd_list(args: argparse.Namespace, services: Services) -> int:
    infos = services.templates.list()
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "version": t.version,
                    "title": t.title,
                    "wording": t.wording,
                    "requirements": t.requirement_count,
                    "core": t.core_count,
                    "source": t.source,
                }
                for t in infos
            ]
        )
        return 0
    for t in infos:
        print(
            f"{t.id}  {t.version}  {t.requirement_count} requirements ({t.core_count} core)  "
            f"{t.wording} wording, {t.source}\n  {t.title}"
        )
    return 0


def cmd_validate(args: argparse.Namespace, services: Services | None) -> int:
    template = validate_template_file(args.file)
    core = sum(r.core for r in template.requirements)
    print(
        f"{args.file}: valid — {template.id} {template.version}, "
        f"{len(template.sections)} sections, {len(template.standards)} standards, "
        f"{len(template.requirements)} requirements ({core} core), {template.wording} wording"
    )
    return 0


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    template = services.templates.install(args.file)
    print(f"installed {template.id} {template.version}")
    return 0
