"""The benchmarks are run on demand, not by the suite: every module they import, at the
top or inside a function, must still exist (a moved helper broke `bench_postgres` once)."""

from __future__ import annotations

import ast
import importlib.util

from tests.support.paths import REPO


def _exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def test_every_module_the_benchmarks_import_exists():
    missing = []
    for path in sorted((REPO / "benchmarks").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if not _exists(node.module):
                    missing.append(f"{path.name}: {node.module}")
                    continue
                module = importlib.import_module(node.module)
                for alias in node.names:
                    if not hasattr(module, alias.name) and not _exists(
                        f"{node.module}.{alias.name}"
                    ):
                        missing.append(f"{path.name}: {node.module}.{alias.name}")
            elif isinstance(node, ast.Import):
                missing += [f"{path.name}: {a.name}" for a in node.names if not _exists(a.name)]
    assert not missing, missing
