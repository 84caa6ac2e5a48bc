"""The Work and tier tab: episodes, tier changes, closure and allocation."""
