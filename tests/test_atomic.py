from __future__ import annotations

import pytest

from graphkit.atomic import write_all
from graphkit.errors import GraphkitError


def test_atomic_write_replaces_whole_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "sub" / "b.txt"
    a.write_text("old")
    write_all({a: "new a", b: b"new b"})
    assert a.read_text() == "new a" and b.read_bytes() == b"new b"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "b.txt", "sub"]


def test_atomic_write_failure_leaves_no_temp_and_reports_the_file(tmp_path):
    target = tmp_path / "locked" / "out.txt"
    (tmp_path / "locked").write_text("a file where a folder should be")
    with pytest.raises(GraphkitError, match=r"\[E040\].*out.txt"):
        write_all({target: "x"})
    assert [p.name for p in tmp_path.iterdir()] == ["locked"]
