"""Shared test fixtures: the project root, the real technique guide and a fixture level."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Scene and benchmark tests run the real renderer without a screen or a sound card.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def techniques_file() -> Path:
    return ROOT / "levels" / "techniques.yaml"


@pytest.fixture
def good_level_text() -> str:
    return (FIXTURES / "good-level.yaml").read_text(encoding="utf-8")
