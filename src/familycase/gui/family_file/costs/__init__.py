"""The family file's Costs tab: prevented costs, the cost of the work, outcomes."""
