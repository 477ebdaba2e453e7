"""The validator: one bad file per kind of mistake, each with its exact place and plain message."""

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from game.core.loader import load_content
from game.core.yamlsafe import MAX_DEPTH


def where(text: str, needle: str, offset: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of the first occurrence of ``needle`` in ``text``."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def validate(tmp_path: Path, techniques_file: Path, content, name: str = "good-level.yaml", **kw):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return load_content([path], techniques=techniques_file, root=tmp_path, **kw).report


def only(report, severity="error"):
    found = [p for p in report.problems if p.severity == severity]
    assert len(found) == 1, "\n".join(p.format() for p in report.problems)
    return found[0]


def test_fixture_level_is_clean(tmp_path, techniques_file, good_level_text):
    report = validate(tmp_path, techniques_file, good_level_text)
    assert report.problems == []


def test_free_text_stays_text(tmp_path, techniques_file, good_level_text):
    path = tmp_path / "good-level.yaml"
    path.write_text(good_level_text, encoding="utf-8")
    level = load_content([path], techniques=techniques_file, root=tmp_path).levels[0].data
    assert level["title"] == "NO"
    assert level["items"][0]["headline"] == "yes"
    assert level["difficulty"] == 2 and level["period"] == "2019-2024"


# (case name, old text, new text, needle locating the problem in the new text, offset, message fragment)
REPLACEMENTS = [
    ("unquoted colon", "summary: A fixture level used by the tests.",
     "summary: Warning: read this", "Warning: read", 7, "A ': ' (colon and space) appears inside a value"),
    ("tab indentation", "  - id: m2\n    format: headline", "  - id: m2\n\tformat: headline", "\tformat", 0,
     "A tab character is used here"),
    ("wrong type", "difficulty: 2", "difficulty: three", "three", 0,
     "'difficulty' should be a whole number from 1 to 5, but it is 'three'."),
    ("number out of range", "difficulty: 2", "difficulty: 9", "9\nminutes", 0, "'difficulty' is 9, but it must be from 1 to 5."),
    ("duplicate key", "minutes: 10", "minutes: 10\nminutes: 12", "minutes: 12", 0, "The key 'minutes' appears twice"),
    ("unknown key", "summary: A fixture", "sumary: A fixture", "sumary", 0, "Unknown key 'sumary' in a level section."),
    ("unknown technique", "techniques: [emotional-language]", "techniques: [emotional-langauge]",
     "emotional-langauge", 0, "Unknown technique 'emotional-langauge'."),
    ("missing facts", "    facts: Fixture facts.\n    sources:\n      - title: Fixture source\n        publisher: Fixture Publisher\n        url: https://example.org/two",
     "    sources:\n      - title: Fixture source\n        publisher: Fixture Publisher\n        url: https://example.org/two",
     "- id: m2", 2, "Item 'm2' is manipulative but has no 'facts'."),
    ("legitimate with techniques", "    text: Fixture legitimate text one.\n    verdict: legitimate",
     "    text: Fixture legitimate text one.\n    verdict: legitimate\n    techniques: [clickbait]",
     "[clickbait]", 0, "Item 'l1' is legitimate but lists techniques."),
    ("http url", "url: https://example.org/one", "url: http://example.org/one", "http://example.org/one", 0,
     "'url' starts with http://; sources must use https://."),
    ("impossible date", "date: 2020-03-16", "date: 2020-02-30", "2020-02-30", 0,
     "'date' should be a real date written year-month-day, but it is '2020-02-30'."),
    ("unknown country", "countries: [RS, XK]", "countries: [RS, KS]", "KS]", 0, "'KS' is not a known country code."),
    ("single value for a list", "countries: [RS, XK]", "countries: RS", "RS\ntopics", 0,
     "'countries' should be a list, but it is a single value."),
    ("id is not the file name", "id: good-level", "id: other-level", "other-level", 0,
     "The level id 'other-level' does not match the file name 'good-level.yaml'."),
    ("duplicate item id", "  - id: m2", "  - id: m1", "id: m1\n    format: headline", 4, "Two items have the id 'm1'."),
    ("too long", "text: Fixture manipulative text two.", "text: " + "x" * 601, "x" * 601, 0,
     "'text' is 601 characters long; at most 600 fit on the card."),
    ("unknown clue tool", "      source: The site is new.", "      sorce: The site is new.", "sorce", 0,
     "Unknown key 'sorce' in a clues section."),
    ("bad slug", "  - id: m2", "  - id: M 2", "M 2", 0, "'id' should be a short id of lowercase letters"),
    ("missing required key", "    outlet: Fixture Outlet\n    text: Fixture manipulative text two.",
     "    text: Fixture manipulative text two.", "id: m2", 0, "The item is missing the required key 'outlet'."),
    ("anchor", "briefing: |", "briefing: &brief |", "&brief", 0, "Anchors ('&brief') are not allowed in levels."),
    ("python tag", "summary: A fixture level used by the tests.", "summary: !!python/object:os.system echo",
     "!!python", 0, "Tags ('tag:yaml.org,2002:python/object:os.system') are not allowed in levels."),
    ("missing image", "    clues:\n      source: The site is new.",
     "    image:\n      file: assets/levels/good-level/none.png\n      alt: A picture\n    clues:\n      source: The site is new.",
     "assets/levels/good-level/none.png", 0, "The image file 'assets/levels/good-level/none.png' does not exist."),
    ("image without alt", "    clues:\n      source: The site is new.",
     "    image:\n      file: assets/levels/good-level/none.png\n    clues:\n      source: The site is new.",
     "file: assets", 0, "The image is missing the required key 'alt'."),
]


@pytest.mark.parametrize("case", REPLACEMENTS, ids=[c[0] for c in REPLACEMENTS])
def test_each_mistake_is_located_and_explained(tmp_path, techniques_file, good_level_text, case):
    _, old, new, needle, offset, message = case
    assert old in good_level_text
    text = good_level_text.replace(old, new, 1)
    report = validate(tmp_path, techniques_file, text)
    errors = [p for p in report.problems if p.severity == "error"]
    line, col = where(text, needle, offset)
    hits = [p for p in errors if message in p.message]
    assert hits, f"no '{message}' in:\n" + "\n".join(p.format() for p in report.problems)
    assert (hits[0].loc.line, hits[0].loc.col) == (line, col), hits[0].format()
    assert hits[0].loc.file.endswith("good-level.yaml")


def test_did_you_mean_for_keys_and_techniques(tmp_path, techniques_file, good_level_text):
    text = good_level_text.replace("summary:", "sumary:").replace("[emotional-language]", "[emotional-langauge]")
    report = validate(tmp_path, techniques_file, text)
    hints = {p.message: p.hint for p in report.problems}
    assert hints["Unknown key 'sumary' in a level section."] == "Did you mean 'summary'?"
    assert hints["Unknown technique 'emotional-langauge'."] == "Did you mean 'emotional-language'?"


def test_all_problems_are_collected_not_just_the_first(tmp_path, techniques_file, good_level_text):
    text = (good_level_text.replace("difficulty: 2", "difficulty: 9").replace("sumary", "summary")
            .replace("url: https://example.org/one", "url: http://example.org/one")
            .replace("date: 2020-03-16", "date: 2020-13-01"))
    report = validate(tmp_path, techniques_file, text)
    assert len(report.errors) == 3


def test_practice_level_balance(tmp_path, techniques_file, good_level_text):
    text = good_level_text.split("  - id: l1")[0]
    report = validate(tmp_path, techniques_file, text)
    messages = [p.message for p in report.errors]
    assert "A practice level needs at least 6 items; this one has 3." in messages
    assert "Only 0 of 3 items are legitimate; at least one third must be." in messages


def test_duplicate_level_id_across_files(tmp_path, techniques_file, good_level_text):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    (tmp_path / "b" / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    report = load_content([tmp_path], techniques=techniques_file, root=tmp_path).report
    problem = only(report)
    assert problem.message == "Another level already has the id 'good-level'."
    assert problem.loc.file.endswith("b/good-level.yaml") and problem.loc.line == 3


def test_hashtag_swallowed_as_comment_is_flagged(tmp_path, techniques_file, good_level_text):
    text = good_level_text.replace("summary: A fixture level used by the tests.",
                                   "summary: A level about the hashtag #Boycott and more.")
    problem = only(validate(tmp_path, techniques_file, text), "warning")
    line, col = where(text, "#Boycott")
    assert (problem.loc.line, problem.loc.col) == (line, col)
    assert problem.message.startswith("'summary' stops before this '#'")
    # An ordinary comment (a space after #) is not a hashtag and stays silent.
    quiet = good_level_text.replace("difficulty: 2", "difficulty: 2  # easy")
    assert validate(tmp_path, techniques_file, quiet).problems == []


def test_warning_for_unused_taught_technique(tmp_path, techniques_file, good_level_text):
    text = good_level_text.replace("teaches: [emotional-language, false-context]",
                                   "teaches: [emotional-language, false-context, clickbait]")
    problem = only(validate(tmp_path, techniques_file, text), "warning")
    assert problem.message == "The level teaches 'clickbait' but no item uses it."


# -- files that are not levels at all ----------------------------------------------------------------

NOT_LEVELS = [
    ("empty", b"", 1, 1, "The file is empty."),
    ("only comments", b"# nothing here\n\n", 1, 1, "The file is empty (it has only comments or blank lines)."),
    ("top-level list", b"- a\n- b\n", 1, 1, "This file should be a level section"),
    ("plain text", b"hello world\n", 1, 1, "This file should be a level section"),
    ("binary", bytes(range(256)) * 4, 1, 1, "This is not a text file (it contains binary data)."),
    ("not utf-8", "title: Čačak\n".encode("cp1250"), 1, 8, "The file is not saved as UTF-8 text"),
    ("two documents", b"format: 1\n---\nformat: 1\n", 2, 1, "The file holds more than one YAML document"),
    ("alias", b"a: &x 1\nb: *x\n", 2, 4, "Aliases ('*x') are not allowed in levels."),
    ("merge key", b"a: {k: 1}\nb:\n  <<: {k: 2}\n", 3, 3, "Merge keys ('<<') are not allowed in levels."),
    ("unclosed quote", b"title: \"open\n", 2, 1, "The file ends in the middle of a value"),
    ("control character", b"title: a\x07b\n", 1, 9, "invisible control character"),
    ("reserved first character", b"author: @someone\n", 1, 9, "A value starts with a character YAML reserves"),
]


@pytest.mark.parametrize("case", NOT_LEVELS, ids=[c[0] for c in NOT_LEVELS])
def test_files_that_are_not_levels(tmp_path, techniques_file, case):
    _, data, line, col, message = case
    report = validate(tmp_path, techniques_file, data)
    hits = [p for p in report.problems if message in p.message]
    assert hits, "\n".join(p.format() for p in report.problems)
    assert (hits[0].loc.line, hits[0].loc.col) == (line, col), hits[0].format()
    for problem in report.problems:  # plain words only: no exception names, no tracebacks
        assert "Error" not in problem.message and "Traceback" not in problem.message


def _bounded(tmp_path, techniques_file, data: bytes, message: str):
    tracemalloc.start()
    started = time.perf_counter()
    report = validate(tmp_path, techniques_file, data)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert any(message in p.message for p in report.problems), "\n".join(p.format() for p in report.problems)
    return elapsed, peak


def test_huge_file_is_refused_without_reading_it(tmp_path, techniques_file):
    _, peak = _bounded(tmp_path, techniques_file, b"a: b\n" * (6 * 1024 * 1024), "The file is too large (30.0 MB)")
    assert peak < 5 * 1024 * 1024  # the 30 MB are never read into memory


def test_deep_nesting_is_refused(tmp_path, techniques_file):
    _, peak = _bounded(tmp_path, techniques_file, b"[" * 20_000 + b"]" * 20_000,
                       f"nests lists or sections deeper than {MAX_DEPTH} levels")
    assert peak < 20 * 1024 * 1024


def test_deep_block_nesting_is_refused(tmp_path, techniques_file):
    data = "".join(" " * i + "k:\n" for i in range(300)).encode()
    _bounded(tmp_path, techniques_file, data, f"nests lists or sections deeper than {MAX_DEPTH} levels")


def test_alias_bomb_is_refused(tmp_path, techniques_file):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    _, peak = _bounded(tmp_path, techniques_file, "\n".join(lines).encode(), "Anchors ('&a0') are not allowed")
    assert peak < 20 * 1024 * 1024


def test_many_values_are_refused(tmp_path, techniques_file):
    data = b"k: [" + b"1," * 60_000 + b"1]\n"
    _bounded(tmp_path, techniques_file, data, "more than 50000 values")


def test_validate_a_folder_skips_guide_and_templates(tmp_path, root, good_level_text):
    levels = tmp_path / "levels"
    levels.mkdir()
    shutil.copy(root / "levels" / "techniques.yaml", levels)
    shutil.copy(root / "levels" / "_template.yaml", levels)
    (levels / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    content = load_content(None, root=tmp_path)
    assert [f.display for f in content.levels] == [str(levels / "good-level.yaml")] or \
        [Path(f.display).name for f in content.levels] == ["good-level.yaml"]
    assert content.report.problems == []


def test_template_is_a_valid_start(tmp_path, root, techniques_file):
    text = (root / "levels" / "_template.yaml").read_text(encoding="utf-8").replace("id: my-level-id", "id: my-level")
    # The template has two items; a real level needs six, so that is the only error left.
    report = validate(tmp_path, techniques_file, text, name="my-level.yaml")
    assert [p.message for p in report.errors] == ["A practice level needs at least 6 items; this one has 2."]
