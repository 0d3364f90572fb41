"""The only part of shared/ that may import PySide6: theme, elder mode, widgets both apps use."""
