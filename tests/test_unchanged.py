"""An unchanged re-run (:mod:`graphkit.run.unchanged`): nothing read or written when the inputs, the options and
the outputs are those of the last build; a full build (with the cache) on any change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.run.unchanged import RECORD, inputs, read_record

TEXT = (
    "Talks stall\n\nRussia accused Ukraine of shelling the plant. "
    "Volodymyr Zelensky said that Russian forces had mined the site.\n"
)
OTHER = "Aid arrives\n\nThe European Union said that the aid would reach the city on Monday.\n"


def _build(corpus: Path, out: Path, *extra: str) -> str:
    res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), *extra])
    assert res.exit_code == 0, res.output
    return res.stdout


def _stamps(out: Path) -> dict[str, tuple[int, int, bytes]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir() if p.is_file()}


@pytest.fixture
def built(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT)
    (corpus / "b.txt").write_text(OTHER)
    out = tmp_path / "out"
    first = _build(corpus, out)
    return corpus, out, first


def test_unchanged_rerun_writes_nothing_and_reports_the_same_counts(built):
    corpus, out, first = built
    before = _stamps(out)
    again = _build(corpus, out)
    assert "nothing changed" in again and "nothing changed" not in first
    assert "(2 from the cache)" in again
    assert again.splitlines()[1:] == first.splitlines()[1:]  # the counts and the files, line for line
    assert _stamps(out) == before  # not even rewritten


def test_unchanged_rerun_after_a_touch_compares_bytes(built):
    corpus, out, _ = built
    os.utime(corpus / "a.txt", ns=(1, 1))  # another time, the same bytes
    assert "nothing changed" in _build(corpus, out)


@pytest.mark.parametrize(
    "change",
    ["edit", "add", "remove", "format", "output"],
)
def test_unchanged_any_change_makes_a_full_build_equal_to_no_cache(built, tmp_path, change):
    corpus, out, _ = built
    extra: tuple[str, ...] = ()
    if change == "edit":
        (corpus / "b.txt").write_text(OTHER.replace("Monday", "Tuesday"))
    elif change == "add":
        (corpus / "c.txt").write_text(OTHER.replace("European Union", "United Nations"))
    elif change == "remove":
        (corpus / "b.txt").unlink()
    elif change == "format":
        extra = ("--format", "nt")
    else:
        (out / "graph.ttl").write_text("# edited by hand\n")
    again = _build(corpus, out, *extra)
    assert "nothing changed" not in again
    ref = tmp_path / "ref"
    _build(corpus, ref, "--no-cache", *extra)
    mine, theirs = _stamps(out), _stamps(ref)
    assert {k: v[2] for k, v in mine.items()} == {k: v[2] for k, v in theirs.items()}
    assert "nothing changed" in _build(corpus, out, *extra)  # and the record is of this build now


def test_unchanged_no_cache_and_stdin_always_build(built):
    corpus, out, _ = built
    assert "nothing changed" not in _build(corpus, out, "--no-cache")
    assert inputs(["-"], out) is None  # standard input is read once: never taken as unchanged


def test_unchanged_record_keeps_each_input_stat_and_hash(built):
    corpus, out, _ = built
    record = read_record(out)
    assert record is not None and (out / RECORD).is_file()
    a = record["inputs"][str(corpus / "a.txt")]
    assert a[0] == len(TEXT.encode()) and len(a[2]) == 64
    assert set(record["manifest"]) == {"relations.jsonl", "graph.ttl", "graph.html", "countries.html"}
    (out / RECORD).write_text("not json")  # an unreadable record: a full build, which writes it again
    assert "nothing changed" not in _build(corpus, out)
    assert read_record(out) is not None


def test_unchanged_a_record_that_cannot_be_written_fails_nothing(built, monkeypatch):
    import graphkit.run.unchanged as unchanged

    corpus, out, _ = built
    (corpus / "b.txt").write_text(OTHER.replace("Monday", "Friday"))

    refused = []

    def refuse(*_args, **_kwargs):
        refused.append(True)
        raise PermissionError(13, "Permission denied", str(out / RECORD))

    monkeypatch.setattr(unchanged, "write_record", refuse)
    assert "nothing changed" not in _build(corpus, out)  # the build itself succeeds
    assert refused  # it was tried, and failed, and the build went on
    monkeypatch.undo()
    assert "nothing changed" not in _build(corpus, out)  # the old record is of other inputs: a full build


def test_unchanged_a_changed_file_of_graphkit_makes_a_full_build(built, tmp_path, monkeypatch):
    import graphkit.run.unchanged as unchanged

    corpus, out, _ = built
    module = tmp_path / "module.py"
    module.write_text("X = 1\n")
    os.utime(module, ns=(10**18, 10**18))  # long before "now": its stat is trusted, not hashed again
    monkeypatch.setattr(unchanged, "code_files", lambda: [module])
    assert "nothing changed" not in _build(corpus, out)  # the record names other files of graphkit
    assert read_record(out)["code"] == {str(module): [6, 10**18, unchanged.stamps([module])[str(module)][2]]}
    assert "nothing changed" in _build(corpus, out)
    module.write_text("X = 2\n")  # the same size; a new time, so the bytes are read again
    assert "nothing changed" not in _build(corpus, out)
    assert "nothing changed" in _build(corpus, out)
    os.utime(module, ns=(10**18, 10**18))  # another time, the same bytes: hashed, and found the same
    assert "nothing changed" in _build(corpus, out)


def test_unchanged_a_rerun_loads_neither_the_model_nor_the_writers(built):
    """What an unchanged re-run of the command line imports: not spaCy, rdflib, pyvis, networkx or PyYAML, nor
    the other commands (each command's module is imported when it runs)."""
    import subprocess
    import sys

    corpus, out, _ = built
    heavy = ("spacy", "rdflib", "pyvis", "networkx", "yaml", "graphkit.cli.evaluate", "graphkit.views.records")
    code = (
        "import sys\nfrom graphkit.cli import main\n"
        f"try:\n    main(['build', {str(corpus)!r}, '--out', {str(out)!r}])\n"
        f"except SystemExit:\n    print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "nothing changed" in run.stdout
    assert run.stdout.splitlines()[-1] == "[]"
