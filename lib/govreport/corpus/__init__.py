"""Stage 1, corpus: raw files → documents, sections, paragraphs, sentences, tables, removed, repairs, variants."""
