"""Demo databases: realistic, synthetic and deterministic for a seed, quick for 100,000 cases.

`generator.create_demo` fills an empty database: the organisation (teams,
users, language courses), the housing stock, then each case from small named
steps (`case`, `offers`, `daily_records`) drawing on one random generator in a
fixed order, so a seed always gives the same people, references and units.
"""
