"""partners' offers: the registries, and the progress of an enrolment or a work support

1. `language_courses` get a `code` (the registry's and the import's key, unique;
   the courses already there are numbered `LC-00001`… in the order they were
   made) and `retired` (no longer offered; the enrolments in it stay).
2. `employment_programmes`: the registry of employment and education
   programmes (job coaching, internships, apprenticeships, vocational training,
   school), with their places.
3. `course_enrolments` get the level reached, the certificate's date and the
   document that holds it, and why an enrolment was dropped;
   `enrolment_attendance` keeps attendance as it is recorded over time.
4. `employment_support` gets the programme it was chosen from and a note on
   its outcome; the outcome itself becomes a code (in_work, in_education,
   none). Outcomes typed as free text before move into the note, word for word.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

OUTCOMES = ("in_work", "in_education", "none")

courses = sa.table("language_courses", sa.column("id", sa.Integer), sa.column("code", sa.String))
support = sa.table(
    "employment_support",
    sa.column("id", sa.Integer),
    sa.column("outcome", sa.String),
    sa.column("outcome_note", sa.Text),
)


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    # Added in place, not by rebuilding the table: on SQLite a rebuild drops the table its
    # enrolments refer to, which foreign keys refuse. SQLite adds a NOT NULL column only
    # with a default, so there the code keeps '' as its default; every course gets one below.
    op.add_column(
        "language_courses",
        sa.Column(
            "code",
            sa.String(length=20),
            nullable=not sqlite,
            server_default="" if sqlite else None,
        ),
    )
    op.add_column(
        "language_courses",
        sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    ids = connection.execute(sa.select(courses.c.id).order_by(courses.c.id)).scalars().all()
    for number, course_id in enumerate(ids, start=1):
        connection.execute(
            courses.update().where(courses.c.id == course_id).values(code=f"LC-{number:05d}")
        )
    if not sqlite:
        op.alter_column("language_courses", "code", nullable=False)
        op.alter_column("language_courses", "retired", server_default=None)
    op.create_index(op.f("ix_language_courses_code"), "language_courses", ["code"], unique=True)

    op.create_table(
        "employment_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("programme_type", sa.String(length=30), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=120), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("places", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employment_programmes")),
        sa.UniqueConstraint("code", name=op.f("uq_employment_programmes_code")),
    )

    with op.batch_alter_table("course_enrolments") as batch:
        batch.add_column(sa.Column("level_reached", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("certificate_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("certificate_document_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("end_reason", sa.String(length=300), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_course_enrolments_certificate_document_id_documents"),
            "documents",
            ["certificate_document_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(
            batch.f("ix_course_enrolments_certificate_document_id"), ["certificate_document_id"]
        )

    op.create_table(
        "enrolment_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("hours_attended", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_enrolment_attendance_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["course_enrolments.id"],
            name=op.f("fk_enrolment_attendance_enrolment_id_course_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_enrolment_attendance_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_attendance")),
    )
    op.create_index(op.f("ix_enrolment_attendance_case_id"), "enrolment_attendance", ["case_id"])
    op.create_index(
        op.f("ix_enrolment_attendance_enrolment_id"), "enrolment_attendance", ["enrolment_id"]
    )

    with op.batch_alter_table("employment_support") as batch:
        batch.add_column(sa.Column("programme_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("outcome_note", sa.Text(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_employment_support_programme_id_employment_programmes"),
            "employment_programmes",
            ["programme_id"],
            ["id"],
        )
        batch.create_index(batch.f("ix_employment_support_programme_id"), ["programme_id"])
    # An outcome typed as free text is kept, word for word, as the outcome's note.
    connection.execute(
        support.update()
        .where(support.c.outcome.is_not(None), support.c.outcome.not_in(OUTCOMES))
        .values(outcome_note=support.c.outcome, outcome=None)
    )


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(
        support.update()
        .where(support.c.outcome_note.is_not(None))
        .values(outcome=sa.func.substr(support.c.outcome_note, 1, 300))
    )
    with op.batch_alter_table("employment_support") as batch:
        batch.drop_index(batch.f("ix_employment_support_programme_id"))
        batch.drop_constraint(
            batch.f("fk_employment_support_programme_id_employment_programmes"),
            type_="foreignkey",
        )
        batch.drop_column("outcome_note")
        batch.drop_column("programme_id")
    op.drop_index(op.f("ix_enrolment_attendance_enrolment_id"), table_name="enrolment_attendance")
    op.drop_index(op.f("ix_enrolment_attendance_case_id"), table_name="enrolment_attendance")
    op.drop_table("enrolment_attendance")
    with op.batch_alter_table("course_enrolments") as batch:
        batch.drop_index(batch.f("ix_course_enrolments_certificate_document_id"))
        batch.drop_constraint(
            batch.f("fk_course_enrolments_certificate_document_id_documents"),
            type_="foreignkey",
        )
        batch.drop_column("end_reason")
        batch.drop_column("certificate_document_id")
        batch.drop_column("certificate_date")
        batch.drop_column("level_reached")
    op.drop_table("employment_programmes")
    op.drop_index(op.f("ix_language_courses_code"), table_name="language_courses")
    if connection.dialect.name == "sqlite":
        # In place (SQLite 3.35 and later), for the reason given in upgrade().
        op.execute("ALTER TABLE language_courses DROP COLUMN retired")
        op.execute("ALTER TABLE language_courses DROP COLUMN code")
    else:
        op.drop_column("language_courses", "retired")
        op.drop_column("language_courses", "code")
