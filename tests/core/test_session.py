"""A player's session: determinism, actions, JSON round trip."""

import json

import pytest

from game.core.loader import load_content
from game.core.model import Level
from game.core.session import AnswerError, Session


@pytest.fixture
def level(tmp_path, techniques_file, good_level_text) -> Level:
    path = tmp_path / "good-level.yaml"
    path.write_text(good_level_text, encoding="utf-8")
    content = load_content([path], techniques=techniques_file, root=tmp_path)
    return Level.from_dict(content.levels[0].data)


@pytest.fixture
def ids(techniques_file):
    return [t["id"] for t in load_content([], techniques=techniques_file).technique_list()]


def test_model_round_trip(level):
    again = Level.from_dict(json.loads(json.dumps(level.to_dict())))
    assert again == level


def test_palette_has_level_techniques_and_seeded_distractors(level, ids):
    a = Session.start(level, seed=1, technique_ids=ids)
    b = Session.start(level, seed=1, technique_ids=ids)
    assert a.palette == b.palette and len(a.palette) == 8
    assert {"emotional-language", "false-context", "polarisation"} <= set(a.palette)
    assert a.palette == sorted(a.palette, key=ids.index)
    others = {tuple(Session.start(level, seed=s, technique_ids=ids).palette) for s in range(20)}
    assert len(others) > 1


def test_play_through_and_report(level, ids):
    s = Session.start(level, seed=3, technique_ids=ids)
    assert s.use_tool("source") == "The site is new."
    r = s.answer("manipulative", ["emotional-language", "false-context"])
    assert r.points == 200
    with pytest.raises(AnswerError):
        s.answer("legitimate")
    s.next()
    assert s.use_tool("search") is None  # no clue for this tool on this item: still recorded
    s.answer("legitimate")
    s.next()
    while not s.done:
        s.answer(s.current.verdict, list(s.current.techniques))
        s.next()
    rep = s.report()
    assert rep["score"] == 1000 and rep["max_score"] == 1200
    assert rep["hits"] == 2 and rep["misses"] == 1 and rep["correct_rejections"] == 3
    assert rep["verification"] == {"items_checked": 2, "tools": {"source": 1, "search": 1}}


def test_json_round_trip_mid_level(level, ids):
    s = Session.start(level, seed=5, technique_ids=ids)
    s.answer("manipulative", ["emotional-language"])
    s.next()
    s.add_time(90)
    saved = json.loads(json.dumps(s.to_dict()))
    again = Session.from_dict(saved, level)
    assert again.to_dict() == s.to_dict()
    assert again.current.id == s.current.id
    assert again.report() == s.report()


def test_damaged_or_foreign_save_is_refused(level):
    with pytest.raises(AnswerError):
        Session.from_dict({"level": "other"}, level)
    with pytest.raises(AnswerError):
        Session.from_dict({"level": level.id, "order": "nonsense"}, level)


def test_bad_answers_are_refused(level, ids):
    s = Session.start(level, technique_ids=ids)
    with pytest.raises(AnswerError):
        s.answer("maybe")
    with pytest.raises(AnswerError):
        s.answer("manipulative", ["not-a-technique"])
    with pytest.raises(AnswerError):
        s.use_tool("telepathy")


def test_check_forms_shuffle_by_seed(level):
    check = Level.from_dict({**level.to_dict(), "mode": "check"})
    orders = {tuple(Session.start(check, seed=s).order) for s in range(10)}
    assert len(orders) > 1
    assert Session.start(check, seed=4).order == Session.start(check, seed=4).order
    assert Session.start(level, seed=4).order == [it.id for it in level.items]  # practice keeps the author's order
