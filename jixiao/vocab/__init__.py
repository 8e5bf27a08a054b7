"""vocab: every word the project recognises, as data, each list once and named for its meaning.

    labels   the words of tables: key labels, indicator header synonyms, row kinds
    values   the words of values: comparators, units and their factors, states
"""
