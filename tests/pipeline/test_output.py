"""`--output` writes inside the package folder it names and nowhere else; a file it did not write
is never removed or overwritten (scripts/output.py; issue 18)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts import generate, output

Run = Callable[..., int]


@pytest.fixture
def run(mini_spec: Path) -> Run:
    """``--output package`` (and ``extra`` arguments) from the mini description."""

    def run(package: Path, *extra: str) -> int:
        arguments = ["--file", str(mini_spec), "--no-overlay", "--output", str(package)]
        return generate.main([*arguments, *extra])

    return run


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_sibling_docs_folder_is_left_alone(run: Run, tmp_path: Path) -> None:
    project = tmp_path / "proj"
    notes = project / "docs" / "reference" / "ARCHITECTURE.md"
    notes.parent.mkdir(parents=True)
    notes.write_text("ours\n")
    assert run(project / "ibl_client_366") == 0
    assert notes.read_text() == "ours\n"
    assert sorted(p.name for p in project.iterdir()) == ["docs", "ibl_client_366"]
    assert sorted(p.name for p in (project / "docs" / "reference").iterdir()) == ["ARCHITECTURE.md"]
    package = project / "ibl_client_366"
    written = set(snapshot(package)) - {output.MANIFEST}
    assert written == set(output.owned(package))  # the manifest lists every file written
    assert (package / "reference").is_dir()  # the reference went inside the package
    assert (package / "_transports" / "pool.py").is_file()  # the whole layer, subpackages too


@pytest.mark.parametrize("name", ["sdk-3.66", "3sdk", "class"])
def test_a_folder_that_is_not_a_package_name_is_refused(
    run: Run, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(tmp_path / name)
    assert exited.value.code == 2
    assert "is not a Python package name" in capsys.readouterr().err
    assert not (tmp_path / name).exists()


def test_a_non_empty_folder_it_did_not_write_is_refused(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "proj"  # OUTPUT=proj: a project folder, not a package folder
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("ours\n")
    before = snapshot(project)
    with pytest.raises(SystemExit) as exited:
        run(project)
    assert exited.value.code == 2
    assert "not written by this pipeline" in capsys.readouterr().err
    assert snapshot(project) == before


def test_a_repeated_run_replaces_its_own_files_and_keeps_the_users(
    run: Run, tmp_path: Path
) -> None:
    package = tmp_path / "sdk" / "ibl_client"
    assert run(package) == 0
    first = snapshot(package)
    (package / "my_helpers.py").write_text("# the user's\n")
    (package / "generated" / "NOTES.txt").write_text("the user's too\n")
    (package / "_client.py").write_text("# edited by hand: the pipeline's file\n")
    stale = package / "generated" / "stale_module.py"  # one the pipeline wrote, no longer made
    stale.write_text("")
    manifest = json.loads((package / output.MANIFEST).read_text())
    manifest["files"].append("generated/stale_module.py")
    (package / output.MANIFEST).write_text(json.dumps(manifest))

    assert run(package) == 0
    second = snapshot(package)
    assert second.pop("my_helpers.py") == b"# the user's\n"
    assert second.pop("generated/NOTES.txt") == b"the user's too\n"
    assert second == first  # its own files as a fresh run writes them; the stale one removed
    assert not stale.exists()


def test_a_new_file_landing_on_a_users_file_is_refused(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "ibl_client"
    assert run(package) == 0
    manifest = json.loads((package / output.MANIFEST).read_text())
    manifest["files"].remove("_errors.py")  # as if the user had written _errors.py
    (package / output.MANIFEST).write_text(json.dumps(manifest))
    (package / "_errors.py").write_text("# the user's\n")
    assert run(package) == 1
    assert "would overwrite files this pipeline did not write: _errors.py" in (
        capsys.readouterr().err
    )
    assert (package / "_errors.py").read_text() == "# the user's\n"


def test_the_reference_goes_where_the_user_names(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "docs"
    taken.mkdir()
    (taken / "guide.md").write_text("ours\n")
    with pytest.raises(SystemExit):
        run(tmp_path / "ibl_client", "--reference", str(taken))
    assert "not written by this pipeline" in capsys.readouterr().err
    assert run(tmp_path / "ibl_client", "--reference", str(tmp_path / "api-docs")) == 0
    assert output.owned(tmp_path / "api-docs")
    assert not (tmp_path / "ibl_client" / "reference").exists()
