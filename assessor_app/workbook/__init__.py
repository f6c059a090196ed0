"""The application-form workbook (openpyxl): written from a template, read back cell by
cell. Only this package imports openpyxl; the rules a cell must obey live in services."""
