"""`VENDORED.json`: the options a vendored copy was made with, kept inside the copy.

`--regenerate <copy>` reads it back and runs the same selection again, so the copy is
reproducible without its author's shell history, and an API bump is one command. It holds no
timestamp or absolute path of the machine that made it (unless the description lived outside
the repository), so the same inputs give the same file and the copy is rebuilt byte for byte.
The hashes say which description and overlay the copy came from; `contents` lists the
operations it holds, so a bump's diff of this file shows what appeared or disappeared.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs

from ..errors import PipelineError

STEP = "manifest"
NAME = "VENDORED.json"
FORMAT = 1
ROOT = Path(__file__).resolve().parents[2]


@attrs.frozen
class Source:
    """A file the copy was generated from: where it is and what it held."""

    file: str
    sha256: str

    @classmethod
    def of(cls, path: Path) -> Source:
        """Record `path` relative to the repository when it lies inside it (portable)."""
        resolved = path.resolve()
        shown = (
            resolved.relative_to(ROOT).as_posix()
            if resolved.is_relative_to(ROOT)
            else str(resolved)
        )
        return cls(shown, hashlib.sha256(resolved.read_bytes()).hexdigest())

    @property
    def path(self) -> Path:
        """The file on this machine: a relative path is relative to the repository."""
        return ROOT / self.file


@attrs.frozen
class Manifest:
    """Everything needed to make the copy again, and what it holds."""

    package: str
    tags: tuple[str, ...]
    operations: tuple[str, ...]
    description: Source
    api_version: str
    overlay: Source | None
    sdk_version: str
    generator: str
    contents: tuple[str, ...] = ()

    def to_json(self) -> str:
        """The file's text: stable key order, one value per line, a final newline."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "package": self.package,
            "regenerate": f"python -m scripts.vendor --regenerate <path to {self.package}>",
            "selection": {"tags": list(self.tags), "operations": list(self.operations)},
            "description": {**attrs.asdict(self.description), "api_version": self.api_version},
            "overlay": attrs.asdict(self.overlay) if self.overlay else None,
            "sdk_version": self.sdk_version,
            "generator": self.generator,
            "contents": list(self.contents),
        }
        return json.dumps(data, indent=2) + "\n"

    def write(self, package_dir: Path) -> None:
        (package_dir / NAME).write_text(self.to_json(), encoding="utf-8")


def read(package_dir: Path) -> Manifest:
    """The manifest of a vendored copy; a missing or malformed file names what is wrong."""
    file = package_dir / NAME
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
        description = data["description"]
        overlay = data["overlay"]
        return Manifest(
            package=str(data["package"]),
            tags=tuple(data["selection"]["tags"]),
            operations=tuple(data["selection"]["operations"]),
            description=Source(str(description["file"]), str(description["sha256"])),
            api_version=str(description["api_version"]),
            overlay=Source(str(overlay["file"]), str(overlay["sha256"])) if overlay else None,
            sdk_version=str(data["sdk_version"]),
            generator=str(data["generator"]),
            contents=tuple(data["contents"]),
        )
    except OSError as exc:
        raise PipelineError(
            STEP, f"{file}: {exc.strerror}; is {package_dir} a vendored copy?"
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise PipelineError(STEP, f"{file} is not a valid manifest: {exc!r}") from exc
