"""kg.yamlio: YAML that remembers its lines, refuses duplicate keys and never runs code."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InvalidAnnotationError
from kg.yamlio import Node, load, loads

ANNOTATION = """\
statements:
  - id: e01
    subject: MSC
    predicate: secretes
    context:
      organism: rat
  - id: e02
    subject: miR-21
"""


def test_mappings_know_their_line_and_the_line_of_each_key():
    data = loads(ANNOTATION, "m.ann.yaml")
    first, second = data["statements"]
    assert isinstance(first, Node)
    assert (first.line, first.line_of("predicate"), first["context"].line_of("organism")) == (2, 4, 6)
    assert (second.line, second.line_of("subject")) == (7, 8)
    # an absent key points at the mapping, so an error about a missing field still has a line
    assert second.line_of("object") == 7


@pytest.mark.parametrize("text, message", [
    ("a: 1\na: 2\n", r"x\.yaml:2: duplicate key 'a' \(first on line 1\); keep one"),
    ("s:\n  - id: e1\n    quote: q\n    quote: r\n", r"x\.yaml:4: duplicate key 'quote' \(first on line 3\)"),
    ("s: {x: 1, y: 2, x: 3}\n", r"x\.yaml:1: duplicate key 'x' \(first on line 1\)"),
    ("a: [1, 2\nb: 3\n", r"x\.yaml:2: .*fix the YAML syntax"),
    ("a: b: c\n", r"x\.yaml:1: mapping values are not allowed (here|in this context); fix the YAML syntax"),  # PyYAML | libyaml
    ("a: !!python/object/apply:os.getcwd []\n", r"x\.yaml:1: .*could not determine a constructor"),
    ("? [a, b]\n: 1\n", r"x\.yaml:1: a key must be a single value, not a list"),
    ("a: \x00\n", r"x\.yaml: not valid YAML"),
])
def test_bad_yaml_names_the_file_and_line(text, message):
    with pytest.raises(InvalidAnnotationError, match=message):
        loads(text, "x.yaml")


def test_python_tags_construct_nothing(tmp_path):
    """Data never runs code: a tag that would call a Python function is refused, not called."""
    marker = tmp_path / "ran"
    text = f"a: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{marker}']]\n"
    with pytest.raises(InvalidAnnotationError):
        loads(text, "x.yaml")
    assert not marker.exists()


def test_a_merge_may_be_overridden_but_own_keys_may_not_repeat():
    """Regression: a YAML merge (``<<: *anchor``) followed by one of the anchor's keys was refused as
    a duplicate key 'first on line' of the anchor; overriding a merged key is what a merge is for."""
    text = "rat: &rat {organism: rat, site: spinal-cord}\nctx:\n  <<: *rat\n  organism: mouse\n"
    data = loads(text, "x.yaml")
    assert data["ctx"] == {"organism": "mouse", "site": "spinal-cord"}
    assert data["ctx"].line_of("organism") == 4
    with pytest.raises(InvalidAnnotationError, match=r"x\.yaml:5: duplicate key 'organism' \(first on line 4\)"):
        loads(text + "  organism: dog\n", "x.yaml")


def test_merges_keep_yaml_precedence():
    text = "a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]\n"
    assert loads(text, "x.yaml")["c"] == yaml.safe_load(text)["c"] == {"x": 1, "z": 3}


def test_a_node_made_by_hand_answers_line_of():
    """Regression: Node() had no key_lines until the loader set them, so line_of raised AttributeError."""
    n = Node(a=1)
    assert n == {"a": 1} and n.line_of("a") == 0


def test_load_reads_utf8_files(tmp_path):
    p = tmp_path / "lexicon.yaml"
    p.write_bytes("entities:\n  - id: NF-\u03baB\n".encode("utf-8"))
    assert load(p) == {"entities": [{"id": "NF-\u03baB"}]}


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.yaml", "missing.yaml: file not found"),
    (lambda d: _write(d / "latin.yaml", "title: caf\xe9\n".encode("latin-1")), r"latin.yaml: not UTF-8 text \(byte 10\); save it as UTF-8"),
    (lambda d: _folder(d / "folder.yaml"), "folder.yaml: cannot read: Is a directory"),
])
def test_load_errors_name_the_file(tmp_path, make, message):
    with pytest.raises(InvalidAnnotationError, match=message):
        load(make(tmp_path))


def test_load_names_the_file_relative_to_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.ann.yaml").write_text("a: 1\na: 2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidAnnotationError) as exc:
        load(tmp_path / "seeds" / "d.ann.yaml")
    assert str(exc.value).startswith("seeds/d.ann.yaml:2: ")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


KEYS = st.text(st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=8)
# YAML 1.1 counts NEL and the Unicode line/paragraph separators as line breaks, so
# PyYAML folds them inside scalars; they are not text a value can carry unchanged.
_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x85\u2028\u2029"), max_size=12)
VALUES = st.one_of(st.integers(), _TEXT, st.booleans(), st.none())


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(KEYS, st.one_of(VALUES, st.dictionaries(KEYS, VALUES, max_size=3)), min_size=1, max_size=6))
def test_loads_reads_what_pyyaml_writes_and_points_at_each_key(data):
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=False, width=1000)
    back = loads(text, "x.yaml")
    assert back == data
    lines = text.splitlines()
    for key in data:
        dumped_key = yaml.safe_dump(key, allow_unicode=True).splitlines()[0]
        assert lines[back.line_of(key) - 1].startswith(dumped_key + ":"), key
