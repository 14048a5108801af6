"""The benchmark's own virtualenv, ``.cache/bench-venv``: the baselines and tools live there.

It holds the official client (``iblai``, never a dependency of the SDK), the SDK's run-time
dependencies and its ``aiohttp`` extra (read from ``pyproject.toml``, so the extra is what gets
measured), and the profiler. The SDK itself is imported from the work tree. The venv is built
once and rebuilt only when that list changes.

    python -m bench.env    # build or update it, and print its interpreter
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".cache" / "bench-venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".bench-requirements"
OFFICIAL_CLIENT = "iblai==4.202.2"
TOOLS = ("pyinstrument==5.1.3",)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extra = project.get("optional-dependencies", {}).get("aiohttp", [])
    return [*project["dependencies"], *extra, OFFICIAL_CLIENT, *TOOLS]


def ensure() -> Path:
    """Create or update the venv; byte-compile the SDK; return the venv's interpreter."""
    wanted = "\n".join(requirements())
    if not (PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted):
        print(f"Setting up {VENV.relative_to(ROOT)} ({', '.join(requirements())})", flush=True)
        if not PYTHON.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        reqs = requirements()
        subprocess.run(
            [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs],
            check=True,
        )
        STAMP.write_text(wanted)
    compile_sources()
    return PYTHON


def compile_sources() -> None:
    """Write the SDK's bytecode, which PYTHONDONTWRITEBYTECODE would otherwise leave unwritten.

    Installed packages (the floor's httpx, attrs and sniffio; ``iblai``) got theirs from pip, so
    both sides of the import comparison load bytecode.
    """
    subprocess.run(
        [str(PYTHON), "-m", "compileall", "-q", "-j0", "ibl_client", "bench"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    print(ensure())
