"""Regexes compiled once per machine, not once per process.

Compiling postingkit's ~270 patterns is the largest part of a cold `postingkit parse` (about 65 ms of
~300, benchmarks/batch.py): `re` parses and compiles in pure Python. The compiled program of a pattern is a
list of integers that depends only on the pattern, its flags and the Python version, so it is kept in a
cache file (marshal, like a .pyc) and handed straight to the regex engine on the next start. Anything
unexpected — another Python, a damaged or missing file, a read-only disk, an internal `re` API that moved —
falls back to `re.compile`, which is always correct; the cache can only save time.

The file lives in $POSTINGKIT_CACHE_DIR, else $XDG_CACHE_HOME/postingkit, else ~/.cache/postingkit;
POSTINGKIT_CACHE_DIR="" turns it off. It is written once, when a process that compiled new patterns exits,
through a temporary file renamed into place (concurrent writers cannot leave it half-written)."""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile

try:  # the engine and the compiler `re.compile` itself uses; their layout is tied to the Python version
    import _sre

    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    _USABLE = all(hasattr(m, n) for m, n in ((_compiler, "_code"), (_parser, "parse"), (_sre, "compile")))
except ImportError:  # pragma: no cover - another Python implementation
    _USABLE = False

_MAX_FILE_BYTES = 8 * 1024 * 1024  # postingkit's ~270 patterns take ~600 KB; anything far larger is not ours
_MAX_PATTERNS = 2000  # the patterns are the modules' constants; a pattern built from input is never kept


def _cache_path() -> str | None:
    folder = os.environ.get("POSTINGKIT_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "postingkit")
    if not folder or not _USABLE:
        return None
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(folder, f"regex-{tag}.marshal")


def _load(path: str | None) -> dict:
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_FILE_BYTES + 1)
        loaded = marshal.loads(data) if len(data) <= _MAX_FILE_BYTES else {}
        return loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


_PATH = _cache_path()
_CACHE: dict[tuple[str, int], tuple] = _load(_PATH)
_NEW: dict[tuple[str, int], tuple] = {}
_USED: set[tuple[str, int]] = set()  # the cached patterns this process compiled from the file
# An upgrade or an edited pattern leaves entries nobody compiles any more, and each start still reads them:
# when the file holds this many times the patterns a run used, it is written again with only those.
_STALE_RATIO = 1.5
_MIN_USED_TO_PRUNE = 100  # a run that parsed nothing (`--help`) says nothing of what is stale
_OWNER = os.getpid()  # worker processes inherit the patterns; only the process that loaded them writes


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name `re` users expect
    """`re.compile(pattern, flags)`, from the cached program where there is one.

    >>> compile(r"(?P<n>\\d+) days?", re.IGNORECASE).match("14 Days").group("n")
    '14'
    """
    key = (pattern, int(flags))
    program = _CACHE.get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program)
            _USED.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a stale or foreign entry: compile it the ordinary way
            pass
    if not _USABLE or _PATH is None:
        return re.compile(pattern, flags)
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - an internal API that changed: the public one is always right
        return re.compile(pattern, flags)
    if len(_CACHE) + len(_NEW) < _MAX_PATTERNS:
        _NEW[key] = program
    return compiled


def _program(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine: flags, code, groups and group names; plain ints and
    containers only (marshal cannot write a RegexFlag)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _kept() -> dict | None:
    """What the file should hold now, or None when it holds it already: the patterns it had and the new
    ones; only the ones this run used when the rest outnumber them (a text run compiles most of the
    PDF reader's too, so the ratio leaves them be)."""
    used = len(_USED) + len(_NEW)
    if used >= _MIN_USED_TO_PRUNE and len(_CACHE) > _STALE_RATIO * used + 50:
        return {**{key: _CACHE[key] for key in _USED}, **_NEW}
    return {**_CACHE, **_NEW} if _NEW else None


@atexit.register
def _save() -> None:
    if _PATH is None or os.getpid() != _OWNER:
        return
    kept = _kept()
    if kept is None:
        return
    temporary = None
    try:
        os.makedirs(os.path.dirname(_PATH), exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(_PATH), prefix=".regex-", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(kept))
        os.replace(temporary, _PATH)
    except (OSError, ValueError):  # a read-only home or a full disk: next start compiles again
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
