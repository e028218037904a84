"""Partners' offers: the registries of language courses and of employment and education
programmes (team leads and coordinators keep them, everyone with case content reads them),
and a case's enrolments and work or education support chosen from them."""
