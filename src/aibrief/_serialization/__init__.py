"""JSON for every value and record type, through a private cattrs converter."""
