"""The trainers' docs and the JSON Schema are generated from the schema and committed up to date."""

import json

from game.commands.docs import outputs
from game.core.schema import LEVEL


def test_generated_files_are_up_to_date(root):
    for path, text in outputs(root).items():
        assert path.exists(), f"{path} is missing: run 'python -m game docs'"
        assert path.read_text(encoding="utf-8") == text, f"{path} is out of date: run 'python -m game docs'"


def test_docs_mention_every_field(root):
    readme = (root / "levels" / "README.md").read_text(encoding="utf-8")
    for f in LEVEL.fields:
        assert f"| `{f.name}` |" in readme


def test_json_schema_is_valid_json_with_technique_ids(root):
    schema = json.loads((root / "levels" / "level.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["id"]["pattern"]
    item = schema["properties"]["items"]["items"]
    assert "emotional-language" in item["properties"]["techniques"]["items"]["enum"]
    assert set(schema["required"]) == {f.name for f in LEVEL.fields if f.required}
