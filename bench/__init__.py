"""Benchmarks of hankegraafi: a seeded data generator, one benchmark command, the scale-out script.

Not installed with the package: run from the repository root,
``.venv/bin/python -m bench.run --quick``.
"""
