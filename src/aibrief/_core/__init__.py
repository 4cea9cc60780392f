"""The ground floor: aibrief's decimal contexts, ISO currency codes, registries, shared types,
the data-file accessor and the small HTML toolkit every ``_repr_html_`` uses.

Nothing here imports another aibrief package.
"""
