"""exports: the stored data as files and pages: JSON, JSON lines, CSV and Excel, the HTML
report with its charts, and Datasette in a browser."""
