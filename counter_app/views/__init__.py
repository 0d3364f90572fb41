"""Views of the counter and the hall display: they lay out widgets and bind them to the
view-models' signals and methods; no behaviour of their own."""
