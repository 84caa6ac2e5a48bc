"""Sharing outside the vault: panel summaries and summary bundles (export and import)."""
