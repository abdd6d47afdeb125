"""wiretrace."""
