"""Trust: who may log in and do what (auth, users, permissions), what was done (the audit log),
and keeping the data safe (backups, retention and erasure, the server password in the keyring)."""
