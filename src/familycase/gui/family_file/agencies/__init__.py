"""The Agencies tab: the agencies around the family."""
