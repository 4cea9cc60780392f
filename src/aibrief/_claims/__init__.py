"""Checking the figures an article states: currency equivalences, ratios and rankings.

``ClaimCheck`` and ``ClaimChecks`` are re-exported here because pickles made by aibrief 0.1
name them ``aibrief._claims.ClaimCheck``.
"""

from aibrief._claims.check import ClaimCheck, ClaimChecks

__all__ = ["ClaimCheck", "ClaimChecks"]
