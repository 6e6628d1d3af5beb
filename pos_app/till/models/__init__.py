"""The till window's models."""
