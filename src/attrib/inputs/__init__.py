"""Files, folders, JSON Lines corpora, web pages and stdin -> documents, read lazily."""
