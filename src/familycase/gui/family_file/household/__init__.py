"""The Household tab: people, relationships and the family's details."""
