"""Decode rates on the seeded synthetic set. Only stable facts are asserted: every
decoder reads clean frames, no decoder returns a wrong text, and the chain reads at least
what each decoder alone reads. The measured figures are in docs/qr-decode-rates.md."""

from __future__ import annotations

import pytest

from devices.scanner.decoders import DecoderChain, available_decoders
from devices.scanner.samples import VARIANTS, make_sample, measure_rates, sample_set


def _check(per_variant: int) -> None:
    decoders = available_decoders()
    chain = DecoderChain(decoders)
    table = measure_rates([*decoders, chain], list(sample_set(per_variant=per_variant)))
    assert set(table.samples) == set(VARIANTS)
    for d in table.correct:
        assert table.rate(d, "clean") == 1.0, d
        assert sum(table.wrong[d].values()) == 0, (d, table.wrong[d])
    for variant in VARIANTS:
        for d in decoders:
            assert table.correct["chain"][variant] >= table.correct[d.name][variant], (variant, d.name)


def test_rates_on_a_small_seeded_set() -> None:
    _check(per_variant=8)


@pytest.mark.slow
def test_rates_on_the_documented_set_of_50_per_variant() -> None:
    _check(per_variant=50)


def test_the_sample_set_is_reproducible() -> None:
    a = [s.frame.tobytes() for s in sample_set(per_variant=2)]
    b = [s.frame.tobytes() for s in sample_set(per_variant=2)]
    assert a == b
    with pytest.raises(ValueError):
        import random

        make_sample("upside-down", "x", random.Random(1))
