"""Writing amounts back as Korean, Chinese and English news write them."""
