"""Printed outputs: PDF documents (ReportLab), iCalendar, DOCX."""
