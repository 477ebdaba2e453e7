"""Command dispatch for ``python -m game``.

Each command is a small module in :mod:`game.commands` (``build_web.py`` is ``build-web``) with
``HELP``, ``ORDER``, ``add_arguments(parser)`` and ``run(args) -> int``. Modules are found by
listing the package, so adding a command touches no other file; they keep heavy imports inside
``run`` so ``--help`` stays fast. Exit codes: 0 success, 1 the input has problems, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import game.commands


def command_modules() -> dict:
    """Command name -> module, in the order ``--help`` lists them."""
    found = {}
    for info in pkgutil.iter_modules(game.commands.__path__):
        if not info.name.startswith("_"):
            found[info.name.replace("_", "-")] = importlib.import_module(f"game.commands.{info.name}")
    return dict(sorted(found.items(), key=lambda kv: (getattr(kv[1], "ORDER", 50), kv[0])))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m game",
        description="Lupa: tools for playing, writing and checking levels.",
        epilog="Run 'python -m game COMMAND --help' for the options of one command.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in command_modules().items():
        text = module.HELP.replace("%", "%%")  # argparse formats help with %; commands write plain text
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(_run=module.run)
        module.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
