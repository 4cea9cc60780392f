"""What people look at: plots, terminal tables and the timeline of ``aibrief tour``."""
