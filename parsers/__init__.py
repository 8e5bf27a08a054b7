"""parsers: files → grids of logical cells (`readers`) → projects as raw text (`layout`).

Readers only turn bytes into grids (`grid`); the one shared `layout` package finds
projects and indicators by meaning, for every format.  `parse` chains the two.
"""
