"""A user's script type-checks the same, whatever shape the generated code takes.

`user_script.py` is checked against the mini SDK by mypy (strict) and pyright. Their findings,
reduced to what a user meets (the line, the error code, and every revealed type), are
compared with `user_script.mypy.txt` and `user_script.pyright.txt`, recorded from the tree as it
was before issue 13 (tag groups in the tag packages' `__init__`, every method with its own
signature). Messages are not compared word for word: they name where a callable is defined,
which may move without the user noticing.

Record again (only for a deliberate change of the public signatures):
    IBL_RECORD_TYPING=1 python -m pytest tests/pipeline/test_user_typing.py
A recording run writes the files and fails, saying so: review their diff, then run again
without the variable. pyright is pinned in the dev extras, so a missing or crashing pyright
fails the test as any other broken tool would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "user_script.py"
RECORD = os.environ.get("IBL_RECORD_TYPING") == "1"

# mypy: "user_script.py:48: error: ... [arg-type]" and "...: note: Revealed type is ..."
_MYPY = re.compile(r"^user_script\.py:(\d+): (error|note): (.*?)(?:  \[([a-z-]+)\])?$")
# pyright: "  /path/user_script.py:48:71 - error: ... (reportArgumentType)", the message going on
# over further-indented lines (pyright indents them with no-break spaces), the rule at its end.
_PYRIGHT = re.compile(r"^\s+\S*user_script\.py:(\d+):\d+ - (error|warning|information): (.*)$")
_RULE = re.compile(r"\((report\w+)\)$")


def mypy_findings(folder: Path) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--no-error-summary",
            "user_script.py",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), f"mypy failed: {(result.stdout + result.stderr)[-2000:]}"
    findings = []
    for line in result.stdout.splitlines():
        match = _MYPY.match(line)
        if match is None:
            continue
        number, severity, message, code = match.groups()
        if severity == "note" and message.startswith("Revealed type is"):
            findings.append(f"{number}: {message}")
        elif severity == "error":
            findings.append(f"{number}: error [{code}]")
    assert findings, result.stdout + result.stderr
    return findings


def pyright_command() -> list[str]:
    found = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert found is not None, "pyright is not installed (a dev dependency: make .venv/.installed)"
    return [found, "--pythonpath", sys.executable]


def pyright_findings(folder: Path) -> list[str]:
    result = subprocess.run(
        [*pyright_command(), "user_script.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    # pyright exits 1 when it reports errors (the script has some on purpose); other codes are
    # a crash or a bad configuration.
    assert result.returncode in (0, 1), f"pyright failed: {(result.stdout + result.stderr)[-2000:]}"
    assert "user_script.py" in result.stdout, f"pyright checked nothing: {result.stdout[-2000:]}"
    messages: list[tuple[str, str, str]] = []  # (line, severity, whole message)
    for line in result.stdout.splitlines():
        match = _PYRIGHT.match(line)
        if match is not None:
            messages.append(match.groups())
        elif messages and line[:1].isspace():  # indented with no-break spaces, too
            number, severity, message = messages[-1]
            messages[-1] = (number, severity, f"{message} {line.strip()}")
    findings = []
    for number, severity, message in messages:
        if severity == "information":
            findings.append(f"{number}: {message}")
        else:
            rule = _RULE.search(message)
            findings.append(f"{number}: {severity} [{rule[1] if rule else message}]")
    return findings


@pytest.fixture(scope="module")
def checked_folder(mini_sdk: ModuleType) -> Path:
    folder = Path(mini_sdk.__file__).parent.parent
    shutil.copyfile(SCRIPT, folder / SCRIPT.name)
    return folder


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_a_user_script_type_checks_as_it_did_before(checked_folder: Path, checker: str) -> None:
    findings = (mypy_findings if checker == "mypy" else pyright_findings)(checked_folder)
    expected = HERE / f"user_script.{checker}.txt"
    if RECORD:
        expected.write_text("\n".join(findings) + "\n", encoding="utf-8")
        pytest.fail(
            f"recorded {expected.name}: review its diff, then run without IBL_RECORD_TYPING"
        )
    assert findings == expected.read_text(encoding="utf-8").splitlines()
