"""Build the browser version (``python -m game build-web``): ``build/web/`` from a clean checkout, offline.

Steps, each refusing to go on with a plain message when something is wrong:

1. Compile the levels into one JSON content pack (the browser has no YAML parser) and refuse to
   build while any level has errors.
2. Copy exactly what the game needs into a *staging* folder - never the source tree itself:
   ``main.py``, the ``game`` package without build/CLI tooling and without the modules that need
   PyYAML, ``assets/`` with fonts subset to the characters the game uses, the compiled ``.mo``
   catalogues and the content pack. Refuse when the copy would contain tests, caches or a virtual
   environment.
3. Run the pinned pygbag (:data:`PYGBAG_VERSION`) on the staging folder with Lupa's own template
   and icon, so nothing is downloaded at build time (pygbag would otherwise fetch both from its CDN
   and retry forever offline). ``black`` is blocked for that run (pygbag reformats sources in
   place when it can import it) and the staging folder is checked afterwards: any file pygbag
   changed or added stops the build.
4. Put ``index.html``, ``favicon.png`` and ``lupa.tar.gz`` in the output folder, optionally with a
   local runtime mirror (``--runtime-dir``, every URL in the page is then relative), and check the
   package against the size budget.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PYGBAG_VERSION = "0.9.3"          # the template below is written for this runtime
PYBUILD = "3.12"                   # the CPython of the 0.9.3 runtime
DEFAULT_CDN = f"https://pygame-web.github.io/cdn/{PYGBAG_VERSION}/"
APP = "lupa"                       # pygbag names the package after the staging folder
PACKAGE = f"{APP}.tar.gz"
PACK_FILE = "content-pack.json"     # the compiled content pack, next to main.py (game.app and game.web.runtime read it)
SIZE_BUDGET = 3 * 1024 * 1024      # bytes, for the package
STALL_MS = 90_000                  # the page gives up when the runtime download stalls this long
PYGBAG_TIMEOUT = 600               # seconds; pygbag must never hang a build (it retries forever offline)
HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "template.html"
ICON = HERE / "favicon.png"

# Never shipped: command-line and build tooling (the browser runs main.py, not python -m game).
TOOLING_DIRS = ("game/commands",)
TOOLING_FILES = ("game/cli.py", "game/__main__.py")
WEB_SHIPPED = ("game/web/__init__.py", "game/web/runtime.py")  # the rest of game/web is build-time only

# What a staging copy must never contain.
FORBIDDEN_DIRS = {"tests", "test", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis",
                  ".tox", ".nox", ".venv", "venv", ".git", ".github", "node_modules", "site-packages", "build",
                  "dist", ".ipynb_checkpoints"}
FORBIDDEN_FILES = {"pyvenv.cfg", "conftest.py", ".coverage"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".egg-info")
GENERATED = {"__pycache__"}        # caches Python writes next to sources: skipped, not refused


class BuildError(Exception):
    """The build refuses to go on; the message says what to fix."""


@dataclass
class BuildReport:
    out: Path
    package: Path
    package_bytes: int
    files: list[str]
    left_out: list[str]
    fonts: list[tuple[str, int, int, int]] = field(default_factory=list)  # name, before, after, missing
    runtime: str = ""
    package_index: str = ""
    seconds: float = 0.0


# -- 1. content ----------------------------------------------------------------------------------
def compile_content(root: Path) -> tuple[dict, int, int]:
    """The JSON content pack, validated; raises BuildError listing every broken level."""
    from game.core.library import Library

    library = Library.from_folder(root)
    if library.broken:
        lines = [f"{b.file}: {p}" for b in library.broken for p in b.problems]
        raise BuildError("levels have errors; fix them (python -m game validate) before building:\n  "
                         + "\n  ".join(lines))
    if not library.levels:
        raise BuildError("no playable level found in levels/")
    pack = library.to_pack()
    if Library.from_pack(json.loads(json.dumps(pack))).to_pack() != pack:
        raise BuildError("the content pack does not read back identically (a bug in Library.to_pack)")
    try:  # level-text translations (the i18n work): the browser reads them from the pack, not from .po files
        from game.core.translations import build_pack
    except ImportError:
        build_pack = None
    if build_pack is not None:
        try:
            pack["translations"] = build_pack(root / "locales")
        except (OSError, ValueError) as exc:
            raise BuildError(f"the level translations under locales/ cannot be read: {exc}") from None
    return pack, len(library.levels), len(library.checks)


# -- 2. staging ----------------------------------------------------------------------------------
def _top_level_imports(path: Path, module: str) -> set[str]:
    """Modules a file imports when it is imported (not inside functions), as dotted names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes):
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - node.level + 1] if node.level > 1 else parts
                    base = ".".join(parts + ([node.module] if node.module else []))
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                for block in ("body", "orelse", "finalbody", "handlers"):
                    for child in getattr(node, block, []) or []:
                        visit(getattr(child, "body", [child]) if isinstance(child, ast.ExceptHandler) else [child])
    visit(tree.body)
    return found


