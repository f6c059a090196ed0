"""SQLAlchemy models, the engine set-up, migrations and repositories that hand out domain data."""
