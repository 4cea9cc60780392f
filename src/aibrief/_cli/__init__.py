"""The ``aibrief`` command."""
