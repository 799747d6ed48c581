"""Tools that exercise hankegraafi from outside: benchmarks, load, fuzzing, a live server.

A seeded data generator (``generate``), the benchmark workload and command
(``workload``, ``run``), the load generator and the scale-out script, the
peer servers, the fuzzer's seeds and mutators (``fuzzing``) and a real
``hankegraafi serve`` on a test store (``live``). The tests and ``scripts/``
import them from here (never the reverse: nothing here imports ``tests/``),
and the product never imports ``bench`` (tests/test_architecture.py checks both).

Not installed with the package: run from the repository root,
``.venv/bin/python -m bench.run --quick``.
"""
