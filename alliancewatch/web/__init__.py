"""Local web explorer over the database: HTML pages, each with a JSON twin (see docs/WEB.md)."""

from alliancewatch.web.app import create_app, serve

__all__ = ["create_app", "serve"]
