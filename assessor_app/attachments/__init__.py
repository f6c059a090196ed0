"""The only module that touches attachment files (so encryption at rest fits in one place)."""
