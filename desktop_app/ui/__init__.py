"""Qt widgets, dialogs and models. No SQL here: every screen calls the services."""
