"""The statement window: a record's redacted statement previewed, printed or saved as PDF.

Makes statements only through the Qt-free `reports` package (consent caps included) and
writes nothing but the PDF file the user chose; the preview is drawn from memory.
"""
