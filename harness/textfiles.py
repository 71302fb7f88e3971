"""Reading user-edited text files (YAML, JSON) so that every failure is an InputError naming the
file and line: the one place that turns parser and file-system errors into exit code 2.

Inputs are hostile until parsed: a FIFO would block forever, a symlink loop is not "missing", a
BOM is not an error, deep nesting must not overflow the stack, YAML aliases must not multiply
memory (billion laughs), and integers over Python's digit limit must not crash the parser.
"""
from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from harness.errors import InputError

MAX_DEPTH = 64           # nesting of JSON/YAML values; real files use fewer than 10 levels
MAX_YAML_NODES = 200_000  # a rubric has a few thousand

_KIND = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
         stat.S_IFSOCK: "a socket"}
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def os_error(exc: OSError, path: str | Path, doing: str = "read") -> InputError:
    """An OSError on a user-given path as a one-line input error."""
    reason = {errno.EACCES: "permission denied", errno.EPERM: "permission denied",
              errno.ENOENT: "does not exist", errno.ELOOP: "symlink loop (too many levels of symbolic links)",
              errno.ENOTDIR: "a parent of this path is not a folder", errno.EISDIR: "is a folder, not a file",
              errno.EEXIST: "already exists and is not a folder", errno.ENOSPC: "no space left on device",
              errno.EROFS: "read-only file system", errno.ENAMETOOLONG: "file name too long",
              }.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return InputError(f"cannot {doing}: {reason}", path=exc.filename or path)


def check_regular(path: str | Path, what: str = "file") -> os.stat_result:
    """stat() a path that must be a readable regular file (FIFOs and devices would block or never end)."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise InputError(f"{what} does not exist", path=p) from None
        raise os_error(exc, p) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"is a directory, expected a {what}", path=p)
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"is {_KIND.get(stat.S_IFMT(st.st_mode), 'not a regular file')}, expected a {what}", path=p)
    return st


def read_bytes(path: str | Path, what: str = "file") -> bytes:
    p = Path(path)
    check_regular(p, what)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise os_error(exc, p) from None


def read_text(path: str | Path, what: str = "file") -> str:
    """The file's UTF-8 text (a leading BOM is dropped); missing paths, folders, special files,
    unreadable files and non-UTF-8 bytes are input errors."""
    p = Path(path)
    data = read_bytes(p, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=p, line=line) from None


def depth_exceeded(obj: Any, limit: int = MAX_DEPTH) -> bool:
    """True when ``obj`` nests deeper than ``limit`` (iterative: no recursion on hostile input).
    Only containers are visited: every line of every JSONL file goes through here."""
    stack = [(obj, 1)] if isinstance(obj, (dict, list)) else []
    while stack:
        o, d = stack.pop()
        children = o.values() if isinstance(o, dict) else o
        if d > limit:
            return True
        stack.extend([(c, d + 1) for c in children if isinstance(c, (dict, list))])
    return False


def lone_surrogate_field(obj: Any) -> str | None:
    """Dotted path of the first string holding a lone UTF-16 surrogate (not valid Unicode text)."""
    stack: list[tuple[Any, str]] = [(obj, "")]
    while stack:
        o, where = stack.pop()
        if isinstance(o, str):
            try:
                o.encode("utf-8")
            except UnicodeEncodeError:
                return where or "(value)"
        elif isinstance(o, dict):
            for k, v in o.items():
                if isinstance(k, str) and lone_surrogate_field(k) is not None:
                    return f"{where}.{k!r}".lstrip(".")
                stack.append((v, f"{where}.{k}".lstrip(".")))
        elif isinstance(o, list):
            stack.extend((v, f"{where}.{i}".lstrip(".")) for i, v in enumerate(o))
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text from a service (a model's reply) with lone surrogates replaced by U+FFFD, so that it
    can be stored as UTF-8 and read back (inputs with them are refused by parse_json)."""
    return _SURROGATE.sub("\ufffd", text)


def parse_json(text: str, path: str | Path, line: int | None = None) -> Any:
    """json.loads with every failure (syntax, nesting, huge integers, lone surrogates) an InputError."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", path=path, line=where) from None
    except RecursionError:
        raise InputError(f"JSON nested too deeply (limit {MAX_DEPTH} levels)", path=path, line=line) from None
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        raise InputError(f"malformed JSON ({str(exc).splitlines()[0][:160]})", path=path, line=line) from None
    if depth_exceeded(obj):
        raise InputError(f"JSON nested too deeply (limit {MAX_DEPTH} levels)", path=path, line=line)
    if _LONE_SURROGATE_ESCAPE.search(text):
        bad = lone_surrogate_field(obj)
        if bad is not None:
            raise InputError("lone UTF-16 surrogate escape (e.g. \\ud800): not valid Unicode text",
                             path=path, line=line, field=bad)
    return obj


def _bounded_loader() -> type:
    """A yaml.SafeLoader that refuses aliases (anchors can multiply memory: "billion laughs"),
    nesting deeper than MAX_DEPTH and more than MAX_YAML_NODES nodes."""
    import yaml

    class BoundedLoader(yaml.SafeLoader):
        _depth = 0
        _nodes = 0

        def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not accepted",
                                                  event.start_mark)
            self._nodes += 1
            if self._nodes > MAX_YAML_NODES:
                raise yaml.composer.ComposerError(None, None, f"more than {MAX_YAML_NODES} YAML nodes",
                                                  self.peek_event().start_mark)
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    raise yaml.composer.ComposerError(None, None, f"YAML nested deeper than {MAX_DEPTH} levels",
                                                      self.peek_event().start_mark)
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return BoundedLoader


_LOADER: type | None = None


def bounded_loader() -> type:
    global _LOADER
    if _LOADER is None:
        _LOADER = _bounded_loader()
    return _LOADER


def parse_yaml(text: str, path: str | Path) -> Any:
    import yaml

    try:
        data = yaml.load(text, Loader=bounded_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"malformed YAML ({problem})", path=path, line=mark.line + 1 if mark else None) from None
    except RecursionError:
        raise InputError(f"YAML nested too deeply (limit {MAX_DEPTH} levels)", path=path) from None
    except ValueError as exc:  # huge integers
        raise InputError(f"malformed YAML ({str(exc).splitlines()[0][:160]})", path=path) from None
    bad = lone_surrogate_field(data)
    if bad is not None:
        raise InputError("lone UTF-16 surrogate: not valid Unicode text", path=path, field=bad)
    return data


def load_yaml(path: str | Path, what: str = "YAML file") -> Any:
    return parse_yaml(read_text(path, what), path)


def load_json(path: str | Path, what: str = "JSON file") -> Any:
    return parse_json(read_text(path, what), path)
