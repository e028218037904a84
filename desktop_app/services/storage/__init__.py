"""Storage: opening a database (file or server) with its migrations, moving it up to a server,
what is asked of it before anyone logs in, and what Help › About says about it."""
