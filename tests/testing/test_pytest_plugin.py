"""The pytest plugin, as a user's project gets it: installed with the SDK (the ``pytest11``
entry point), its fixtures used by a test file of that project run in a pytest of its own."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import answers_an_object, module_name, simplest

USER_TESTS = """
import pytest

from ibl_client import BadRequestError


def test_uses_the_sync_client(ibl_fake, ibl_fake_client):
    ibl_fake_client.{group}.{method}()
    assert [call.operation_id for call in ibl_fake.calls] == ["{operation}"]


async def test_uses_the_async_client(ibl_fake, ibl_fake_async_client):
    await ibl_fake_async_client.{group}.{method}()
    assert ibl_fake.on("{operation}").calls


def test_sends_what_the_description_lacks(ibl_fake, ibl_fake_client):
    with pytest.raises(BadRequestError):
        ibl_fake_client.{group}.{method}(extra_query={{"ogr": "acme"}})


def test_expects_the_violation(ibl_fake, ibl_fake_client):
    with pytest.raises(BadRequestError):
        ibl_fake_client.{group}.{method}(extra_query={{"ogr": "acme"}})
    (violation,) = ibl_fake.take_violations()
    assert violation.field == "query.ogr"
"""


def test_the_fixtures_come_with_the_sdk_and_fail_a_test_that_sent_a_wrong_request(
    tmp_path: Path,
) -> None:
    op = simplest(answers_an_object, "GET answering an object")
    group, method = module_name(op).split(".")
    tests = USER_TESTS.format(group=group, method=method, operation=op.operation_id)
    (tmp_path / "test_user.py").write_text(textwrap.dedent(tests), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "PASSED test_user.py::test_uses_the_sync_client" in out
    assert "PASSED test_user.py::test_uses_the_async_client" in out
    assert "PASSED test_user.py::test_expects_the_violation" in out
    # Failed at teardown, naming the operation, the field and the value:
    assert "ERROR test_user.py::test_sends_what_the_description_lacks" in out
    assert f"{op.operation_id}: query.ogr = 'acme': no such query parameter" in out
    assert "1 error" in out


def test_loading_the_plugin_imports_none_of_the_kit() -> None:
    probe = (
        "import sys, ibl_client.testing.pytest_plugin;"
        "print(sorted(m for m in sys.modules if m.startswith('ibl_client.testing')),"
        " 'http.server' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "['ibl_client.testing', 'ibl_client.testing.pytest_plugin'] False"
