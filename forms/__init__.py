"""Assessment and outcome instruments as data files (see docs when they land)."""
