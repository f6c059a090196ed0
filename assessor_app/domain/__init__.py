"""Plain-Python core: records, rules and errors. Imports only the standard library."""
