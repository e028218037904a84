"""Exchange: importing a caseload from a spreadsheet (reading the file, its columns and rows, the
report), exporting the caseload and anonymised statistics, and a data subject's export."""
