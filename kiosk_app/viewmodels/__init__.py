"""Qt-free view-models of the kiosk screens (views bind them; tests drive them directly)."""
