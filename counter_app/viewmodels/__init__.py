"""View-models of the counter: they own the behaviour, call the services through the shared
task runner (never on the UI thread), and tell the views what changed through signals."""
