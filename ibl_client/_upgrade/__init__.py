"""``python -m ibl_client upgrade-check``: what a new API description changes for one service.

``scan`` reads the service's source for the SDK calls and model imports it makes; ``check``
diffs the SDK's own description against the target with the API diff (``ibl_client._apidiff``,
the engine of the CHANGELOG) and keeps the changes those uses meet; ``description`` loads both
descriptions. Everything runs from the installed SDK: the diff engine and the SDK's own
description (``generated/_openapi.json.gz``) ship in the wheel, only ``--to VERSION`` needs the
repository (it rebuilds a published version from the official wheel). None of this is
imported by ``import ibl_client``.
"""
