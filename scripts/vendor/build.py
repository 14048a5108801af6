"""Make a vendored copy: the pipeline's steps on a trimmed description, then the layer.

    obtain -> overlay -> normalise -> select -> trim -> validate -> generate -> format -> verify
    -> copy the layer -> write VENDORED.json -> swap the copy in

The overlay and the normaliser run on the WHOLE description, before trimming, for two reasons:
an overlay action whose target is trimmed away would otherwise stop the run ("selects
nothing"), and the normaliser names request variants (`<Name>Request`, or `<Name>Input` when
that name is taken) by looking at every component, so normalising first gives the copy the
same model names, and the same bytes, as the full SDK. Validation runs on the trimmed
description only: it is what the generator reads, and it takes milliseconds instead of the
full description's seconds.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from importlib import metadata
from pathlib import Path

import attrs

from .. import normalise, obtain, overlay, validate, verify
from ..errors import PipelineError
from ..generate import OVERLAY, ROOT, SPEC, build, replace_tree, write_own_description
from ..output import is_package_name, layer_files
from . import manifest, selection, trim
from .manifest import Manifest, Source

STEP = "vendor"
LAYER = ROOT / "ibl_client"


@attrs.frozen
class Options:
    """What to vendor, from where, and under which name; `VENDORED.json` records all of it."""

    package: str
    out: Path
    tags: tuple[str, ...] = ()
    operations: tuple[str, ...] = ()
    description: Path = SPEC
    overlay: Path | None = OVERLAY

    @property
    def target(self) -> Path:
        return self.out / self.package


@attrs.frozen
class Report:
    """What was written, and how it compares with the full SDK, for the command's summary."""

    target: Path
    manifest: Manifest
    operations: int
    models: int
    files: int
    size: int
    full_files: int
    full_size: int
    previous: Manifest | None = None

    def summary(self) -> str:
        """The lines the command prints."""
        lines = [
            f"Vendored {self.manifest.package} into {self.target}",
            f"  API version:  {self.manifest.api_version} "
            f"(description {self.manifest.description.file}, "
            f"sha256 {self.manifest.description.sha256[:12]})",
            f"  selection:    tags {list(self.manifest.tags)}, "
            f"operations {list(self.manifest.operations)}",
            f"  operations:   {self.operations}",
            f"  models:       {self.models}",
            f"  files:        {self.files} (full SDK: {self.full_files})",
            f"  size:         {_kib(self.size)} (full SDK: {_kib(self.full_size)}, "
            f"{100 * self.size / max(self.full_size, 1):.1f}%)",
        ]
        if self.previous is not None:
            lines.extend(_changes(self.previous, self.manifest))
        return "\n".join(lines)


def vendor(options: Options) -> Report:
    """Write the copy at `options.target`, replacing an earlier vendored copy there."""
    check_package_name(options.package)
    _refuse_foreign(options.target)
    with tempfile.TemporaryDirectory(prefix="ibl-vendor-") as scratch:
        fresh = Path(scratch) / options.package
        made = make(options, fresh)
        replace_tree(fresh, options.target)
    return attrs.evolve(made, target=options.target)


def regenerate(copy: Path, description: Path | None = None, *, check: bool = False) -> Report:
    """Make `copy` again from its recorded options (and another description, after a bump).

    The package name is the folder's name: generated code imports the layer relatively, so a
    renamed folder is a renamed package. With `check`, nothing is written; a copy that differs
    from a fresh one (hand-edited, or made from other inputs) is an error listing the files.
    """
    recorded = manifest.read(copy)
    options = Options(
        package=copy.name,
        out=copy.parent,
        tags=recorded.tags,
        operations=recorded.operations,
        description=description or recorded.description.path,
        overlay=recorded.overlay.path if recorded.overlay else None,
    )
    if check:
        with tempfile.TemporaryDirectory(prefix="ibl-vendor-") as scratch:
            fresh = Path(scratch) / options.package
            made = make(options, fresh)
            differences = verify.tree_differences(fresh, copy)
        if differences:
            raise PipelineError(
                STEP,
                f"{copy} differs from a fresh copy in {len(differences)} file(s), "
                f"e.g. {differences[:5]}; run `python -m scripts.vendor --regenerate {copy}`",
            )
        return attrs.evolve(made, target=copy, previous=recorded)
    return attrs.evolve(vendor(options), previous=recorded)


