"""The REST API and web UI (``wiretrace serve``): see :func:`create_app` and docs/api.md."""

from .app import create_app

__all__ = ["create_app"]
