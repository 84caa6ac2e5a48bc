"""The summary exchange format: schema, signed and encrypted bundles, idempotent import."""
