"""Stage 1, ingest: corpus files (text, Markdown, HTML, JSONL) → :class:`~graphkit.types.Article` records."""
