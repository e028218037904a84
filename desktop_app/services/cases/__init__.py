"""Cases: the caseload and search, one case's record, editing it, and the smaller records on a
case (status and placements, notes and tasks, life plan, language and work), and My day."""
