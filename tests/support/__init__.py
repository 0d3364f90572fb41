"""Helpers and factories the tests (and the benchmarks) share, imported as a package:
``from tests.support.escpos import parse_one``."""
