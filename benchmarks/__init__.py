"""Reproducible speed benchmarks on a 100,000-case synthetic database (`make bench`)."""
