"""Store URLs as they may be shown: printed, logged, or put in an error message.

A database URL can carry a password (``postgresql://user:PASSWORD@host/db``, or a
``?password=`` query parameter that libpq reads).  Everything wiretrace prints about a store
goes through :func:`hide_password` (the URL) or :func:`scrub` (any message that could quote
the URL or the password, such as a driver's error)."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

HIDDEN = "***"
_QUERY_SECRETS = ("password", "passwd", "sslpassword")
_USERINFO = re.compile(r"(?P<head>^[A-Za-z][A-Za-z0-9+.\-]*://[^:/@?#]*:)(?P<pw>[^@]*)@")
_QUERY = re.compile(r"(?P<head>[?&](?:" + "|".join(_QUERY_SECRETS) + r")=)(?P<pw>[^&#]*)",
                    re.IGNORECASE)


def passwords(url: str | None) -> list[str]:
    """The secrets in ``url`` as written and as decoded (empty for a plain SQLite path)."""
    if not url or "://" not in url:
        return []
    found = [m.group("pw") for m in _USERINFO.finditer(url)]
    found += [m.group("pw") for m in _QUERY.finditer(url)]
    out: list[str] = []
    for pw in found:
        for form in (pw, unquote(pw), quote(unquote(pw), safe="")):
            if form and form not in out:
                out.append(form)
    return sorted(out, key=len, reverse=True)  # the longest first: no partial leftovers


def hide_password(url: str | None) -> str:
    """``url`` with its password (and any ``password=`` query value) replaced by ``***``; a
    SQLite path or a URL without a password comes back as it is."""
    if not url or "://" not in url:
        return url or ""
    shown = _USERINFO.sub(lambda m: m.group("head") + HIDDEN + "@", url, count=1)
    return _QUERY.sub(lambda m: m.group("head") + HIDDEN, shown)


def scrub(message: str, *urls: str | None) -> str:
    """``message`` with every URL in ``urls`` shown without its password, and the password
    itself replaced wherever else it appears (a driver's error may quote it)."""
    for url in urls:
        if not url or "://" not in url:
            continue
        message = message.replace(url, hide_password(url))
        for pw in passwords(url):
            message = message.replace(pw, HIDDEN)
    return message
