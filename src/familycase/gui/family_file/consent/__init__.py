"""The Consent tab: consents, decisions to share without consent, the share log."""
