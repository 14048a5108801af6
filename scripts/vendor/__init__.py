"""Vendor a subset of the SDK: chosen tags and operations, the models they reach, the layer.

    python -m scripts.vendor --package my_ibl --out vendor/ --tag ai-analytics \\
        --operation core_orgs_metadata_retrieve
    python -m scripts.vendor --regenerate vendor/my_ibl      # same options, e.g. after a bump

A service that calls three endpoints should not carry two thousand modules. The copy is made
by trimming the DESCRIPTION, not the generated tree, so it comes out of the same pipeline steps
as the full SDK and its model and operation modules are the full SDK's, byte for byte:

    obtain -> overlay -> normalise             the whole description, as scripts.generate does
    select -> trim                             selection.py, trim.py
    validate -> generate -> format -> verify   the trimmed description (scripts.generate.build)
    copy the layer, write VENDORED.json        build.py, manifest.py

`selection` resolves tags and operationIds (unknown names fail with close matches), `trim`
keeps what they reach, `manifest` records the options in the copy, `build` runs the steps in
order and swaps the copy in; `__main__` is the command line.
"""
