"""Cost-saving returns and claims (the family file's own Costs tab is in family_file/costs/)."""
