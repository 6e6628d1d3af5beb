"""The till window's widgets."""
