"""One writer per run folder: an advisory lock (fcntl.flock) on ``DIR/.harness.lock``.

Two processes writing one results.jsonl lose or duplicate items silently, so the second writer
stops at once with exit code 2 and the holder's pid. flock is released by the kernel when the
holder exits, even on SIGKILL, so a stale lock file never blocks a later run; the pid written in
it is only for the message. Also here: refusing to overwrite an existing run folder by accident.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from harness.errors import InputError, RunFolderBusy
from harness.textfiles import os_error

LOCK_NAME = ".harness.lock"
RUN_MARKERS = ("results.jsonl", "summary.json", "run.json")


def prepare_out(out: str | Path) -> Path:
    """Create the output folder; an existing file there, or an unwritable parent, is an input error."""
    p = Path(out)
    if p.exists() and not p.is_dir():
        raise InputError("exists and is not a folder; choose another --out", path=p, field="--out")
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, p, "create the output folder") from None
    if not os.access(p, os.W_OK | os.X_OK):
        raise InputError("cannot write: permission denied", path=p, field="--out")
    return p


def refuse_existing_run(out: str | Path, overwrite: bool) -> None:
    """``--out`` on a folder that already holds a run: refused unless ``--overwrite`` (a baseline
    overwritten by a typo is lost)."""
    p = Path(out)
    found = [m for m in RUN_MARKERS if (p / m).exists()]
    if found and not overwrite:
        raise InputError(f"already holds a run ({', '.join(found)}); pass --overwrite to replace it "
                         "(or --resume DIR to continue it)", path=p, field="--out")


class RunLock:
    """``with RunLock(dir):`` holds the folder's lock or raises RunFolderBusy naming the holder."""

    def __init__(self, run_dir: str | Path) -> None:
        self.path = Path(run_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise os_error(exc, self.path, "create the run folder lock") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise RunFolderBusy(f"run folder is in use by another harness process (pid {holder}); "
                                "wait for it to finish or use another --out", path=self.path.parent) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
