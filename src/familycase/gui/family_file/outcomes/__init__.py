"""The Outcomes tab: readings over time and the radar chart."""
