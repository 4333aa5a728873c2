"""Claims -> the table, CSV, JSON, JSON Lines, HTML pages and corpus summaries."""
