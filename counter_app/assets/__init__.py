"""The counter's own small images (the drop-down and spin-box arrows of its style sheet)."""
