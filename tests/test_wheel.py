"""`pip install .` gives a normal distribution: a wheel with the whole package and `py.typed`,
nothing else, that installs and works in a clean virtualenv; metadata an index can show
(classifiers, URLs, licence); an sdist with the licence and the changelog. And the README names
the dependencies `pyproject.toml` declares, no more and no fewer."""

from __future__ import annotations

import email.parser
import json
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path
from typing import Any

import fixtures
import pytest
from contract.args import module_name
from contract.spec import Operation

ROOT = Path(__file__).resolve().parents[1]

SMOKE = r"""
import importlib, json, sys, httpx, ibl_client
op = importlib.import_module(sys.argv[1])
answer = httpx.MockTransport(lambda r: httpx.Response(200, json=json.loads(sys.argv[2])))
with ibl_client.Client(api_key="k", transport=answer) as ibl:
    model = op.sync(client=ibl)
print(type(model).__name__, json.dumps(model.to_dict(), sort_keys=True))
print(ibl_client.__file__)
print(ibl_client.__version__, ibl_client.API_VERSION)
"""


def smoke_operation() -> tuple[Operation, Any]:
    """An operation to call from the installed wheel, chosen by what it is: a GET without
    parameters that answers a model (the first by operationId); and a body for it sampled from
    the description."""
    for op in sorted(fixtures.spec().operations, key=lambda op: op.operation_id):
        ok = ((op.responses.get("200") or {}).get("content") or {}).get("application/json")
        if op.method == "get" and not op.parameters and ok and "$ref" in ok["schema"]:
            return op, fixtures.sample(ok["schema"])
    fixtures.no_subject("GET without parameters that answers a model")


def smoke(python: Path | str, cwd: Path, op: Operation, body: Any) -> list[str]:
    """SMOKE's lines, run by this Python from this folder."""
    module = f"ibl_client.generated.api.{module_name(op)}"
    result = subprocess.run(
        [str(python), "-c", SMOKE, module, json.dumps(body)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("ibl_client-*.whl")
    return built


def test_the_wheel_holds_the_package_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "ibl_client/py.typed" in names
    assert "ibl_client/_client.py" in names
    operations = [
        n
        for n in names
        if n.startswith("ibl_client/generated/api/") and not n.endswith("__init__.py")
    ]
    assert len(operations) >= 1000
    top_level = {n.split("/")[0] for n in names}
    assert top_level <= {
        "ibl_client",
        wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info",
    }
    assert not any("__pycache__" in n for n in names)


def test_the_wheel_installs_and_works_in_a_clean_virtualenv(wheel: Path, tmp_path: Path) -> None:
    op, body = smoke_operation()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    installed = smoke(python, tmp_path, op, body)
    assert "site-packages" in installed[1], installed[1]
    # The installed package parses the answer into the same model as the source tree does.
    in_tree = smoke(sys.executable, ROOT, op, body)
    assert in_tree[1].startswith(str(ROOT)), in_tree[1]
    assert installed[0] == in_tree[0], op.label
    sdk_version, api_version = installed[2].split()
    assert api_version == fixtures.api_version()  # the description the wheel was made from
    assert sdk_version.count(".") == 2


def _metadata(wheel: Path) -> email.message.Message:
    archive = zipfile.ZipFile(wheel)
    (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.Parser().parsestr(archive.read(name).decode())


def test_the_wheel_metadata_shows_classifiers_urls_and_licence(wheel: Path) -> None:
    metadata = _metadata(wheel)
    classifiers = metadata.get_all("Classifier") or []
    for wanted in (
        "Programming Language :: Python :: 3.10",
        "Typing :: Typed",
        "Framework :: AsyncIO",
        "License :: OSI Approved :: MIT License",
    ):
        assert wanted in classifiers
    minimum = metadata["Requires-Python"].removeprefix(">=")
    versions = [c.rsplit(" ", 1)[1] for c in classifiers if re.search(r"Python :: 3\.\d+$", c)]
    assert versions[0] == minimum  # the classifiers start where requires-python does
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    assert urls["Homepage"].startswith("https://")
    runtime = [r for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r]
    assert not any(r.startswith("python-dateutil") for r in runtime)  # no code imports it
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_sdist_holds_the_licence_and_the_changelog(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("ibl_client-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names
    assert "ibl_client/py.typed" in names


def test_the_readme_names_the_declared_dependencies() -> None:
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    readme = (ROOT / "README.md").read_text()
    listed = re.search(r"^Runtime dependencies: (.*?)\. Python", readme, re.M | re.S)
    assert listed is not None
    names = [re.split(r"[<>=!~ ]", d, maxsplit=1)[0] for d in declared]
    assert re.findall(r"`([^`]+)`", listed[1]) == names
    vendoring = readme.split("### What the copy depends on", 1)[1].split("###", 1)[0]
    assert re.findall(r"`([^`]+?)`", vendoring)[: len(declared)] == declared
