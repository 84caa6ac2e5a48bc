"""The Plan and reviews tab."""
