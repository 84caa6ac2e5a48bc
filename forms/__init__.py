"""Assessment and outcome instruments as data files (format: forms/README.md)."""
