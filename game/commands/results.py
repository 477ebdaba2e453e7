"""``python -m game results FILES...``: merge students' results files and codes into one class CSV."""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "merge students' results files (JSON/CSV) and results codes into one class CSV"
ORDER = 71


def add_arguments(p) -> None:
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_CODE",
                   help="results files (.json or .csv), text files with results codes, or codes themselves")
    p.add_argument("-o", "--out", type=Path, metavar="FILE", help="write the class CSV here (default: print it)")


def run(args) -> int:
    from game.core.library import Library
    from game.core.results import MAX_FILE_BYTES, Merged, ResultsError, find_codes, read_any

    root = Path(__file__).resolve().parents[2]
    library = Library.from_folder(root)  # to resolve the level fingerprints in codes
    known = library.levels + library.checks
    merged = Merged()
    failed = 0
    for n, given in enumerate(args.inputs, start=1):
        path = Path(given)
        if path.is_file():
            source = path.name
            if path.stat().st_size > MAX_FILE_BYTES:
                merged.notices.append(f"{source}: skipped, too large to be a results file")
                failed += 1
                continue
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        elif find_codes(given):
            source, text = f"code {n}", given
        else:
            merged.notices.append(f"{given[:60]}: skipped, not a file and not a results code")
            failed += 1
            continue
        try:
            found, notices = read_any(text, known)
        except ResultsError as exc:
            merged.notices.append(f"{source}: skipped, {exc}")
            failed += 1
            continue
        merged.notices.extend(f"{source}: {notice}" for notice in notices)
        failed += sum(1 for notice in notices if "does not check out" in notice or "too short" in notice
                      or "wrong length" in notice or "not a code character" in notice)
        for results in found:
            merged.add(results, source)
    table = merged.to_csv(library.technique_ids())
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(table, encoding="utf-8")
        print(f"{len(merged.rows)} row(s) written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(table)
    for notice in merged.notices:
        print(f"results: {notice}", file=sys.stderr)
    return 1 if failed or not merged.rows else 0
