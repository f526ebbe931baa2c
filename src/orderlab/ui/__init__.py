"""The widgets of the course. Imports the engine; the engine never imports this."""

from .app import App, app
from .roleplay import RolePlay

__all__ = ["App", "RolePlay", "app"]
