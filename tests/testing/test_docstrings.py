"""The kit's examples in its docstrings run (the sampler's, the fake's); the sampler's own
rules are tested with the contract suite's values (tests/contract/test_values.py), which
builds its arguments with it."""

from __future__ import annotations

import doctest

import pytest

import ibl_client.testing
from ibl_client.testing import _sampling, _server


@pytest.mark.parametrize("module", [ibl_client.testing, _sampling, _server])
def test_the_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert (result.failed, result.attempted > 0) == (0, True), module
