"""The Assessments tab: forms generated from instrument definitions."""
