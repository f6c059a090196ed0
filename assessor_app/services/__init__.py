"""Use cases and transaction boundaries. No Qt, no SQLAlchemy: repositories do the storing."""
