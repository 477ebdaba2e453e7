"""The core never imports pygame, so it runs (and is tested) without a display."""

import subprocess
import sys


def test_core_does_not_import_pygame(root):
    code = ("import sys, pkgutil, importlib, game.core\n"
            "for m in pkgutil.walk_packages(game.core.__path__, 'game.core.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('pygame', 'pygame_ce'))\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_only_the_yaml_reader_imports_yaml(root):
    # The browser build has no YAML parser: everything it loads must work without PyYAML.
    code = ("import sys\nsys.modules['yaml'] = None\n"
            "import game.core.model, game.core.scoring, game.core.session, game.core.problems\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
