"""Sync by file: the .iasios bundle (zip) format, its writer and its validating reader.

Imports only the domain and the standard library (zipfile, hashlib, json); signing and
verifying are callables handed in by the services (identity/ owns the cryptography).
"""
