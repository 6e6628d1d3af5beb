"""The till window's screens."""
