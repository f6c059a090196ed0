"""Checklist template files: loading, validation against the JSON Schema, discovery."""
