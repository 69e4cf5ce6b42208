"""Benchmark tools: a deterministic synthetic corpus (`bench.generate`) and the
benchmark runner that writes BENCHMARKS.md (`bench.run`). Not imported by the
loaders or by the tests of the pipeline itself."""
