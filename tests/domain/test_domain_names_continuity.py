from datetime import date

import pytest

from desktop_app.domain.continuity import (
    AssignmentPeriod,
    continuity_share,
    primary_worker_on,
    same_worker_around,
    worker_changes_last_12_months,
)
from desktop_app.domain.names import fold, skeleton


def test_fold_removes_accents_and_case():
    assert fold("José  Álvarez-Núñez") == "jose alvarez nunez"
    assert fold("Олена") == "olena"


@pytest.mark.parametrize(
    "variants",
    [
        ("Mohammed", "Muhammad", "Mohamed", "Mohammad"),
        ("Yusuf", "Youssef", "Jusuf", "Yousef"),
        ("Ahmad", "Ahmed"),
        ("Hussein", "Husain", "Hossein"),
        ("Amanuel", "Amanual"),
    ],
)
def test_transliteration_variants_share_a_skeleton(variants):
    assert len({skeleton(v) for v in variants}) == 1, {v: skeleton(v) for v in variants}


def test_different_names_keep_different_skeletons():
    assert skeleton("Fatima") != skeleton("Hassan")
    assert skeleton("Omar") != skeleton("Amina")


A, B, C = 1, 2, 3
TODAY = date(2026, 3, 16)


def test_worker_changes_in_the_last_year():
    history = [
        AssignmentPeriod(A, date(2024, 1, 1), date(2025, 6, 1)),
        AssignmentPeriod(B, date(2025, 6, 1), date(2026, 1, 10)),
        AssignmentPeriod(C, date(2026, 1, 10), None),
        AssignmentPeriod(A, date(2025, 1, 1), None, primary=False),
    ]
    assert worker_changes_last_12_months(history, TODAY) == 2
    assert worker_changes_last_12_months(history[:1], TODAY) == 0


def test_same_worker_around_a_transition():
    steady = [AssignmentPeriod(A, date(2025, 1, 1), None)]
    changed = [
        AssignmentPeriod(A, date(2025, 1, 1), date(2025, 9, 10)),
        AssignmentPeriod(B, date(2025, 9, 10), None),
    ]
    transition = date(2025, 9, 1)
    assert same_worker_around(steady, transition) is True
    assert same_worker_around(changed, transition) is False
    assert same_worker_around(steady, date(2026, 3, 1), today=TODAY) is None  # window not over yet
    assert same_worker_around([], transition) is False
    assert primary_worker_on(changed, date(2025, 9, 10)) == B
    assert continuity_share([True, False, None, True]) == (2, 3)
