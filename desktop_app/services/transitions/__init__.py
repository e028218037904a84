"""The organisation's transitions: derived from each record and stored (derivation), the
rules in SQL (sql_rules), and the lists and the board built on the stored rows."""
