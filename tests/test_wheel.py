"""`pip install .` gives a normal distribution: a wheel with the whole package and `py.typed`,
nothing else, that installs and works in a clean virtualenv."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SMOKE = r"""
import httpx, ibl_client
from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve as op
assert "site-packages" in ibl_client.__file__, ibl_client.__file__
answer = httpx.MockTransport(lambda r: httpx.Response(200, json={"total_seconds": 3}))
with ibl_client.Client(api_key="k", transport=answer) as ibl:
    print(op.sync(client=ibl).total_seconds, ibl_client.__version__, ibl_client.API_VERSION)
"""


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
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [str(python), "-c", SMOKE], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seconds, sdk_version, api_version = result.stdout.split()
    assert seconds == "3"
    assert api_version == "3.66.0-ai-plus"
    assert sdk_version.count(".") == 2
