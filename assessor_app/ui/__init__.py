"""The PySide6 desktop front. Talks to services only; never imports SQLAlchemy."""
