"""exports: the stored data as files and pages, in the export shape of docs/contract.md.

JSON, JSON lines, CSV and Excel; the HTML report with its charts; Datasette in a browser.
"""
