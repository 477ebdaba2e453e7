"""Results: the student's file and code round-trip, typing errors are caught, the class CSV merges."""

import csv
import io
import json
import random
from pathlib import Path

import pytest

from game.core import results as R
from game.core.library import Library
from game.core.session import Session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library():
    return Library.from_folder(ROOT)


def play(library, level, seed, right=True, items=None):
    session = Session.start(level, seed, library.technique_ids())
    chosen = level.items if items is None else level.items[:items]
    session.answer_all([{"item": it.id, "verdict": it.verdict if right else "legitimate",
                         "techniques": list(it.techniques) if right else []} for it in chosen])
    session.add_time(65.4 * (seed + 1))
    return session


@pytest.fixture(scope="module")
def finished(library):
    pre, post = library.checks[0], library.checks[-1]
    sessions = [("pre", play(library, pre, 1, right=False)), (None, play(library, library.levels[0], 2)),
                (None, play(library, library.levels[1], 3, items=3)), ("post", play(library, post, 4))]
    return R.results_for_sessions(sessions, assignment="7b – Ана", lang="mk", nickname="Mira", date="2026-11-22")


def test_results_hold_scores_and_no_personal_data_beyond_the_nickname(finished):
    data = finished.to_dict()
    assert set(data) == {"format", "version", "assignment", "lang", "nickname", "date", "levels"}
    level = data["levels"][1]
    assert set(level) == {"level", "phase", "score", "max_score", "discernment", "lean", "measuring", "minutes", "stars"}
    assert [lv["phase"] for lv in data["levels"]] == ["pre", "practice", "practice", "post"]
    assert data["levels"][0]["lean"] == "very-trusting"
    assert data["levels"][1]["score"] == data["levels"][1]["max_score"]
    # a technique no answered item tested is "not tested" (None), not zero stars
    partial = data["levels"][2]["stars"]
    assert None in partial.values() and any(v is not None for v in partial.values())


def test_json_file_round_trip(finished):
    text = R.to_json(finished)
    assert R.from_json(text) == finished
    assert json.loads(text)["code"] == R.encode_code(finished)


def test_code_round_trip(finished, library):
    code = R.encode_code(finished)
    assert code.startswith("LUPA-") and set(code) <= set(R._ALPHABET + "LUPA-")
    decoded, notices = R.decode_code(code, library.levels + library.checks)
    assert decoded == finished and notices == []


def test_code_is_short_for_one_level(library):
    one = R.results_for_sessions([(None, play(library, library.levels[0], 1))], assignment="7b", lang="sq")
    assert len(R.encode_code(one)) <= 80


def test_code_forgives_case_spaces_and_look_alike_letters(finished, library):
    code = R.encode_code(finished)
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert R.decode_code(sloppy, library.levels + library.checks)[0] == finished


def test_checksum_catches_every_single_typo_and_swap(finished, library):
    code = R.encode_code(finished)
    body = code[len("LUPA-"):]
    rng = random.Random(7)
    positions = [i for i, c in enumerate(body) if c != "-"]
    tried = 0
    for i in rng.sample(positions, 40):
        for wrong in rng.sample([c for c in R._ALPHABET if c != body[i]], 5):
            typo = "LUPA-" + body[:i] + wrong + body[i + 1:]
            with pytest.raises(R.ResultsError):
                R.decode_code(typo, library.levels + library.checks)
            tried += 1
    for i in positions[:-1]:
        j = next((k for k in positions if k > i), None)
        if j is None or body[i] == body[j]:
            continue
        swapped = list(body)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        with pytest.raises(R.ResultsError):
            R.decode_code("LUPA-" + "".join(swapped), library.levels + library.checks)
        tried += 1
    for cut in (1, 2, 5):
        with pytest.raises(R.ResultsError):
            R.decode_code(code[:-cut], library.levels + library.checks)
    assert tried > 200


@pytest.mark.parametrize("junk", ["", "LUPA", "LUPA-", "hello", "LUPA-UUUUU", "LUPA-" + "Z" * 3000,
                                  "LUPA-!!!!!", "LUPA-00000-00000", "x" * 10_000])
def test_junk_codes_are_refused_in_plain_words(junk):
    with pytest.raises(R.ResultsError):
        R.decode_code(junk)


def test_a_code_from_another_content_version_keeps_scores_and_drops_stars(finished, library):
    code = R.encode_code(finished)
    decoded, notices = R.decode_code(code, library.levels[1:])  # this copy lacks the first level and the checks
    assert decoded.levels[1].level.startswith("?") and decoded.levels[1].stars == {}
    assert decoded.levels[1].score == finished.levels[1].score
    assert decoded.levels[2] == finished.levels[2]
    assert notices and all("not in this copy" in n for n in notices)


