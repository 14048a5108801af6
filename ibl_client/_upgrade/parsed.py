"""YAML descriptions parsed once per content: the parsed document kept by a hash of its text.

A description of two to three megabytes takes seconds to parse even with PyYAML's C loader (its
constructor runs in Python), and the upgrade check, the pipeline (``scripts/obtain.py``) and
the test suite read the same few descriptions again and again. Given a directory (the
pipeline's ``.cache/yaml``, or ``IBL_YAML_CACHE``), each document parsed is kept there in
``marshal``'s form: the plain types a description holds, read back in milliseconds, and, unlike
pickle, never code. A file is named by a hash of the text, the loader and the Python that wrote
it; at most ``KEPT`` files are kept, the oldest removed. A document ``marshal`` cannot hold (a
date, which PyYAML's standard loader makes of ``2024-01-01``) is parsed each time. Without a
directory nothing is written: the SDK keeps no files of its own unless asked.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["KEPT", "VARIABLE", "load"]

#: The directory the upgrade check keeps parsed descriptions in (unset: none is kept).
VARIABLE = "IBL_YAML_CACHE"
#: How many parsed documents a directory keeps.
KEPT = 16
#: Texts shorter than this parse about as fast as a kept document is read back: not kept.
SMALLEST = 100_000


def load(text: str, loader: type, directory: Path | None = None) -> Any:
    """``yaml.load(text, Loader=loader)``, read back from ``directory`` (else the one
    ``IBL_YAML_CACHE`` names) when this text was parsed so before; each call gets a document of
    its own (callers change what they are given)."""
    import yaml

    if directory is None and os.environ.get(VARIABLE):
        directory = Path(os.environ[VARIABLE])
    if directory is None or len(text) < SMALLEST:
        return yaml.load(text, Loader=loader)  # a safe loader: every caller passes one
    key = hashlib.sha256(
        "\0".join(
            (loader.__module__, loader.__qualname__, yaml.__version__, sys.version, text)
        ).encode("utf-8", "surrogatepass")
    ).hexdigest()
    path = directory / f"{key}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return marshal.loads(path.read_bytes())
    document = yaml.load(text, Loader=loader)
    try:
        data = marshal.dumps(document)
    except ValueError:  # something marshal cannot hold: parsed again next time
        return document
    with contextlib.suppress(OSError):
        _keep(directory, path, data)
    return document


def _keep(directory: Path, path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may read it at once),
    then remove the oldest files beyond ``KEPT``."""
    directory.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    kept = sorted(directory.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
