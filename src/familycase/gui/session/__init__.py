"""Getting in and out: the first-run wizard, printing the recovery key, unlocking, idle time
and auto-lock."""
