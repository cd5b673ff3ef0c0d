"""Chinese-language helpers every stage may use: numerals, plan periods, text spans."""
