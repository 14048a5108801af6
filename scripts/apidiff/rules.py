"""Moved to ``ibl_client._apidiff.rules``: the diff engine ships with the SDK, for
``python -m ibl_client upgrade-check``. Re-exported here for the pipeline and its tests."""

from ibl_client._apidiff.rules import *  # noqa: F403
from ibl_client._apidiff.rules import __all__ as __all__
