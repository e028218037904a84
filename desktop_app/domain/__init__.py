"""Pure rules of Homeward: no Qt, no database."""
