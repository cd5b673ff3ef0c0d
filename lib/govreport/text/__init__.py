"""Stage 3, text: sentences → tokens, term frequencies, keyness, themes, trajectories."""
