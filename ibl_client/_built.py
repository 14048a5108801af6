"""Functions built from source at run time, with their source where tracebacks look for it.

The decoders of ``_decode.py`` and the derived group methods of ``_groups.py`` are written as
Python text and compiled with ``exec`` (the fastest code for one model, or a real signature for
one operation). Like attrs, we register each text in ``linecache`` under a file name of its own,
so a traceback through one shows its lines, and ``inspect.getsource`` and debuggers find them.

>>> add = build("add", "def add(a, b):\\n    return a + b\\n", {}, "example")
>>> import inspect
>>> inspect.getsource(add).splitlines()[1]
'    return a + b'
"""

from __future__ import annotations

import itertools
import linecache
from collections.abc import Callable
from typing import Any

__all__ = ["build"]

_COUNTER = itertools.count()


def build(name: str, source: str, namespace: dict[str, Any], what: str) -> Callable[..., Any]:
    """Compile ``source``, which defines the function ``name``, in ``namespace``; return it.

    ``what`` names the code in its file name (``<ibl_client decoder Course 3>``); the number keeps
    two builds of the same name apart, so one never shows the other's lines.
    """
    filename = f"<ibl_client {what} {next(_COUNTER)}>"
    lines = source.splitlines(keepends=True)
    # mtime None: linecache.checkcache keeps entries that have no file behind them.
    linecache.cache[filename] = (len(source), None, lines, filename)
    exec(compile(source, filename, "exec"), namespace)  # our own text, never input
    function: Callable[..., Any] = namespace[name]
    return function
