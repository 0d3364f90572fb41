"""Elderly-mode figures and colour schemes (WCAG 2.1 contrast)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.ui.elder import (
    ELDER_SIZES,
    MIN_CONTRAST,
    MIN_ELDER_TEXT_PX,
    MIN_ELDER_TOUCH_PX,
    NORMAL_SIZES,
    SCHEMES,
    DisplayMode,
    contrast_ratio,
    parse_colour,
    relative_luminance,
    scale_for,
    scheme_named,
)

colours = st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))


def test_known_contrast_figures() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # WCAG's own example: #777777 on white is just under 4.5:1
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#FFF") == pytest.approx(1.0)


@given(colours, colours)
def test_contrast_is_symmetric_and_bounded(a, b) -> None:
    r = contrast_ratio(a, b)
    assert 1.0 <= r <= 21.0 + 1e-9
    assert r == pytest.approx(contrast_ratio(b, a))


@pytest.mark.parametrize("name", list(SCHEMES))
def test_every_text_pair_of_every_scheme_is_at_least_7_to_1(name: str) -> None:
    scheme = SCHEMES[name]
    weakest, ratio = scheme.weakest_pair()
    assert ratio >= MIN_CONTRAST, f"{name}: {weakest} only {ratio:.2f}:1"


def test_three_schemes_with_aliases() -> None:
    assert set(SCHEMES) == {"standard", "dark", "light"}
    assert scheme_named("high-contrast-dark").name == "dark"
    assert scheme_named("High_Contrast_Light").name == "light"
    with pytest.raises(ValueError, match="unknown colour scheme"):
        scheme_named("sepia")
    with pytest.raises(ValueError):
        parse_colour("#12345")


def test_elderly_sizes_meet_the_issue_figures() -> None:
    assert ELDER_SIZES.body >= MIN_ELDER_TEXT_PX == 32
    assert ELDER_SIZES.small >= MIN_ELDER_TEXT_PX, "no text smaller than 32 px in elderly mode"
    assert ELDER_SIZES.touch >= MIN_ELDER_TOUCH_PX == 96
    assert ELDER_SIZES.choices_per_page < NORMAL_SIZES.choices_per_page


def test_sizes_scale_with_the_screen_but_never_shrink() -> None:
    assert scale_for(1080, 1920) == 1.0 == scale_for(1920, 1080)
    assert scale_for(800, 600) == 1.0
    big = DisplayMode(elder=True).sizes(width=2160, height=3840)
    assert big.body == 2 * ELDER_SIZES.body and big.choices_per_page == ELDER_SIZES.choices_per_page
