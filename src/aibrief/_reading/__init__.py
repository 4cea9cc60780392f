"""Reading figures out of Korean, Chinese and English text: numerals, the word tables, the
scanner and the mentions it reports.
"""
