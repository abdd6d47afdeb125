"""``python -m wiretrace`` runs the command line."""

from .cli import main

main()
