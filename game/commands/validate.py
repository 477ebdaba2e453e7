"""``python -m game validate``: tell a trainer exactly what to fix in their level files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELP = "check level files and tell what to fix (file:line:col, plain words, hints)"
ORDER = 10

from game.core.loader import load_content
from game.core.problems import plural


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="level files or folders (default: levels/)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--techniques", type=Path, metavar="FILE",
                   help="technique guide to check against (default: levels/techniques.yaml)")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")


def run(args) -> int:
    content = load_content(args.paths or None, techniques=args.techniques)
    report = content.report
    problems = report.sorted()
    if args.json:
        print(json.dumps({"files": report.files, "problems": [p.to_dict() for p in problems],
                          "ok": report.ok(args.strict)}, ensure_ascii=False, indent=2))
        return 0 if report.ok(args.strict) else 1
    out = sys.stdout
    for problem in problems:
        severity = "error" if args.strict else problem.severity
        print(problem.format().replace(f": {problem.severity}: ", f": {severity}: ", 1), file=out)
    n_files = len(report.files)
    errors, warnings = len(report.errors), len(report.warnings)
    if not problems:
        print(f"{plural(n_files, 'file')} checked: no problems found.", file=out)
    else:
        counted = f"{plural(errors, 'error')} and {plural(warnings, 'warning')}"
        if args.strict and warnings:
            counted += " (--strict: warnings count as errors)"
        print(f"{plural(n_files, 'file')} checked: {counted}.", file=out)
    return 0 if report.ok(args.strict) else 1
