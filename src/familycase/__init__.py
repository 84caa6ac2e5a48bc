"""FamilyCase: encrypted whole-family case files for early-help key-worker teams."""

__version__ = "0.1.0"
