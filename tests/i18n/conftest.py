"""Fixtures for the translation tests: a small project (one level) in a temporary folder."""

import shutil

import pytest


@pytest.fixture
def project(tmp_path, root, good_level_text):
    """A project folder with the real technique guide and one fixture level, no translations yet."""
    levels = tmp_path / "levels"
    levels.mkdir()
    shutil.copy(root / "levels" / "techniques.yaml", levels)
    (levels / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    (tmp_path / "locales").mkdir()
    return tmp_path
