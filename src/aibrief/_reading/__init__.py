"""Reading figures out of Korean, Chinese and English text: numerals, the word tables, the
scanner (:mod:`aibrief._reading.scan`) and the mentions it reports.
"""
