"""vocab: every word the project recognises, as data, each list once and named for its meaning.

    labels         the words of tables: key labels, indicator header synonyms, row kinds
    values         the words of values: comparators, units and their factors, states
    placeholders   "nothing here": blank cells (layout), cells that give no value (normalize)
    numerals       Chinese numerals: digits, places, financial capitals, years digit by digit
    organisations  unit names: the endings that make a word a unit's name, per use
    categories     the 一级指标 categories: canonical names, their wordings, the required ones
    findings       the Chinese names of value kinds, finding severities and finding codes

These modules import nothing from the rest of jixiao (only one another).
"""
