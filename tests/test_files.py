"""kg.files: where the data folders are, and outputs that are written whole or not at all."""
from __future__ import annotations

import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import OutputError
from kg.files import PROJECT_ROOT, check_output_file, ensure_writable, ontology_dir, relpath, seeds_dir, write_all, write_atomic


def test_data_folders_default_to_the_project(monkeypatch):
    monkeypatch.delenv("KG_ONTOLOGY", raising=False)
    monkeypatch.delenv("KG_SEEDS", raising=False)
    assert ontology_dir() == PROJECT_ROOT / "ontology" and (ontology_dir() / "exokg.ttl").is_file()
    assert seeds_dir() == PROJECT_ROOT / "seeds" and any(seeds_dir().glob("*.ann.yaml"))


def test_environment_points_the_data_folders_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "o"))
    monkeypatch.setenv("KG_SEEDS", str(tmp_path / "s"))
    assert (ontology_dir(), seeds_dir()) == (tmp_path / "o", tmp_path / "s")


def test_relpath_shortens_only_paths_below_the_working_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert relpath(tmp_path / "seeds" / "a.txt") == os.path.join("seeds", "a.txt")
    outside = tmp_path.parent / "elsewhere.txt"
    assert relpath(outside) == str(outside)


def test_ensure_writable_creates_the_folder_and_leaves_no_probe(tmp_path):
    out = tmp_path / "a" / "b"
    ensure_writable(out)
    assert out.is_dir() and list(out.iterdir()) == []


@pytest.mark.parametrize("where", ["under a file", "a file"])
def test_ensure_writable_fails_early_with_advice(tmp_path, where):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "out" if where == "under a file" else blocker
    with pytest.raises(OutputError, match=rf"cannot write to {target}: .*; choose another --out"):
        ensure_writable(target)
    assert blocker.read_text() == "x"


def test_check_output_file_refuses_a_folder_and_names_a_file_to_give(tmp_path):
    with pytest.raises(OutputError, match=rf"{tmp_path} is a folder; give a file name such as {tmp_path / 'kg.html'}"):
        check_output_file(tmp_path)


def test_check_output_file_prepares_the_folder_but_writes_no_file(tmp_path):
    target = tmp_path / "new" / "kg.html"
    assert check_output_file(str(target)) == target
    assert target.parent.is_dir() and not target.exists()


def test_write_atomic_replaces_the_file_and_leaves_nothing_else(tmp_path):
    p = tmp_path / "kg.ttl"
    p.write_bytes(b"old")
    write_atomic(p, b"new")
    assert p.read_bytes() == b"new"
    assert [q.name for q in tmp_path.iterdir()] == ["kg.ttl"]
    assert stat.S_IMODE(p.stat().st_mode) == 0o644


def test_write_atomic_creates_missing_folders(tmp_path):
    p = tmp_path / "a" / "b" / "x.json"
    write_atomic(p, b"{}")
    assert p.read_bytes() == b"{}"


@pytest.mark.parametrize("data, target", [("text, not bytes", "kg.ttl"), (b"bytes", "folder")])
def test_a_failed_write_keeps_the_good_file_and_leaves_no_temporary(tmp_path, data, target):
    good = tmp_path / "kg.ttl"
    good.write_bytes(b"good")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inside").write_bytes(b"kept")
    with pytest.raises((TypeError, OSError)):
        write_atomic(tmp_path / target, data)  # type: ignore[arg-type]
    assert good.read_bytes() == b"good"
    assert (tmp_path / "folder" / "inside").read_bytes() == b"kept"
    assert sorted(q.name for q in tmp_path.iterdir()) == ["folder", "kg.ttl"]


def test_write_all_renders_nothing_half(tmp_path):
    write_all({tmp_path / "a.ttl": b"1", tmp_path / "sub" / "b.nt": b"2"})
    assert (tmp_path / "a.ttl").read_bytes() == b"1" and (tmp_path / "sub" / "b.nt").read_bytes() == b"2"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=2000), min_size=1, max_size=5))
def test_after_any_writes_the_file_holds_the_last_one_and_nothing_is_left_over(tmp_path, datas):
    folder = tmp_path / "w"
    for data in datas:
        write_atomic(folder / "out.bin", data)
    assert (folder / "out.bin").read_bytes() == datas[-1]
    assert [q.name for q in folder.iterdir()] == ["out.bin"]
