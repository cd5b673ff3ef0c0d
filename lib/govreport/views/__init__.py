"""What notebooks ask: one loader for the tables, views and charts built from them."""
