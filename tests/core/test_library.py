"""The content library: native from YAML, browser from the JSON pack; broken levels are kept."""

import json
import shutil

from game.core.library import Library


def test_real_levels_load_and_pack_round_trip(root):
    lib = Library.from_folder(root)
    assert lib.levels and lib.checks and lib.techniques
    again = Library.from_pack(json.loads(json.dumps(lib.to_pack())))
    assert again.levels == lib.levels and again.checks == lib.checks
    assert again.technique_ids() == lib.technique_ids()


def test_broken_level_is_kept_with_its_first_error(tmp_path, root, good_level_text):
    levels = tmp_path / "levels"
    levels.mkdir()
    shutil.copy(root / "levels" / "techniques.yaml", levels)
    (levels / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    (levels / "bad.yaml").write_text("format: 1\nid: bad\n", encoding="utf-8")
    lib = Library.from_folder(tmp_path)
    assert [lv.id for lv in lib.levels] == ["good-level"]
    assert len(lib.broken) == 1 and "missing the required key" in lib.broken[0].first
