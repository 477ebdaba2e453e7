"""Save files: missing, corrupt, truncated, foreign, newer; atomic writes; the notice the player sees."""

import json

from game.storage import (CORRUPT, FOREIGN, NEWER, SAVE_VERSION, BrowserStorage, FileStorage, MemoryStorage)
from game.ui.progress import Progress
from tests.ui.driver import Driver


def test_missing_save_starts_clean(tmp_path):
    s = FileStorage(tmp_path / "lupa" / "save.json")
    loaded = s.load()
    assert loaded.notice is None and loaded.data["app"] == "lupa"
    assert s.save({"levels": {"x": {"best": 1}}})
    assert json.loads((tmp_path / "lupa" / "save.json").read_text())["levels"]["x"]["best"] == 1
    assert not list((tmp_path / "lupa").glob("*.tmp"))  # the temporary file was renamed into place


def _good(tmp_path) -> FileStorage:
    s = FileStorage(tmp_path / "save.json")
    p = Progress(s)
    p.set("text_scale", 150)
    p.record({"level": "lvl", "score": 300, "max_score": 400, "discernment_score": 70.0})
    return s


def test_good_save_round_trips(tmp_path):
    s = _good(tmp_path)
    p = Progress(s)
    assert p.notice is None and p.settings["text_scale"] == 150 and p.best("lvl")["stars"] == 2


def test_corrupt_save_is_kept_aside_with_a_notice(tmp_path):
    path = tmp_path / "save.json"
    path.write_bytes(b"\x00\xff not json")
    p = Progress(FileStorage(path))
    assert p.notice == CORRUPT and p.levels == {}
    backups = list(tmp_path.glob("save.unreadable-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == b"\x00\xff not json"
    assert not path.exists()


def test_truncated_save(tmp_path):
    s = _good(tmp_path)
    text = s.path.read_text()
    s.path.write_text(text[: len(text) // 2])
    p = Progress(FileStorage(s.path))
    assert p.notice == CORRUPT and p.best("lvl") is None
    assert len(list(tmp_path.glob("save.unreadable-*"))) == 1


def test_newer_version_is_not_overwritten(tmp_path):
    path = tmp_path / "save.json"
    newer = {"app": "lupa", "version": SAVE_VERSION + 1, "levels": {"lvl": {"best": 9}}}
    path.write_text(json.dumps(newer))
    p = Progress(FileStorage(path))
    assert p.notice == NEWER and p.levels == {}
    backup = next(tmp_path.glob("save.unreadable-*"))
    assert json.loads(backup.read_text()) == newer
    p.set("sound", False)  # playing on writes a fresh save; the newer one is still in the backup
    assert json.loads(path.read_text())["version"] == SAVE_VERSION


def test_foreign_files(tmp_path):
    for text in ('{"hello": 1}', "[1, 2]", '{"app": "lupa", "version": "1"}', '{"app": "other", "version": 1}'):
        path = tmp_path / "save.json"
        path.write_text(text)
        assert Progress(FileStorage(path)).notice == FOREIGN, text


def test_bad_settings_values_fall_back_to_defaults():
    s = MemoryStorage(json.dumps({"app": "lupa", "version": 1, "settings": {"text_scale": 175, "sound": "yes"}}))
    p = Progress(s)
    assert p.settings["text_scale"] == 100 and p.settings["sound"] is True and p.notice is None


class FakeLocalStorage:
    def __init__(self):
        self.items = {}

    def getItem(self, k):  # noqa: N802 - the browser's names
        return self.items.get(k)

    def setItem(self, k, v):  # noqa: N802
        self.items[k] = str(v)

    def removeItem(self, k):  # noqa: N802
        self.items.pop(k, None)


def test_browser_local_storage_backend():
    ls = FakeLocalStorage()
    s = BrowserStorage(local_storage=ls)
    assert s.load().notice is None
    assert s.save({"levels": {}})
    assert json.loads(ls.items["lupa.save"])["app"] == "lupa"
    ls.items["lupa.save"] = "{broken"
    loaded = s.load()
    assert loaded.notice == CORRUPT and ls.items["lupa.save.unreadable"] == "{broken" and "lupa.save" not in ls.items


def test_browser_storage_blocked_keeps_the_game_running():
    class Blocked:
        def getItem(self, k):  # noqa: N802
            raise RuntimeError("SecurityError")

        setItem = removeItem = getItem  # noqa: N815

    s = BrowserStorage(local_storage=Blocked())
    assert s.save({"x": 1}) is False
    assert s.load().data["app"] == "lupa"


def test_title_shows_the_notice(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("{{{")
    d = Driver(storage=FileStorage(path))
    texts = [b.label for b in d.scene.blocks if b.kind == "text"]
    assert any(getattr(t, "msgid", "").startswith("Your saved progress was damaged") for t in texts)
    d.shot("19-title-save-notice")