def needs_yaml(root: Path, files: list[str]) -> set[str]:
    """The game modules that import PyYAML when imported, directly or through another module."""
    modules = {rel[:-3].replace("/", ".").removesuffix(".__init__"): rel for rel in files if rel.endswith(".py")}
    imports = {name: _top_level_imports(root / rel, name) for name, rel in modules.items()}
    bad = {name for name, deps in imports.items() if any(d == "yaml" or d.startswith("yaml.") for d in deps)}
    changed = True
    while changed:
        changed = False
        for name, deps in imports.items():
            if name not in bad and deps & bad:
                bad.add(name)
                changed = True
    return {modules[name] for name in bad}


def _walk(root: Path, top: str) -> list[str]:
    base = root / top
    if base.is_file():
        return [top]
    if not base.is_dir():
        return []
    out = []
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() or (path.is_dir() and path.name in FORBIDDEN_DIRS):
            out.append(rel + ("/" if path.is_dir() else ""))
    return out


def forbidden(rel: str) -> bool:
    parts = rel.rstrip("/").split("/")
    return (any(p in FORBIDDEN_DIRS or p.endswith(".egg-info") for p in parts)
            or parts[-1] in FORBIDDEN_FILES or parts[-1].endswith(FORBIDDEN_SUFFIXES))


def plan_staging(root: Path) -> tuple[list[str], list[str]]:
    """(files to copy, files deliberately left out). Raises BuildError when the copy would carry
    tests, caches or a virtual environment."""
    candidates = ["main.py"] + _walk(root, "game") + _walk(root, "assets") + [
        rel for rel in _walk(root, "locales") if rel.endswith(".mo") or rel.endswith("/")]
    if "main.py" not in _walk(root, "main.py"):
        raise BuildError("main.py is missing")
    # Python's own caches next to the sources are expected; skip them quietly.
    candidates = [c for c in candidates if not any(p in GENERATED for p in c.split("/")) and not c.endswith(".pyc")]
    bad = [c for c in candidates if forbidden(c)]
    if bad:
        raise BuildError("the web package would include tests, caches or a virtual environment; move them out of "
                         "game/, assets/ and locales/:\n  " + "\n  ".join(bad[:20]))
    left_out = [c for c in candidates if c.startswith("game/") and (
        c.startswith(tuple(d + "/" for d in TOOLING_DIRS)) or c in TOOLING_FILES
        or (c.startswith("game/web/") and c not in WEB_SHIPPED))]
    game_files = [c for c in candidates if c.startswith("game/") and c not in left_out]
    yaml_modules = needs_yaml(root, game_files)
    left_out += sorted(yaml_modules)
    files = [c for c in candidates if c not in left_out]
    return files, sorted(left_out)


def guard_staging(app_dir: Path) -> None:
    """The final check on the real staging folder, whatever put something there."""
    bad = [p.relative_to(app_dir).as_posix() for p in app_dir.rglob("*")
           if forbidden(p.relative_to(app_dir).as_posix()) and not p.relative_to(app_dir).as_posix().startswith("build")]
    if bad:
        raise BuildError("the staging folder contains tests, caches or a virtual environment:\n  " + "\n  ".join(bad[:20]))


def character_set(root: Path, files: list[str], pack_text: str, page: dict) -> set[str]:
    from . import fonts

    chars = fonts.base_characters() | set(pack_text)
    for rel in files:
        if rel.endswith(".mo"):
            chars |= fonts.characters_in_mo(root / rel)
        elif rel.endswith(".py"):
            chars |= fonts.characters_in_python(root / rel)
    for texts in page.values():
        for text in texts.values():
            chars |= set(text)
    return fonts.printable(chars)


