"""``graphkit build`` as a user runs it: summary, bad inputs, exit codes, atomic outputs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

from .conftest import RECORD_LINE

GOOD = (
    "Talks stall\n\nRussia accused Ukraine of shelling the plant. "
    "Volodymyr Zelensky said that Russian forces had mined the site.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


def _corpus(tmp_path, files):
    d = tmp_path / "in"
    d.mkdir()
    for name, data in files.items():
        (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    return d


def test_cli_build_prints_summary_and_writes_outputs(runner, tmp_path):
    d = _corpus(tmp_path, {"a.txt": GOOD})
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", str(d), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "read 1 article in" in res.stdout
    for word in (
        "actors:",
        "claims:",
        "accusations:",
        "other relations:",
        "relations.jsonl",
        "graph.ttl",
        "graph.html",
    ):
        assert word in res.stdout
    assert {p.name for p in out.iterdir() if p.is_file()} == {
        "relations.jsonl",
        "graph.ttl",
        "graph.html",
        "countries.html",
    }
    # the build cache and the manifest of the files written, and nothing else
    assert sorted(p.name for p in (out / ".graphkit").iterdir()) == ["build.json", "cache.sqlite", "outputs.json"]


def test_cli_build_reads_stdin(runner, tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", "-", "--out", str(out), "-q"], input=GOOD)
    assert res.exit_code == 0, res.output
    assert '"article": "stdin"' in (out / "relations.jsonl").read_text()


def test_cli_build_skips_bad_files_and_names_each(runner, tmp_path):
    d = _corpus(
        tmp_path, {"good.txt": GOOD, "empty.txt": b"", "blob.txt": b"\x00\x01\x02binary", "bad.txt": b"caf\xe9 au lait"}
    )
    res = runner.invoke(main, ["build", str(d), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("graphkit: skipped")]
    assert len(lines) == 4
    for name in ("empty.txt", "blob.txt", "bad.txt", "missing.txt"):
        assert sum(name in ln for ln in lines) == 1
    assert "read 1 article (4 skipped)" in res.stdout


def test_cli_build_fails_when_nothing_can_be_built(runner, tmp_path):
    d = _corpus(tmp_path, {"empty.txt": b""})
    res = runner.invoke(main, ["build", str(d), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and "[E020] nothing to build" in errors[0]
    assert not (tmp_path / "o").exists()


def test_cli_unknown_model_is_one_clear_line(runner, tmp_path):
    d = _corpus(tmp_path, {"a.txt": GOOD})
    res = runner.invoke(main, ["build", str(d), "--out", str(tmp_path / "o"), "--model", "no_such_model"])
    assert res.exit_code == 1
    assert "[E021] spaCy model 'no_such_model' is not installed" in res.stderr


def test_cli_failed_build_keeps_previous_outputs_whole(runner, tmp_path, monkeypatch):
    d = _corpus(tmp_path, {"a.txt": GOOD})
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(d), "--out", str(out), "-q"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("graphkit.graph.rdf.write", boom)
    (d / "b.txt").write_text(GOOD.replace("Russia", "China"))
    res = runner.invoke(main, ["build", str(d), "--out", str(out), "-q"])
    assert res.exit_code != 0
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # no temp files, nothing replaced


def test_cli_html_escapes_markup_from_articles(runner, tmp_path):
    evil = (
        "Markup test\n\nRussia accused <script>alert(1)</script> Ukraine of shelling the plant. "
        'Ukraine accused Russia of lying "><img src=x onerror=alert(2)>.\n'
    )
    d = _corpus(tmp_path, {"evil.txt": evil})
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(d), "--out", str(out), "-q"]).exit_code == 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "alert(1)" in html or "alert(2)" in html  # the sentences are in the tooltips ...
    assert "<script>alert" not in html and "<img src=x" not in html  # ... but never as markup


def test_cli_build_refuses_out_dash(runner, tmp_path):
    res = runner.invoke(main, ["build", str(tmp_path), "--out", "-"])
    assert res.exit_code == 1 and "E044" in res.output and not Path("-").exists()


@pytest.mark.parametrize(
    ("option", "value", "code", "hint"),
    [("--predicate", "acuses", "E067", "accuses"), ("--article", "nope", "E068", "a")],
)
def test_cli_view_unknown_filter_is_an_error_with_the_choices(runner, tmp_path, option, value, code, hint):
    record = RECORD_LINE
    (tmp_path / "relations.jsonl").write_text(record + "\n", encoding="utf-8")
    res = runner.invoke(main, ["view", str(tmp_path), "--out", str(tmp_path / "v.html"), option, value])
    assert res.exit_code == 1 and code in res.output and hint in res.output.split(code)[1]
    assert not (tmp_path / "v.html").exists()
    res = runner.invoke(main, ["view", str(tmp_path), "--out", str(tmp_path / "v.html"), option, hint])
    assert res.exit_code == 0 and (tmp_path / "v.html").exists()  # the right value draws the page


@pytest.mark.parametrize("command", ["build", "evaluate", "query", "view"])
def test_cli_help_shows_an_example(runner, command):
    res = runner.invoke(main, [command, "--help"])
    assert res.exit_code == 0 and f"Example: graphkit {command} " in res.output


def _chatty_pipeline(nlp, logger):
    """A pipeline loader that logs as a library with its own logger level (Dask's INFO lines) does."""

    def load(model):
        logger.info("an INFO line")
        logger.warning("a WARNING line")
        logger.error("an ERROR line")
        return nlp

    return load


def test_cli_build_leaves_the_hosts_logging_as_it_was(runner, tmp_path, nlp, monkeypatch, caplog):
    """Run in a process whose logging is configured (here pytest's), the command changes none of it: the
    handlers, their levels and the root's level are as before, and a warning logged afterwards is captured."""
    root = logging.getLogger()
    before = ([(h, h.level) for h in root.handlers], root.level)
    monkeypatch.setattr("graphkit.run.build._pipeline", lambda model: nlp)
    d = _corpus(tmp_path, {"a.txt": GOOD})
    assert runner.invoke(main, ["build", str(d), "--out", str(tmp_path / "o"), "-q"]).exit_code == 0
    assert ([(h, h.level) for h in root.handlers], root.level) == before
    logging.getLogger("graphkit.run.build").warning("after the command")
    assert "after the command" in caplog.text


def test_cli_build_shows_only_errors_and_removes_its_handler(runner, tmp_path, nlp, monkeypatch):
    """Where nobody configured logging, the command shows records of level ERROR and above as one
    ``graphkit: ...`` line each (whatever level a library sets on its own logger), and takes its handler away
    when it ends."""
    root, chatty = logging.getLogger(), logging.getLogger("tests.cli.chatty")
    monkeypatch.setattr("graphkit.run.build._pipeline", _chatty_pipeline(nlp, chatty))
    d = _corpus(tmp_path, {"a.txt": GOOD})
    hosts = root.handlers[:]
    for handler in hosts:
        root.removeHandler(handler)
    chatty.setLevel(logging.INFO)
    try:
        res = runner.invoke(main, ["build", str(d), "--out", str(tmp_path / "o"), "-q"])
        left = root.handlers[:]
    finally:
        chatty.setLevel(logging.NOTSET)
        for handler in hosts:
            root.addHandler(handler)
    assert res.exit_code == 0, res.output
    assert res.stderr == "graphkit: an ERROR line\n" and res.stdout == ""
    assert left == []
