"""The Documents tab: documents kept (encrypted) in the family file, and saving a copy."""
