"""The entry point sends plain global options to the app and everything else to the CLI."""

import pytest

from desktop_app.__main__ import opens_the_gui


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--db", "x.db"],
        ["--db=x.db", "--user", "worker"],
        ["--first-run-demo"],
        ["--database-url", "postgresql+psycopg://h/db"],
    ],
)
def test_global_options_alone_open_the_app(args):
    assert opens_the_gui(args)


@pytest.mark.parametrize(
    "args",
    [
        ["cases"],
        ["--db", "x.db", "transitions", "--within", "9"],
        ["--version"],
        ["--help"],
        ["--db"],
        ["--bogus"],
    ],
)
def test_anything_else_goes_to_the_command_line(args):
    assert not opens_the_gui(args)
