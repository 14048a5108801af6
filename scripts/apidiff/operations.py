"""Moved to ``ibl_client._apidiff.operations``: the diff engine ships with the SDK, for
``python -m ibl_client upgrade-check``. Re-exported here for the pipeline and its tests."""

from ibl_client._apidiff.operations import *  # noqa: F403
from ibl_client._apidiff.operations import __all__ as __all__
