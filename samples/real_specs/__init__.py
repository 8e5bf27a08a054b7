"""Real published tables, one module each, rebuilt as the documents they came from.

Each module holds `SOURCE` (where the table was published: address, title, issuer,
province, year, kind, the format it was published in), `FILE` (the rebuilt document's
name under samples/real/: .docx, .xlsx, .txt, or .pdf, which is LibreOffice's print of a
.docx of the same stem, kept as a sample too) and `doc()`, the table as a
`samples.templates.Doc`.  What a careful human reads in it, written from the source
before the reader saw it, is tests/documents/real/MODULE.json.
"""
