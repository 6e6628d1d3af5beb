"""The till window's dialogs."""
