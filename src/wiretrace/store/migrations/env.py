"""Alembic environment for wiretrace's store.  Migrations run through
``wiretrace.store.migrate(engine)``, which hands over an open connection."""

from alembic import context

from wiretrace.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
