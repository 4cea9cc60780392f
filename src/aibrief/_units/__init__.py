"""The shared pint unit registry (currencies, counts, percent and time), built on first use
from ``_data/units.txt``.
"""
