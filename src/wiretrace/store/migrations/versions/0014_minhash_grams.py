"""minhashes: each body's number of distinct word 5-shingles (grams), which with the
signatures rules out most LSH copy candidates without reading them (copies.could_copy);
filled for stored articles from their text and Report

Revision ID: 0014_minhash_grams
Revises: 0013_event_assertion
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_minhash_grams"
down_revision = "0013_event_assertion"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table), then each stored body's count
    op.add_column("minhashes", sa.Column("grams", sa.Integer(), nullable=True))
    from wiretrace.store import copies

    conn = op.get_bind()
    m = sa.table("minhashes", sa.column("article_id"), sa.column("grams"))
    a = sa.table("articles", sa.column("id"), sa.column("text"))
    r = sa.table("reports", sa.column("article_id"), sa.column("report_json"))
    ids = [row[0] for row in conn.execute(sa.select(m.c.article_id).order_by(m.c.article_id))]
    for i in range(0, len(ids), BATCH):
        part = ids[i:i + BATCH]
        rows = conn.execute(sa.select(a.c.id, a.c.text, r.c.report_json)
                            .join(r, r.c.article_id == a.c.id).where(a.c.id.in_(part))).all()
        params = [{"aid": aid, "n": len(copies.shingles(copies._words(
            copies.stored_body(text, copies.removed_spans(report_json)))))}
            for aid, text, report_json in rows]
        if params:
            conn.execute(sa.update(m).where(m.c.article_id == sa.bindparam("aid"))
                         .values(grams=sa.bindparam("n")), params)


def downgrade() -> None:
    op.drop_column("minhashes", "grams")  # as 0013: no batch copy of the table
