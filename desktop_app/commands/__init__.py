"""Sub-commands of the `homeward` command line, one module per group.

Each module defines `register(subparsers, common)`; `common` is the parent
parser holding the global options so they may stand after the sub-command.
Handlers receive the parsed arguments and a `CliContext`.
"""
