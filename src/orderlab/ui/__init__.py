"""The widgets of the course. Imports the engine; the engine never imports this."""

from .app import App, app
from .roleplay import RolePlay

__all__ = ["App", "RolePlay", "app"]
# The workshop apps live in orderlab.ui.participant and orderlab.ui.dashboard; they are not
# imported here: the course's own pages do not need them.
