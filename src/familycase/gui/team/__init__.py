"""The team leader's place: the team overview and allocating a lead professional."""
