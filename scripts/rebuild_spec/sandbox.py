"""Obtain the pinned ``iblai`` wheel and run the introspection inside a scratch venv.

The wheel (and the pydantic it needs) must never become a dependency of the SDK, so it is
installed into ``.cache/rebuild-<version>/`` and only ever imported by a child process.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

PACKAGE = "iblai"
_MARKER = "installed-wheel.sha256"


def wheel_version(wheel: Path) -> str:
    """``iblai-3.66.0-py3-none-any.whl`` -> ``3.66.0`` (wheel names are standardised)."""
    return wheel.name.split("-")[1]


def obtain_wheel(version: str, cache_dir: Path) -> Path:
    """Return the cached wheel for ``version``, downloading it with pip when missing."""
    wheel_dir = cache_dir / "wheels"
    found = sorted(wheel_dir.glob(f"{PACKAGE}-{version}-*.whl"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"{PACKAGE}=={version}", "-d", str(wheel_dir)],
            check=True,
        )  # fmt: skip
        found = sorted(wheel_dir.glob(f"{PACKAGE}-{version}-*.whl"))
    if not found:
        raise FileNotFoundError(f"pip did not produce a {PACKAGE} {version} wheel")
    return found[0]


def scratch_python(wheel: Path, cache_dir: Path) -> Path:
    """Interpreter of a venv with exactly ``wheel`` installed; reused while the wheel matches.

    The marker holds the wheel's hash, so a different file with the same version number
    (``--wheel``) gets a fresh venv instead of silently reusing the old install.
    """
    env_dir = cache_dir / f"rebuild-{wheel_version(wheel)}"
    python = env_dir / "bin" / "python"
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    marker = env_dir / _MARKER
    if python.exists() and marker.exists() and marker.read_text().strip() == digest:
        return python
    venv.EnvBuilder(clear=True, with_pip=True).create(env_dir)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel.resolve())], check=True
    )
    marker.write_text(digest + "\n")
    return python


def run_introspection(python: Path, repo_root: Path) -> dict[str, Any]:
    """Run ``introspect`` under ``python`` and return the facts it prints."""
    command = [str(python), "-m", "scripts.rebuild_spec.introspect"]
    completed = subprocess.run(command, cwd=repo_root, capture_output=True, text=True)
    if completed.returncode != 0:
        # Its output was captured, so its reason is told here (the last lines of stderr),
        # not left "above" where nothing was printed.
        reason = "\n".join(completed.stderr.strip().splitlines()[-5:]) or "(no message)"
        raise IntrospectionError(f"the introspection exited {completed.returncode}:\n{reason}")
    try:
        facts: dict[str, Any] = json.loads(completed.stdout)
    except ValueError as exc:
        shown = completed.stdout[:200] or "(nothing)"
        raise IntrospectionError(f"the introspection printed no JSON ({exc}): {shown!r}") from exc
    return facts


class IntrospectionError(Exception):
    """The introspection of the official wheel failed; the message says how."""
