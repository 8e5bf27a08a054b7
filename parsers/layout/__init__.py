"""layout: any grid → projects and indicators as raw text, by meaning, for every format.

    document     the entry: a `SourceDocument` → a `DocumentRecord`, as a chain of steps
    walk         the walk over blocks and rows: one handler per row kind
    rows         what one table row is, by its words
    header       which columns of an indicator header hold which field
    state        what the walk remembers, and how a project starts
    keys         key-value rows and captions: the project's own fields
    indicators   the indicator block: a header, then one indicator a row
    wide         wide sheets: one row per indicator, the project's cells merged down
    docfields    the document's own fields: narrative sections, unit name, budget year
"""
