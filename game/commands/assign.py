"""``python -m game assign``: print the link (and optionally a QR code) for a class assignment."""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "make an assignment link for a class: language, levels, pre/post check, name (and a QR code)"
ORDER = 70


def add_arguments(p) -> None:
    p.add_argument("--levels", required=True, metavar="ID,ID", help="practice level ids, in order, comma-separated")
    p.add_argument("--lang", metavar="CODE", help="the language the game opens in (en, sq, mk, sr-Cyrl, sr-Latn, bs, hr, cnr)")
    p.add_argument("--check", default="none", choices=("none", "pre", "post", "pre-post", "post-pre"),
                   help="check forms played before and/or after the levels (default: none)")
    p.add_argument("--name", default="", help="a name for the assignment, e.g. the class: 7b")
    p.add_argument("--base-url", default="", metavar="URL",
                   help="where your school's copy of Lupa is, e.g. https://school.example/lupa/ "
                        "(without it only the #... part is printed)")
    p.add_argument("--qr", type=Path, metavar="FILE.png", help="also write a QR code of the link (needs --base-url)")


def run(args) -> int:
    from game.core.assignment import MAX_NAME, Assignment, clean_text, format_link, parse
    from game.core.kinds import did_you_mean
    from game.core.library import Library
    from game.i18n import LOCALES

    root = Path(__file__).resolve().parents[2]
    library = Library.from_folder(root)
    known = [lv.id for lv in library.levels]
    problems = []
    levels = [x.strip() for x in args.levels.split(",") if x.strip()]
    for level in levels:
        if level not in known:
            hint = did_you_mean(level, known)
            problems.append(f"unknown level '{level}'" + (f". {hint}" if hint else ""))
    if args.lang and args.lang not in LOCALES:
        problems.append(f"unknown language '{args.lang}'; one of: {', '.join(LOCALES)}")
    if args.check != "none" and not library.checks:
        problems.append("there are no check forms in levels/checks/")
    if clean_text(args.name, MAX_NAME + 1) != args.name.strip() or len(args.name.strip()) > MAX_NAME:
        problems.append(f"the name must be plain text of at most {MAX_NAME} characters")
    if args.qr and not args.base_url:
        problems.append("--qr needs --base-url: a QR code of '#...' alone opens nothing")
    if problems:
        for problem in problems:
            print(f"assign: {problem}", file=sys.stderr)
        return 1
    assignment = Assignment(args.lang or None, tuple(dict.fromkeys(levels)), args.check, args.name.strip())
    link = format_link(args.base_url, assignment)
    parsed = parse(link.partition("#")[2], level_ids=known)  # what the game will read back
    if parsed.assignment != assignment or parsed.notices:
        print(f"assign: the link does not read back the same: {parsed}", file=sys.stderr)
        return 1
    print(link)
    if not args.base_url:
        print("(add --base-url with the address of your copy of Lupa to get a full link)", file=sys.stderr)
    if args.qr:
        try:
            import segno
        except ImportError:
            print("assign: writing a QR code needs segno: pip install -e '.[web]'", file=sys.stderr)
            return 1
        args.qr.parent.mkdir(parents=True, exist_ok=True)
        segno.make(link, error="m").save(str(args.qr), scale=8, border=4)
        print(f"QR code written to {args.qr}", file=sys.stderr)
    return 0