def test_results_code_fingerprints_do_not_collide(library):
    fps = [R._level_fp(lv.id, R.key_techniques(lv)) for lv in library.levels + library.checks]
    assert len(set(fps)) == len(fps)


@pytest.mark.parametrize("mutate, reason", [
    (lambda d: d.update(format="other"), "not a Lupa results file"),
    (lambda d: d.update(version=99), "version"),
    (lambda d: d.update(levels=[]), "no levels"),
    (lambda d: d["levels"][0].update(score="lots"), "not a number"),
    (lambda d: d["levels"][0].update(score=10 ** 9), "out of range"),
    (lambda d: d["levels"][0].update(discernment=float("nan")), "not a number"),
    (lambda d: d["levels"][0].update(level="../../etc"), "level id"),
    (lambda d: d["levels"][0].update(phase="exam"), "phase"),
    (lambda d: d["levels"][0].update(lean="gullible"), "lean"),
    (lambda d: d["levels"][0].update(stars={"x": 7}), "out of range"),
    (lambda d: d["levels"][0].update(stars=[1, 2]), "record"),
])
def test_hostile_results_files_are_refused(finished, mutate, reason):
    data = json.loads(R.to_json(finished))
    mutate(data)
    with pytest.raises(R.ResultsError, match=reason):
        R.from_json(json.dumps(data))


def test_hostile_strings_in_results_files_are_cleaned(finished):
    data = json.loads(R.to_json(finished))
    data["nickname"] = "\u202eMira" + "x" * 500
    data["assignment"] = {"not": "text"}
    data["date"] = "yesterday"
    read = R.from_json(json.dumps(data))
    assert read.nickname == ("Mira" + "x" * 500)[:R.MAX_NICKNAME] and read.assignment == "" and read.date == ""
    for text in ("not json", "[1, 2]", "{" * 100_000, "x" * (R.MAX_FILE_BYTES + 1)):
        with pytest.raises(R.ResultsError):
            R.from_json(text)


def test_student_csv_round_trip(finished):
    rows = R.from_csv(R.to_csv(finished))
    assert [r.levels[0] for r in rows] == list(finished.levels)
    assert {(r.nickname, r.assignment, r.lang, r.date) for r in rows} == {("Mira", "7b – Ана", "mk", "2026-11-22")}


def test_class_csv_merges_files_and_codes(finished, library):
    other = R.results_for_sessions([(None, play(library, library.levels[0], 9, right=False))],
                                   assignment="7b – Ана", lang="sq", nickname="=HYPERLINK(\"x\")", date="2026-11-23")
    merged = R.Merged()
    for source, text in (("mira.json", R.to_json(finished)), ("chat.txt", "hi! " + R.encode_code(other) + " bye"),
                         ("mira-again", R.encode_code(finished)), ("mira.csv", R.to_csv(finished))):
        found, notices = R.read_any(text, library.levels + library.checks)
        assert notices == []
        for results in found:
            merged.add(results, source)
    assert len(merged.rows) == 5, "duplicates from the same student's code and CSV are kept once"
    assert len(merged.notices) == 8
    table = list(csv.reader(io.StringIO(merged.to_csv(library.technique_ids()))))
    header, body = table[0], table[1:]
    assert header[:12] == list(R.BASE_COLUMNS) and header[-1] == "source"
    stars = [h[len("stars:"):] for h in header if h.startswith("stars:")]
    assert stars == [t for t in library.technique_ids() if t in stars], "technique columns in the guide's order"
    by = {(row[0], row[4]): dict(zip(header, row)) for row in body}
    mira = by[("Mira", library.levels[0].id)]
    assert mira["score"] == str(finished.levels[1].score) and mira["lean"] == finished.levels[1].lean
    assert mira["minutes"] == str(finished.levels[1].minutes) and mira["source"] == "mira.json"
    hostile = next(row for row in body if row[0].startswith("'"))
    assert hostile[0] == "'=HYPERLINK(\"x\")", "a nickname must never become a spreadsheet formula"
    untested = by[("Mira", library.levels[1].id)]
    assert "-" in [untested[f"stars:{t}"] for t in stars]


def test_read_any_reports_what_it_cannot_read(library):
    with pytest.raises(R.ResultsError):
        R.read_any("nothing to see here")
    found, notices = R.read_any("LUPA-AAAAA-AAAAA-AAAAA and LUPA-BBBBB-BBBBB", library.levels)
    assert found == [] and len(notices) == 2