def make(options: Options, into: Path) -> Report:
    """Generate the trimmed SDK and copy the layer into the new folder `into`."""
    document = obtain.from_file(options.description)
    api_version = str((document.get("info") or {}).get("version", ""))
    if options.overlay is not None:
        overlay.apply(document, obtain.from_file(options.overlay))
    normalise.normalise(document)
    selected, tags = selection.resolve(document, options.tags, options.operations)
    trimmed = trim.trim(document, selected)
    validate.validate(trimmed)

    warnings, counts = build(trimmed, into / "generated")
    if warnings:
        shown = "\n  ".join(warnings[:20])
        raise PipelineError("generate", f"{len(warnings)} generator warning(s):\n  {shown}")
    # Its own description, trimmed as the copy is (a few KiB): what a service's tests give
    # `ibl_client.testing.FakeIBL(description=...)`, so the fake serves the copy's operations
    # even where the full openapi.yaml is not kept.
    write_own_description(trimmed, into / "generated")
    copy_layer(into)
    recorded = Manifest(
        package=options.package,
        tags=tuple(tags),
        operations=tuple(sorted(set(options.operations))),
        description=Source.of(options.description),
        api_version=api_version,
        overlay=Source.of(options.overlay) if options.overlay is not None else None,
        sdk_version=sdk_version(),
        generator=f"openapi-python-client {metadata.version('openapi-python-client')}",
        contents=tuple(sorted(selected)),
    )
    recorded.write(into)
    files, size = tree_size(into)
    full_files, full_size = full_sdk_size()
    return Report(
        into, recorded, counts["generated"], counts["models"], files, size, full_files, full_size
    )


#: Left out of a copy: the upgrade check (`python -m ibl_client upgrade-check`: its diff engine
#: and scanner, about 130 KiB). A copy holds its own trimmed description instead of the SDK's
#: (2 MB): a service checks its copy with the installed SDK or this repository,
#: `upgrade-check --from <the copy's description> --package <its name>`.
NOT_VENDORED = ("_apidiff", "_upgrade")
OWN_DESCRIPTION = "_openapi.json.gz"


def vendored_layer() -> list[Path]:
    """The hand-written files a copy holds: the layer but `NOT_VENDORED`."""
    return [
        path
        for path in layer_files(features=False)
        if path.relative_to(LAYER).parts[0] not in NOT_VENDORED
    ]


def copy_layer(package_dir: Path) -> None:
    """The hand-written modules and `py.typed`, as they are: the generated code imports them
    relatively (`from ...._client import ...`), so they work under any package name."""
    for source in vendored_layer():
        target = package_dir / source.relative_to(LAYER)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def check_package_name(name: str) -> None:
    """A package name must be importable (the rule of `scripts.output.is_package_name`)."""
    if not is_package_name(name):
        raise PipelineError(STEP, f"--package {name!r} is not a valid Python package name")


def sdk_version() -> str:
    """The layer's `__version__`, read from the file that is copied (not an installed one)."""
    text = (LAYER / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise PipelineError(STEP, "ibl_client/_version.py has no __version__")
    return match[1]


def tree_size(folder: Path) -> tuple[int, int]:
    """(files, bytes) of a package, without byte-code caches."""
    sizes = [_size(path) for path in folder.rglob("*") if "__pycache__" not in path.parts]
    found = [size for size in sizes if size is not None]
    return len(found), sum(found)


def full_sdk_size() -> tuple[int, int]:
    """(files, bytes) of what a copy of the whole SDK would hold: the layer and `generated/`.

    Counted from its parts, not as `ibl_client/`, so that a regeneration running next to us
    (its `generated.new/` and `generated.old/`) is not counted.
    """
    layer = [_size(path) for path in vendored_layer()]
    files, size = tree_size(LAYER / "generated")
    own = _size(LAYER / "generated" / OWN_DESCRIPTION)
    if own is not None:
        files, size = files - 1, size - own
    found = [size for size in layer if size is not None]
    return files + len(found), size + sum(found)


def _size(path: Path) -> int | None:
    """The size of a file; None for a folder, or a file removed while we were counting."""
    try:
        return path.stat().st_size if path.is_file() else None
    except FileNotFoundError:
        return None


def _refuse_foreign(target: Path) -> None:
    """Only a vendored copy (or an empty folder) is replaced: `--out .` must not wipe a repo."""
    if target.exists() and any(target.iterdir()) and not (target / manifest.NAME).exists():
        raise PipelineError(
            STEP, f"{target} exists and is not a vendored copy (no {manifest.NAME}); left untouched"
        )


def _changes(previous: Manifest, current: Manifest) -> list[str]:
    """What a regeneration changed: the description, and operations that came or went."""
    lines = []
    if previous.description.sha256 != current.description.sha256:
        lines.append(
            f"  description:  changed, API {previous.api_version} -> {current.api_version}"
        )
    added = sorted(set(current.contents) - set(previous.contents))
    removed = sorted(set(previous.contents) - set(current.contents))
    if added:
        lines.append(f"  added:        {', '.join(added)}")
    if removed:
        lines.append(f"  removed:      {', '.join(removed)}")
    if not lines:
        lines.append("  unchanged:    same description and operations")
    return lines


def _kib(size: int) -> str:
    return f"{size / 1024:,.0f} KiB"


__all__ = ["Options", "Report", "make", "regenerate", "vendor"]
