"""analysis: what analysts ask of the stored data: consistency checks, figures per unit and
year, full-text search, the roster of expected units, self-evaluations linked to their
targets, and pandas frames.  Reads only."""
