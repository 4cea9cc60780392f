"""Dates as news states them: partial dates (a year, a quarter, a month or a day) and relative
phrases ("지난 27일", "上周", "last Monday") read against a reference date.
"""
