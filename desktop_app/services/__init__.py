"""Use cases that the UI and the command line both call. No Qt here."""
