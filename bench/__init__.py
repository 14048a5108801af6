"""Benchmarks of ``ibl_client`` against baselines measured in the same run.

``python -m bench`` (``make bench``) runs them all; see ``docs/benchmarks.md``.
"""
