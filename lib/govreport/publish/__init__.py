"""Executing notebooks with papermill and rendering them into the offline site."""
