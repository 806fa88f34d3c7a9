"""Benchmarks that print numbers: `python -m benchmarks.run_all` (what `make bench` runs)."""
