"""Scoring formulas against hand-computed values (research note on scoring, sections 2.2 and 6)."""

import pytest

from game.core import scoring
from game.core.scoring import Answer, ItemKey, jaccard, lean, report, score_item


def test_jaccard_basics():
    assert jaccard([], []) == 1.0
    assert jaccard(["a"], ["a"]) == 1.0
    assert jaccard(["a", "c"], ["a", "b"]) == pytest.approx(1 / 3)
    assert jaccard(["a", "x"], ["a"], also_accept=["x"]) == 1.0      # also_accept is not punished ...
    assert jaccard(["x"], ["a"], also_accept=["x"]) == 0.0           # ... nor rewarded
    assert jaccard(list("abcdefgh"), ["a"]) == pytest.approx(1 / 8)   # "select all" earns 1/K


MANIP = ItemKey("m", "manipulative", ("emotional-language", "false-context"), ("polarisation",))
LEGIT = ItemKey("l", "legitimate")


@pytest.mark.parametrize("key,answer,points", [
    (MANIP, Answer("m", "manipulative", ("emotional-language", "false-context")), 200),
    (MANIP, Answer("m", "manipulative", ("emotional-language", "clickbait")), 133),   # 1 of 2 right, 1 extra
    (MANIP, Answer("m", "manipulative", ("emotional-language", "false-context", "polarisation")), 200),
    (MANIP, Answer("m", "manipulative", ()), 100),
    (MANIP, Answer("m", "legitimate"), 0),
    (LEGIT, Answer("l", "legitimate"), 200),
    (LEGIT, Answer("l", "manipulative", ()), 0),        # flagging a fair item never pays ...
    (LEGIT, Answer("l", "manipulative", ("clickbait",)), 0),
])
def test_item_points(key, answer, points):
    assert score_item(key, answer).points == points


def session(hits, n_manip, false_alarms, n_legit):
    keys = [ItemKey(f"m{i}", "manipulative", ("clickbait",)) for i in range(n_manip)]
    keys += [ItemKey(f"l{i}", "legitimate") for i in range(n_legit)]
    answers = [Answer(f"m{i}", "manipulative" if i < hits else "legitimate", ("clickbait",) if i < hits else ())
               for i in range(n_manip)]
    answers += [Answer(f"l{i}", "manipulative" if i < false_alarms else "legitimate") for i in range(n_legit)]
    return keys, answers


# Worked examples from the research note's table (10 manipulative + 10 legitimate, log-linear).
@pytest.mark.parametrize("hits,fas,d,c", [
    (10, 0, 3.38, 0.00),
    (8, 3, 1.22, -0.14),
    (9, 6, 0.87, -0.66),
    (6, 1, 1.33, 0.43),
    (10, 10, 0.00, -1.69),   # flag everything: no skill, strongly suspicious
    (5, 5, 0.00, 0.00),      # guessing
])
def test_d_prime_and_c(hits, fas, d, c):
    r = report(*session(hits, 10, fas, 10))
    assert r["d_prime"] == pytest.approx(d, abs=0.01)
    assert r["bias_c"] == pytest.approx(c, abs=0.01)


def test_log_linear_rates_by_hand():
    disc = scoring.discernment(*session(8, 10, 3, 10))
    assert disc.hit_rate == pytest.approx(8.5 / 11)
    assert disc.false_alarm_rate == pytest.approx(3.5 / 11)


def test_perfect_session():
    r = report(*session(10, 10, 0, 10))
    assert r["score"] == r["max_score"] == 4000
    assert (r["hits"], r["misses"], r["false_alarms"], r["correct_rejections"]) == (10, 0, 0, 10)
    assert r["discernment_score"] == pytest.approx(99.2, abs=0.1)   # 100 x Phi(3.381 / sqrt 2)
    assert r["lean"] == "balanced"
    assert r["measuring"] is False


def test_all_wrong_session():
    keys, _ = session(0, 8, 8, 8)
    answers = [Answer(k.item_id, "legitimate" if k.verdict == "manipulative" else "manipulative") for k in keys]
    r = report(keys, answers)
    assert r["score"] == 0
    # H* = 0.5 / 9 = .0556, F* = 8.5 / 9 = .9444: z = -1.593 and +1.593
    assert r["d_prime"] == pytest.approx(-3.19, abs=0.01)
    assert r["bias_c"] == pytest.approx(0.0, abs=1e-9)
    assert r["discernment_score"] < 2


