"""The scanner (ibl_client/_upgrade/scan.py) finds exactly the uses the sample services mark
by hand, in every style they are written in, and nothing else."""

from __future__ import annotations

import doctest
from pathlib import Path
from typing import Any

import pytest

from ibl_client._upgrade import scan as scan_module
from ibl_client._upgrade.scan import Surface, Use, scan, scan_source
from tests.upgrade.conftest import (
    ALL_TAGS,
    SERVICE_3_66,
    SERVICE_4_202,
    as_tuples,
    marked_uses,
)


def test_every_marked_use_of_the_3_66_service_and_nothing_else(uses_3_66: list[Use]) -> None:
    expected = marked_uses(SERVICE_3_66)
    assert len(expected) >= 12  # the marks are read: an unread file would pass vacuously
    assert as_tuples(uses_3_66) == expected


def test_every_marked_use_of_the_4_202_service(doc_4_202: dict[str, Any]) -> None:
    uses = scan([SERVICE_4_202], Surface.of(doc_4_202, ALL_TAGS))
    assert as_tuples(uses) == marked_uses(SERVICE_4_202)


def test_a_method_the_old_description_lacks_is_no_use(doc_3_66: dict[str, Any]) -> None:
    # The 4.202 service's calls of operations 3.66.0 does not have are plain attributes there.
    uses = scan([SERVICE_4_202], Surface.of(doc_3_66, ALL_TAGS))
    names = {u.name for u in uses}
    assert "account_retrieve" not in names
    assert "credentials_orgs_users_assertions_retrieve" in names


SURFACE = Surface({"core": {"core_orgs_list"}}, {"core_orgs_list": "core"})


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = a.b.c.core.core_orgs_list_detailed", [("method", "core_orgs_list")]),
        ("ibl.core.core_orgs_list_pages()", []),  # no such form
        ("ibl.other.core_orgs_list()", []),  # no such group
        (
            "import my_ibl.generated.api.core.core_orgs_list as op\nop.sync()",
            [("function", "core_orgs_list")] * 2,
        ),
        ("from my_ibl.generated.models.user import User", [("model", "User")]),
        ("from my_ibl.generated.models import user", []),  # a model's module, no class
        ("from my_ibl.generated.models import *", []),
        ("from my_ibl.generated import models as m\nm.User", [("model", "User")]),
        ("from ibl_client.generated.models import User", []),  # another package name
        ("from .generated.models import User", []),  # relative: not the service's SDK
    ],
)
def test_styles_and_package_names(source: str, expected: list[tuple[str, str]]) -> None:
    uses = scan_source(source, SURFACE, packages=("my_ibl",))
    assert [(u.kind, u.name) for u in uses] == expected


def test_a_syntax_error_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n")
    with pytest.raises(SyntaxError, match=r"broken\.py:1: cannot scan"):
        scan([tmp_path], SURFACE)


def test_hidden_folders_and_installed_packages_are_skipped(tmp_path: Path) -> None:
    use = "from my_ibl.generated.models import User\n"
    for folder in ("app", ".venv/lib", "env/lib/site-packages/x", "app/__pycache__"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "m.py").write_text(use)
    (tmp_path / ".hidden.py").write_text(use)  # a hidden file, not folder: scanned
    found = scan([tmp_path], SURFACE, packages=("my_ibl",))
    assert sorted(Path(u.file).relative_to(tmp_path).as_posix() for u in found) == [
        ".hidden.py",
        "app/m.py",
    ]


def test_a_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        scan([tmp_path / "nowhere"], SURFACE)


def test_doctest() -> None:
    result = doctest.testmod(scan_module)
    assert (result.failed, result.attempted > 0) == (0, True)
