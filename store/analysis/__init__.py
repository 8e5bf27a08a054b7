"""analysis: what analysts ask of the stored data; it reads and never writes.

Consistency checks, figures per unit and year, full-text search, the roster of expected
units, self-evaluations linked to their targets, and pandas frames for notebooks.
"""
