"""Tests of scripts.rebuild_spec on small stand-ins for the wheels' generated code."""
