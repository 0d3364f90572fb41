"""`yimen demo`: the whole hall on one machine, simulated devices, embedded SQLite."""
