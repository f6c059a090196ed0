"""The internal case review page: population, verifiable draw, review grid."""