def stage(root: Path, app_dir: Path, files: list[str], pack: dict, chars: set[str], log) -> list[tuple]:
    """Copy the planned files (fonts subset) and write the content pack. Returns the font report."""
    from . import fonts

    if app_dir.exists():
        shutil.rmtree(app_dir)
    app_dir.mkdir(parents=True)
    font_report = []
    for rel in files:
        source, target = root / rel, app_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.startswith("assets/") and source.suffix.lower() in fonts.FONT_SUFFIXES:
            try:
                before, after, missing = fonts.subset_font(source, target, chars)
            except ImportError:
                raise BuildError("subsetting fonts needs fontTools: pip install -e '.[web]'") from None
            font_report.append((rel, before, after, len(missing)))
            if missing:
                log(f"  note: {rel} has no glyph for {len(missing)} character(s) the game uses: "
                    + "".join(missing[:40]))
        else:
            shutil.copyfile(source, target)
    pack_file = app_dir / PACK_FILE
    pack_file.parent.mkdir(parents=True, exist_ok=True)
    pack_file.write_text(json.dumps(pack, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return font_report


# -- 3. the page and pygbag ----------------------------------------------------------------------
def _script_json(value) -> str:
    """JSON safe to put inside an HTML <script>."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def render_template(page: dict, package_index: str) -> str:
    """Fill Lupa's own placeholders; pygbag fills the {{cookiecutter.*}} ones."""
    text = TEMPLATE.read_text(encoding="utf-8")
    seen, noscript = set(), []
    for locale, texts in page.items():
        if texts["noscript"] not in seen:
            seen.add(texts["noscript"])
            noscript.append(f'<p lang="{_html(locale)}">{_html(texts["noscript"])}</p>')
    values = {
        "@@LUPA_STRINGS@@": _script_json(page),
        "@@LUPA_INDEX@@": _script_json(package_index),
        "@@LUPA_STALL_MS@@": str(STALL_MS),
        "@@LUPA_DESCRIPTION@@": _html(page["en"]["description"]),
        "@@LUPA_NOSCRIPT@@": "".join(noscript),
    }
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def pygbag_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("pygbag")
    except Exception:
        return None


# pygbag's optimiser runs `black` over the app folder when `import black` works, even with
# --no_opt; make that import fail for the pygbag process only.
_RUNNER = ("import runpy, sys; sys.modules['black'] = None; sys.argv = ['pygbag'] + sys.argv[1:]; "
           "runpy.run_module('pygbag', run_name='__main__', alter_sys=True)")


def _clean_path() -> str:
    """PATH without the folders holding black, pngquant or ffmpeg, which pygbag would run."""
    keep = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and not any((Path(folder) / tool).exists() for tool in ("black", "pngquant", "ffmpeg")):
            keep.append(folder)
    return os.pathsep.join(keep)


def _snapshot(app_dir: Path) -> dict[str, str]:
    return {p.relative_to(app_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(app_dir.rglob("*")) if p.is_file() and not p.relative_to(app_dir).as_posix().startswith("build/")}


def run_pygbag(work: Path, app_dir: Path, template: Path, cdn: str, log_file: Path) -> None:
    env = dict(os.environ, PATH=_clean_path(), PYTHONDONTWRITEBYTECODE="1", PYTHONNOUSERSITE="1")
    args = [sys.executable, "-c", _RUNNER, "--build", "--no_opt", "--ume_block", "0", "--can_close", "1",
            "--PYBUILD", PYBUILD, "--title", "Lupa", "--template", str(template), "--icon", str(ICON),
            "--cdn", cdn, str(app_dir)]
    before = _snapshot(app_dir)
    try:
        with log_file.open("w", encoding="utf-8") as log:
            done = subprocess.run(args, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, timeout=PYGBAG_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BuildError(f"pygbag did not finish in {PYGBAG_TIMEOUT} s (is it trying to download something?); "
                         f"see {log_file}") from None
    if done.returncode != 0:
        raise BuildError(f"pygbag failed (exit {done.returncode}); see {log_file}")
    after = _snapshot(app_dir)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if changed:
        raise BuildError("pygbag changed or added staged files (a formatter or optimiser ran): "
                         + ", ".join(changed[:10]))


# -- 4. output -----------------------------------------------------------------------------------
def runtime_layout(runtime_dir: Path) -> tuple[str, str]:
    """(runtime folder, package index folder) inside a local mirror, relative to the mirror root."""
    if (runtime_dir / PYGBAG_VERSION / "pythons.js").is_file():
        return f"{PYGBAG_VERSION}/", ""
    if (runtime_dir / "pythons.js").is_file():
        return "", ""
    raise BuildError(f"{runtime_dir} is not a pygbag {PYGBAG_VERSION} runtime mirror: it needs "
                     f"{PYGBAG_VERSION}/pythons.js (the layout of pygbag's CDN) or pythons.js at its top")


def check_package(package: Path, files: list[str]) -> None:
    with tarfile.open(package, "r:gz") as tar:
        names = sorted(m.name for m in tar.getmembers() if m.isfile())
    expected = sorted(f"assets/{f}" for f in files)
    if names != expected:
        extra, missing = sorted(set(names) - set(expected)), sorted(set(expected) - set(names))
        raise BuildError(f"the package does not hold exactly the staged files (extra: {extra[:5]}, missing: {missing[:5]})")
    size = package.stat().st_size
    if size > SIZE_BUDGET:
        raise BuildError(f"the package is {size / 2**20:.2f} MiB, over the {SIZE_BUDGET / 2**20:.0f} MiB budget")


def build(root: Path, out: Path | None = None, cdn: str | None = None, runtime_dir: Path | None = None,
          work: Path | None = None, log=print) -> BuildReport:
    """Build the web version of the project at ``root`` into ``out`` (default ``root/build/web``)."""
    started = time.perf_counter()
    root = Path(root).resolve()
    out = Path(out).resolve() if out else root / "build" / "web"
    work = Path(work).resolve() if work else root / "build" / "web-staging"
    if cdn and runtime_dir:
        raise BuildError("use either --cdn or --runtime-dir, not both")
    installed = pygbag_version()
    if installed != PYGBAG_VERSION:
        raise BuildError(f"the web build needs pygbag {PYGBAG_VERSION} (found {installed or 'none'}): "
                         "pip install -e '.[web]'")
    if runtime_dir:
        runtime_dir = Path(runtime_dir).resolve()
        if not runtime_dir.is_dir():
            raise BuildError(f"--runtime-dir {runtime_dir} is not a folder")
        sub, index_sub = runtime_layout(runtime_dir)
        cdn, package_index = f"runtime/{sub}", f"runtime/{index_sub}"
    else:
        cdn = cdn or DEFAULT_CDN
        if not cdn.endswith("/"):
            cdn += "/"
        package_index = cdn.rstrip("/").rpartition("/")[0] + "/" if cdn.count("/") > 3 else cdn

    log("Compiling levels into the content pack ...")
    pack, n_levels, n_checks = compile_content(root)
    pack_text = json.dumps(pack, ensure_ascii=False)
    log(f"  {n_levels} levels and {n_checks} check forms, {len(pack_text.encode()) / 1e3:.0f} kB of JSON")

    files, left_out = plan_staging(root)
    from .page_text import page_strings

    page = page_strings(root / "locales")
    chars = character_set(root, files, pack_text, page)
    app_dir = work / APP
    log(f"Staging {len(files)} files in {app_dir} ...")
    font_report = stage(root, app_dir, files, pack, chars, log)
    files = sorted(files + [PACK_FILE])
    guard_staging(app_dir)

    template = work / f"{APP}.tmpl"
    template.write_text(render_template(page, package_index), encoding="utf-8")
    log(f"Packing with pygbag {PYGBAG_VERSION} (runtime: {cdn}) ...")
    run_pygbag(work, app_dir, template, cdn, work / "pygbag.log")

    built = app_dir / "build" / "web"
    package = built / PACKAGE
    check_package(package, files)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    html = (built / "index.html").read_text(encoding="utf-8").replace("@@LUPA_BUILD@@", digest[:12])
    leftover = [m for m in ("{{cookiecutter.", "@@LUPA_") if m in html]
    if leftover:
        raise BuildError(f"index.html still has unfilled placeholders: {leftover}")
    (out / "index.html").write_text(html, encoding="utf-8")
    shutil.copyfile(built / "favicon.png", out / "favicon.png")
    shutil.copyfile(package, out / PACKAGE)
    if runtime_dir:
        shutil.copytree(runtime_dir, out / "runtime")
    size = (out / PACKAGE).stat().st_size
    info = {"pygbag": PYGBAG_VERSION, "runtime": cdn, "package_index": package_index,
            "package": {"file": PACKAGE, "bytes": size, "sha256": digest}, "files": files,
            "left_out": left_out, "levels": n_levels, "checks": n_checks,
            "fonts": [{"file": f, "bytes_before": b, "bytes_after": a, "missing_glyphs": m} for f, b, a, m in font_report]}
    (out / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    report = BuildReport(out, out / PACKAGE, size, files, left_out, font_report, cdn, package_index,
                         time.perf_counter() - started)
    log(f"Built {out}: {PACKAGE} {size / 2**20:.2f} MiB ({len(files)} files; budget {SIZE_BUDGET / 2**20:.0f} MiB) "
        f"in {report.seconds:.1f} s")
    for name, before, after, _missing in font_report:
        log(f"  font {name}: {before / 1e3:.0f} kB -> {after / 1e3:.0f} kB")
    return report
