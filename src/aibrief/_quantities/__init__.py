"""Numbers as news states them: approximate values and the named arithmetic of news
(percent of, percent change, times, apply a change).
"""
