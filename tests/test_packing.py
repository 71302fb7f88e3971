"""Packed run folders (harness.packing): results.jsonl + data.jsonl read back exactly as scored;
old (whole-item) results files still read; broken packed files are input errors naming file:line."""
from __future__ import annotations

import json
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from harness import cli, jsonl, packing
from harness.errors import InputError
from harness.paths import data_root
from harness.results import iter_results, load_results

RECORDED = data_root() / "datasets" / "recorded"
QUESTIONS = data_root() / "datasets" / "questions.jsonl"


@lru_cache(maxsize=None)
def _scored(tmp: str) -> tuple[str, str]:
    """v1 scored with --details full (packed) and the same items written whole."""
    d = Path(tmp)
    packed = d / "packed"
    assert cli.main(["score", "--answers", str(RECORDED / "v1.jsonl"), "--dataset", str(QUESTIONS),
                     "--out", str(packed), "--details", "full"]) in (0, 1)
    return str(packed), json.dumps(load_results(packed))


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    packed, items = _scored(str(tmp_path_factory.mktemp("packing")))
    return Path(packed), json.loads(items)


def _copy(run: Path, dest: Path) -> Path:
    shutil.copytree(run, dest)
    return dest


def test_packed_equals_whole_items_key_for_key(scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    run, items = scored
    assert (run / packing.DATA).exists()
    lines = [json.loads(x) for x in (run / "results.jsonl").read_text().splitlines()]
    assert all("record" in x and "question" not in x and "contexts" not in x for x in lines)
    # the same items written whole (the form before packing) read back the same
    old = tmp_path / "old"
    old.mkdir()
    jsonl.write(old / "results.jsonl", items)
    again = load_results(old)
    assert again == items and [list(a) for a in again] == [list(b) for b in items]
    # packing what was read gives the same files back
    repacked = tmp_path / "repacked"
    repacked.mkdir()
    packing.write_items(repacked, items)
    assert (repacked / "results.jsonl").read_bytes() == (run / "results.jsonl").read_bytes()
    assert load_results(repacked) == items


def test_answers_of_one_question_share_one_record(scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    _, items = scored
    twice = items[:3] + [{**it, "repeat": 1} for it in items[:3]]
    run = tmp_path / "r"
    run.mkdir()
    packing.write_items(run, twice)
    data = [json.loads(x) for x in (run / packing.DATA).read_text().splitlines()]
    assert sum("record" in d for d in data) == 3
    assert load_results(run) == twice


def test_odd_layouts_are_kept_whole_and_read_back(scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    _, items = scored
    odd = dict(items[0])
    odd["checks"] = [{**odd["checks"][0], "passed": not odd["checks"][0]["passed"]}] + odd["checks"][1:]
    moved = {"team_field": [1, 2], **items[1]}  # an extra field of the answers record, first as scored
    other = {k: items[2][k] for k in reversed(list(items[2]))}  # a layout packing would not give back
    run = tmp_path / "r"
    run.mkdir()
    packing.write_items(run, [odd, moved, other])
    got = load_results(run)
    assert got == [odd, moved, other] and [list(g) for g in got] == [list(x) for x in (odd, moved, other)]
    lines = [json.loads(x) for x in (run / "results.jsonl").read_text().splitlines()]
    assert "record" in lines[1] and "record" not in lines[2]


def _err(run: Path) -> str:
    with pytest.raises(InputError) as exc:
        list(iter_results(run))
    return str(exc.value)


def test_broken_packed_files_name_file_and_line(scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    run, _ = scored
    # data.jsonl missing
    a = _copy(run, tmp_path / "a")
    (a / packing.DATA).unlink()
    assert "results.jsonl:1" in _err(a) and "data.jsonl" in _err(a)
    # a record that is not there: the results line that names it
    b = _copy(run, tmp_path / "b")
    lines = (b / "results.jsonl").read_text().splitlines()
    third = json.loads(lines[2])
    third["record"] = "0" * 24
    lines[2] = jsonl.dumps(third)
    (b / "results.jsonl").write_text("\n".join(lines) + "\n")
    msg = _err(b)
    assert "results.jsonl:3" in msg and "record" in msg and "not found" in msg
    # a bad data line: data.jsonl and its line
    c = _copy(run, tmp_path / "c")
    data = (c / packing.DATA).read_text().splitlines()
    n = next(i for i, x in enumerate(data) if '"rule"' in x[:10])
    bad = json.loads(data[n])
    bad["severity"] = "catastrophic"
    data[n] = json.dumps(bad)
    (c / packing.DATA).write_text("\n".join(data) + "\n")
    msg = _err(c)
    assert f"data.jsonl:{n + 1}" in msg and "severity" in msg
    # harness validate reports it too (run folder and results.jsonl alone)
    assert cli.main(["validate", str(c)]) == 2
    assert cli.main(["validate", str(c / "results.jsonl")]) == 2
    assert cli.main(["validate", str(run)]) == 0
    assert cli.main(["validate", str(run / "results.jsonl")]) == 0
    # notes nobody claims
    d = _copy(run, tmp_path / "d")
    lines = (d / "results.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    assert first.get("notes")
    del first["notes"]
    lines[0] = jsonl.dumps(first)
    (d / "results.jsonl").write_text("\n".join(lines) + "\n")
    assert "results.jsonl:1" in _err(d)  # its clean checks lost their messages


def test_a_packed_item_line_is_checked_by_the_schema(scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    run, _ = scored
    e = _copy(run, tmp_path / "e")
    lines = (e / "results.jsonl").read_text().splitlines()
    it = json.loads(lines[1])
    it["checks"][-1] = {"rule": "x", "outcome": "meh"}
    lines[1] = jsonl.dumps(it)
    (e / "results.jsonl").write_text("\n".join(lines) + "\n")
    msg = _err(e)
    assert "results.jsonl:2" in msg and "checks" in msg


def test_validate_refuses_packed_items_away_from_their_run_folder(
        scored: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    run, _ = scored
    moved = tmp_path / "items.jsonl"
    moved.write_bytes((run / "results.jsonl").read_bytes())
    assert cli.main(["validate", str(moved)]) == 2
