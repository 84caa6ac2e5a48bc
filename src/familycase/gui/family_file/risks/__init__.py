"""The Risks and alerts tab, its dialogs, and the banner in the family file's header."""
