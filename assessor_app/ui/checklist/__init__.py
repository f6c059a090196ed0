"""The checklist page: navigator of requirements beside the editor of the selected one."""
