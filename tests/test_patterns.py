"""The per-machine cache of compiled regexes (postingkit/patterns.py) only ever saves time: the records are
the same with it, without it, with a damaged file, and where it cannot be written."""
from __future__ import annotations

import re

from postingkit import patterns

from .conftest import SAMPLES, run_cli

NOTICE = str(SAMPLES / "osce-democratization-officer.txt")


def _cache_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("regex-"))


def test_the_first_run_writes_the_cache_and_the_next_reads_it_to_the_same_record(tmp_path) -> None:
    env = {"POSTINGKIT_CACHE_DIR": str(tmp_path)}
    first = run_cli("parse", NOTICE, env=env)
    assert first.returncode == 0, first.stderr
    assert len(_cache_files(tmp_path)) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    second = run_cli("parse", NOTICE, env=env)
    assert second.stdout == first.stdout
    assert run_cli("parse", NOTICE, env={"POSTINGKIT_CACHE_DIR": ""}).stdout == first.stdout


def test_a_damaged_cache_is_ignored_and_replaced(tmp_path) -> None:
    env = {"POSTINGKIT_CACHE_DIR": str(tmp_path)}
    expected = run_cli("parse", NOTICE, env=env).stdout
    (name,) = _cache_files(tmp_path)
    (tmp_path / name).write_bytes(b"\x00not marshal at all" * 100)
    again = run_cli("parse", NOTICE, env=env)
    assert again.returncode == 0 and again.stderr == b"" and again.stdout == expected


def test_an_unwritable_cache_folder_changes_nothing(tmp_path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    done = run_cli("parse", NOTICE, env={"POSTINGKIT_CACHE_DIR": str(blocked / "cache")})
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout == run_cli("parse", NOTICE, env={"POSTINGKIT_CACHE_DIR": ""}).stdout


def test_a_pattern_rebuilt_from_its_program_matches_as_re_compiles_it() -> None:
    source, flags = r"(?P<low>\d[\d,]*)\s*(?:-|to)\s*(?P<high>\d[\d,]*)\s+(?i:euro)s?", re.MULTILINE
    fresh = patterns.compile(source, flags)
    rebuilt = patterns._sre.compile(source, *patterns._program(source, flags))
    expected = re.compile(source, flags)
    for text in ("1,000 - 2,000 EUROs", "from 3 to 4 euro\n5-6 Euros", "none"):
        assert [m.groupdict() for m in rebuilt.finditer(text)] == \
            [m.groupdict() for m in fresh.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]
    assert rebuilt.flags == expected.flags and rebuilt.groupindex == expected.groupindex


def test_patterns_no_run_uses_any_more_are_dropped_only_when_they_outnumber_the_used(monkeypatch) -> None:
    """An upgrade or an edited pattern leaves entries behind: a run that used 150 of 400 writes only those;
    one that used most of them, or parsed nothing, leaves the file as it is."""
    cache = {(f"p{n}", 0): (0, [1], 0, {}, ()) for n in range(400)}
    monkeypatch.setattr(patterns, "_CACHE", cache)
    monkeypatch.setattr(patterns, "_NEW", {})
    monkeypatch.setattr(patterns, "_USED", {(f"p{n}", 0) for n in range(150)})
    assert sorted(patterns._kept()) == sorted((f"p{n}", 0) for n in range(150))
    monkeypatch.setattr(patterns, "_USED", {(f"p{n}", 0) for n in range(300)})
    assert patterns._kept() is None
    monkeypatch.setattr(patterns, "_USED", {("p1", 0)})
    assert patterns._kept() is None
