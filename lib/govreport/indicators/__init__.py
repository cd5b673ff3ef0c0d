"""Stage 2, indicators: sentences and plan tables → observations, indicators, series."""
