"""The web build: output files, the exact package contents, the size budget, fonts and the page."""

from __future__ import annotations

import ast
import hashlib
import json
import re
import shutil
import tarfile
from pathlib import Path

import pytest

from game.web import build as web
from tests.web.conftest import ROOT

MB = 1024 * 1024
YAML_MODULES = {"game/core/loader.py", "game/core/yamlsafe.py"}  # the YAML reader and what imports it


def package_names(out: Path) -> list[str]:
    with tarfile.open(out / "lupa.tar.gz", "r:gz") as tar:
        return sorted(m.name for m in tar.getmembers() if m.isfile())


def read_member(out: Path, name: str) -> bytes:
    with tarfile.open(out / "lupa.tar.gz", "r:gz") as tar:
        return tar.extractfile(f"assets/{name}").read()


def source_files(folder: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def expected_game_files() -> set[str]:
    """Written independently of the build's own rules: all of game/ but the CLI and build tools,
    the build-time half of game/web, and the modules that need PyYAML."""
    files = source_files("game")
    tooling = {f for f in files if f.startswith("game/commands/") or f in ("game/cli.py", "game/__main__.py")}
    build_time = {f for f in files if f.startswith("game/web/") and f not in ("game/web/__init__.py", "game/web/runtime.py")}
    return files - tooling - build_time - YAML_MODULES


def test_build_writes_the_page_and_package(web_build):
    out = web_build.out
    for name in ("index.html", "favicon.png", "lupa.tar.gz", "build-info.json"):
        assert (out / name).is_file(), name
    assert (out / "favicon.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Built " in web_build.log and "MiB" in web_build.log


def test_package_holds_exactly_what_the_game_needs(web_build):
    names = package_names(web_build.out)
    assert all(n.startswith("assets/") for n in names), "pygbag unpacks the package from assets/"
    files = {n[len("assets/"):] for n in names}
    expected = ({"main.py", "content-pack.json"} | expected_game_files() | source_files("assets")
                | {f for f in source_files("locales") if f.endswith(".mo")})
    assert files == expected, {"unexpected": sorted(files - expected), "missing": sorted(expected - files)}
    # nothing that only tests, tools or a YAML parser need, and no caches
    for name in files:
        parts = name.split("/")
        assert not {"tests", "test", "__pycache__", ".venv", "venv", "node_modules", ".pytest_cache"} & set(parts), name
        assert not name.endswith((".pyc", ".po", ".pot", ".yaml", ".yml")), name
        assert "yaml" not in parts[-1].lower(), name


def test_package_size_budget(web_build):
    size = (web_build.out / "lupa.tar.gz").stat().st_size
    assert size <= 3 * MB, f"package is {size / MB:.2f} MB"
    info = json.loads((web_build.out / "build-info.json").read_text())
    assert info["package"]["bytes"] == size
    assert info["package"]["sha256"] == hashlib.sha256((web_build.out / "lupa.tar.gz").read_bytes()).hexdigest()


def test_packaged_code_needs_no_yaml_parser(web_build):
    for name in package_names(web_build.out):
        if name.endswith(".py"):
            tree = ast.parse(read_member(web_build.out, name[len("assets/"):]))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    assert not any(a.name.split(".")[0] == "yaml" for a in node.names), name
                if isinstance(node, ast.ImportFrom) and node.level == 0:
                    assert (node.module or "").split(".")[0] != "yaml", name


def test_content_pack_is_the_validated_library(web_build):
    from game.core.library import Library

    pack = json.loads(read_member(web_build.out, "content-pack.json"))
    library = Library.from_pack(pack)
    native = Library.from_folder(ROOT)
    assert not native.broken
    assert [lv.id for lv in library.levels] == [lv.id for lv in native.levels]
    assert library.to_pack()["levels"] == native.to_pack()["levels"]
    assert [lv.id for lv in library.checks] == [lv.id for lv in native.checks]
    assert library.technique_ids() == native.technique_ids()


def test_catalogues_and_assets_are_the_sources(web_build):
    for name in source_files("locales"):
        if name.endswith(".mo"):
            assert read_member(web_build.out, name) == (ROOT / name).read_bytes(), name
    for name in source_files("assets"):
        if not name.endswith((".ttf", ".otf")):
            assert read_member(web_build.out, name) == (ROOT / name).read_bytes(), name


def test_fonts_are_subset_but_keep_every_letter_of_the_region(web_build, tmp_path):
    fonttools = pytest.importorskip("fontTools.ttLib")
    letters = ("abcxyzABCXYZ0123456789ëçËÇčćđšžČĆĐŠŽśźŚŹ„“”‘’–—…"
               "абвгдђежзијклљмнњопрстћуфхцчџшѓќѕАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШЃЌЅ")
    fonts = [f for f in source_files("assets") if f.endswith((".ttf", ".otf"))]
    if not fonts:
        pytest.skip("no font files in assets/ yet")
    pack_text = read_member(web_build.out, "content-pack.json").decode()
    used = {c for c in pack_text if c.isalpha()}
    for name in fonts:
        source = fonttools.TTFont(ROOT / name)
        (tmp_path / "f").write_bytes(read_member(web_build.out, name))
        shipped = fonttools.TTFont(tmp_path / "f")
        assert (tmp_path / "f").stat().st_size < (ROOT / name).stat().st_size, name
        have, had = shipped.getBestCmap(), source.getBestCmap()
        wanted = {c for c in letters + "".join(used) if ord(c) in had}
        assert not [c for c in wanted if ord(c) not in have], name
        assert len(have) < len(had), f"{name} was not subset"


def test_page_is_lupas_own_template_filled_in(web_build):
    html = (web_build.out / "index.html").read_text(encoding="utf-8")
    assert "{{cookiecutter" not in html and "@@LUPA_" not in html
    assert re.search(r'<html lang="en">', html)
    assert "<title>Lupa</title>" in html and '<meta name="description" content="Lupa is' in html
    assert "<noscript><p lang=" in html and "needs JavaScript" in html
    assert 'id="lupa-live" class="sr-only" role="status" aria-live="polite"' in html
    assert 'id="lupa-retry"' in html and 'id="lupa-start"' in html and 'role="alert"' in html
    assert f'<script src="{web.DEFAULT_CDN}pythons.js" type="module"' in html
    assert 'os.environ["PYGPI"] = str(lupa.packageIndex)' in html, "the package index must be pinned"
    assert "pygbag 0.9.3" in html and 'data-python="python3.12"' in html
    digest = hashlib.sha256((web_build.out / "lupa.tar.gz").read_bytes()).hexdigest()
    assert f'"lupa.tar.gz?v={digest[:12]}"' in html, "the package URL changes with its content"
    for kind in ("xterm.js", "vtx", "browserfs", "<iframe", "empty.html", "fonts.googleapis"):
        assert kind not in html, kind


def test_default_page_reaches_only_the_runtime(web_build):
    html = (web_build.out / "index.html").read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", html))
    allowed = (web.DEFAULT_CDN, "https://pygame-web.github.io/cdn/")
    assert urls and all(u.startswith(allowed) for u in urls), urls
    info = json.loads((web_build.out / "build-info.json").read_text())
    assert info["runtime"] == web.DEFAULT_CDN and info["package_index"] == "https://pygame-web.github.io/cdn/"


def test_runtime_dir_makes_every_url_relative(relative_build):
    out = relative_build.out
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "://" not in html, re.findall(r".{30}://.{30}", html)
    refs = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert refs and all(not r.startswith(("/", "//")) for r in refs), refs
    assert '<script src="runtime/0.9.3/pythons.js"' in html
    assert (out / "runtime" / "0.9.3" / "pythons.js").is_file()
    assert (out / "runtime" / "index-0.9.3-cp312.json").is_file()
    info = json.loads((out / "build-info.json").read_text())
    assert info["runtime"] == "runtime/0.9.3/" and info["package_index"] == "runtime/"


# -- refusals (no pygbag run needed) ---------------------------------------------------------------
def project_copy(tmp_path: Path) -> Path:
    """A copy of the parts of the project the build reads."""
    dest = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("game", "levels", "assets", "locales"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    shutil.copyfile(ROOT / "main.py", dest / "main.py")
    return dest


def test_build_refuses_levels_with_errors(tmp_path):
    project = project_copy(tmp_path)
    (project / "levels" / "zz-broken.yaml").write_text("id: Not A Slug\nmode: practice\n", encoding="utf-8")
    with pytest.raises(web.BuildError, match="zz-broken.yaml"):
        web.build(project, out=tmp_path / "out", work=tmp_path / "work", log=lambda *_: None)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("intruder", ["assets/tests/test_x.py", "game/ui/.venv/pyvenv.cfg", "assets/.pytest_cache/v",
                                      "locales/node_modules/x/index.js", "game/conftest.py"])
def test_build_refuses_tests_caches_and_venvs(tmp_path, intruder):
    project = project_copy(tmp_path)
    (project / intruder).parent.mkdir(parents=True, exist_ok=True)
    (project / intruder).write_text("x", encoding="utf-8")
    with pytest.raises(web.BuildError, match="tests, caches or a virtual environment"):
        web.plan_staging(project)


def test_python_caches_next_to_sources_are_skipped_not_shipped(tmp_path):
    project = project_copy(tmp_path)
    (project / "game" / "__pycache__").mkdir(exist_ok=True)
    (project / "game" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    files, left_out = web.plan_staging(project)
    assert not [f for f in files if "__pycache__" in f]
    assert YAML_MODULES <= set(left_out)


def test_guard_catches_anything_in_the_real_staging_folder(tmp_path):
    (tmp_path / "lupa" / "game" / "__pycache__").mkdir(parents=True)
    with pytest.raises(web.BuildError, match="staging folder"):
        web.guard_staging(tmp_path / "lupa")


def test_black_on_the_path_cannot_reformat_anything(tmp_path, monkeypatch):
    """pygbag runs `black` when it can import it; a hostile black here rewrites every file it sees."""
    tools = tmp_path / "tools"
    (tools / "black").mkdir(parents=True)
    (tools / "black" / "__init__.py").write_text("", encoding="utf-8")
    script = tools / "black-bin"
    script.write_text("#!/bin/sh\nfind \"$5\" -name '*.py' -exec sh -c 'echo \"# reformatted\" >> \"$1\"' _ {} \\;\n")
    script.chmod(0o755)
    (tools / "bin").mkdir()
    (tools / "bin" / "black").symlink_to(script)
    monkeypatch.setenv("PYTHONPATH", str(tools))
    monkeypatch.setenv("PATH", f"{tools / 'bin'}:{__import__('os').environ['PATH']}")
    project = project_copy(tmp_path)
    report = web.build(project, out=tmp_path / "out", work=tmp_path / "work", log=lambda *_: None)
    with tarfile.open(report.package, "r:gz") as tar:
        main = tar.extractfile("assets/main.py").read()
    assert main == (project / "main.py").read_bytes()
    assert b"# reformatted" not in main
