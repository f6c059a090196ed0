"""The checklist: navigator of requirements and the requirement editor."""