def test_flag_everything_has_no_skill_and_strong_suspicion():
    r = report(*session(10, 10, 10, 10))
    assert r["d_prime"] == pytest.approx(0.0, abs=1e-9)
    assert r["bias_c"] == pytest.approx(-1.69, abs=0.01)
    assert r["discernment_score"] == pytest.approx(50.0)
    assert r["lean"] == "very-suspicious"
    assert r["distrust"] == 10 and r["naivety"] == 0
    # Points never reward the strategy: half the maximum at best.
    assert r["score"] == 10 * 200


@pytest.mark.parametrize("c,label", [(0.0, "balanced"), (0.19, "balanced"), (0.2, "leans-trusting"),
                                     (-0.3, "leans-suspicious"), (0.5, "very-trusting"), (-1.7, "very-suspicious")])
def test_lean_labels(c, label):
    assert lean(c) == label


def test_measuring_flag_with_few_items():
    assert report(*session(5, 6, 1, 5))["measuring"] is True


def test_technique_counts_precision_recall():
    keys = [ItemKey("a", "manipulative", ("clickbait", "fabrication")),
            ItemKey("b", "manipulative", ("clickbait",), ("conspiracy",)),
            ItemKey("c", "legitimate")]
    answers = [Answer("a", "manipulative", ("clickbait", "conspiracy")),
               Answer("b", "manipulative", ("conspiracy",)),
               Answer("c", "manipulative", ("clickbait",))]
    t = report(keys, answers)["techniques"]
    assert t["clickbait"] == {"spotted": 1, "missed": 1, "false_tags": 1, "precision": 0.5, "recall": 0.5, "stars": 0}
    assert t["fabrication"]["missed"] == 1 and t["fabrication"]["recall"] == 0.0
    # conspiracy is acceptable on b (not counted) but a wrong tag on a.
    assert t["conspiracy"] == {"spotted": 0, "missed": 0, "false_tags": 1, "precision": 0.0, "recall": None, "stars": 0}


def _history(pattern):
    """Items that all have clickbait as key; pattern: True spotted, False missed (oldest first)."""
    keys = [ItemKey(f"i{n}", "manipulative", ("clickbait",)) for n in range(len(pattern))]
    answers = [Answer(f"i{n}", "manipulative", ("clickbait",) if ok else ("fabrication",))
               for n, ok in enumerate(pattern)]
    return scoring.technique_tallies(keys, answers)["clickbait"]


def test_stars_by_hand():
    assert _history([True]).stars == 0                       # one encounter is not enough
    assert _history([True, True]).stars == 1                 # S = (1 + .9 + 1) / (1.9 + 2) = .744
    assert _history([True, True, True]).stars == 2           # S = 3.71 / 4.71 = .788
    assert _history([True, True, True, True]).stars == 3     # S = R = 4.439 / 5.439 = .816
    assert _history([True, True, True, False]).stars == 1    # S = 3.439 / 5.439 = .632
    assert _history([False, True, True, True]).stars == 1    # S = 3.71 / 5.439 = .682, just under 2 stars
    assert _history([False, True, True, True, True]).stars == 2  # S = 4.439 / 6.095 = .728: the old miss fades


def test_spot_rate_weights_recent_answers():
    old_miss = _history([False, True, True, True])
    new_miss = _history([True, True, True, False])
    assert old_miss.spot_rate == pytest.approx((1 + .9 + .81 + 1) / (1 + .9 + .81 + .729 + 2))
    assert old_miss.spot_rate > new_miss.spot_rate


def test_report_keys_are_stable():
    r = report(*session(3, 4, 1, 4))
    for key in ("score", "max_score", "hits", "misses", "false_alarms", "correct_rejections", "d_prime", "bias_c",
                "discernment_score", "lean", "techniques", "items"):
        assert key in r
    assert set(r["items"][0]) == {"id", "verdict_correct", "techniques_jaccard", "points"}
    assert set(r["techniques"]["clickbait"]) == {"spotted", "missed", "false_tags", "precision", "recall", "stars"}
