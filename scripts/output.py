"""Where `--output` writes a whole SDK: inside the package folder it names, and nowhere else.

`--output sdk-3.66/ibl_client` writes the package (the hand-written layer and the generated
tree) into that folder, and the API reference inside it (`reference/`), or to the folder
`--reference` names. Each folder written gets a manifest (`MANIFEST`) of the files the run
wrote there; that manifest alone decides what the next run may replace or remove:

- a folder that does not exist, or is empty, is written, and its manifest made;
- a non-empty folder without a manifest is refused: those are someone else's files;
- with a manifest, the files it lists are replaced (or removed when a new run no longer makes
  them), and every other file (one a user added) is left as it is; a new file that would land
  on such a file is refused, before anything is written.

The package folder's name must be a Python package name (`import` could not find it otherwise).
"""

from __future__ import annotations

import json
import keyword
import shutil
from pathlib import Path

from .errors import PipelineError

STEP = "output"
MANIFEST = ".ibl-generated.json"
LAYER = Path(__file__).resolve().parent.parent / "ibl_client"


def layer_files(*, features: bool = True) -> list[Path]:
    """The hand-written files: every file of the package outside `generated/`, byte-code aside
    (the modules, `py.typed`, and subpackages such as `_transports/`).

    Without ``features``, the layer alone: the top-level modules and the private subpackages,
    not the features built on the public client (`chat/`, `workflows/`), which call operations
    of their own tags that a vendored selection need not hold.
    """
    return sorted(
        path
        for path in LAYER.rglob("*")
        if path.is_file()
        and (parts := path.relative_to(LAYER).parts)[0]
        not in ("generated", "generated.new", "generated.old")
        and (features or len(parts) == 1 or parts[0].startswith("_"))
        and not _byte_code(path)
    )


def _byte_code(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix == ".pyc"


def is_package_name(name: str) -> bool:
    """Whether ``name`` can be imported as a package: an identifier that is not a keyword."""
    return name.isidentifier() and not keyword.iskeyword(name)


def check_package_name(folder: Path) -> None:
    name = folder.name
    if not is_package_name(name):
        raise PipelineError(
            STEP,
            f"{folder}: {name!r} is not a Python package name (letters, digits and _, not "
            "starting with a digit); name the package folder, e.g. sdk-3.66/ibl_client",
        )


def check_writable(folder: Path) -> None:
    """Refuse a folder this pipeline may not write (see the module's docstring)."""
    if folder.exists() and not folder.is_dir():
        raise PipelineError(STEP, f"{folder}: exists and is not a folder")
    if not folder.exists() or (folder / MANIFEST).is_file():
        return
    theirs = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not _byte_code(p))
    if theirs:
        raise PipelineError(
            STEP,
            f"{folder}: not empty and not written by this pipeline (no {MANIFEST}; it holds "
            f"{', '.join(theirs[:5])}{', ...' if len(theirs) > 5 else ''}); nothing was "
            "written: give an empty or new folder",
        )


def owned(folder: Path) -> set[str]:
    """The files (relative, POSIX) a previous run wrote in ``folder``."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return set()
    return set(json.loads(manifest.read_text(encoding="utf-8"))["files"])


def files_below(tree: Path) -> dict[str, Path]:
    """Every file of a freshly generated tree, by its path relative to the tree."""
    return {
        path.relative_to(tree).as_posix(): path
        for path in sorted(tree.rglob("*"))
        if path.is_file() and not _byte_code(path)
    }


def check(folder: Path, files: dict[str, Path]) -> None:
    """Refuse writing ``files`` in ``folder`` if the run may not (see the module's docstring)."""
    check_writable(folder)
    previous = owned(folder)
    collisions = sorted(rel for rel in files if rel not in previous and (folder / rel).exists())
    if collisions:
        raise PipelineError(
            STEP,
            f"{folder}: would overwrite files this pipeline did not write: "
            f"{', '.join(collisions[:5])}; nothing was written: move them away",
        )


def write(folder: Path, files: dict[str, Path]) -> None:
    """Put ``files`` (relative path: source) in ``folder``, once :func:`check` allowed it:
    replace the files its manifest lists, remove those no longer made, keep every other."""
    previous = owned(folder)
    for rel, source in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    for rel in sorted(previous - files.keys()):
        gone = folder / rel
        gone.unlink(missing_ok=True)
        _remove_empty_parents(gone.parent, folder)
    manifest = {"written_by": "scripts/generate.py --output", "files": sorted(files)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _remove_empty_parents(directory: Path, top: Path) -> None:
    """Remove folders a removed file leaves empty, up to (not including) ``top``."""
    while directory != top and directory.is_dir():
        leftovers = [p for p in directory.iterdir() if p.name != "__pycache__"]
        if leftovers:
            return
        shutil.rmtree(directory)
        directory = directory.parent


def write_sdk(package: Path, generated: Path, reference_pages: Path, reference: Path) -> None:
    """The layer, the ``generated`` tree and the reference's pages: the package, and the
    reference at ``reference`` (inside the package unless the user named another folder)."""
    files = {path.relative_to(LAYER).as_posix(): path for path in layer_files()}
    files |= {f"generated/{rel}": path for rel, path in files_below(generated).items()}
    pages = files_below(reference_pages)
    if reference == package / "reference":
        files |= {f"reference/{rel}": path for rel, path in pages.items()}
        writes = {package: files}
    else:
        writes = {package: files, reference: pages}
    for folder, contents in writes.items():  # every folder checked before any is written
        check(folder, contents)
    for folder, contents in writes.items():
        write(folder, contents)
