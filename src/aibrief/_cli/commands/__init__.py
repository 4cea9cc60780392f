"""One module per subcommand: its ``SUMMARY``, ``EXAMPLES``, ``configure`` and ``run``."""
