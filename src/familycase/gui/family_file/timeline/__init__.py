"""The Timeline tab: everything that happened, in order."""
