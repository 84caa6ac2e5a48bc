"""PDF (reportlab), CSV and XLSX writers. They consume service read-models."""
