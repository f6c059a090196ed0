"""The PySide6 desktop front. Talks to services only; never imports SQLAlchemy."""

from assessor_app.ui.pyside_none_workaround import protect_none

# Before any Qt call can return None (see the module): covers the app and the tests alike.
protect_none()
