// Audit journal shipping: how many lines of the journal $journal the database's chain holds (0 when none).
OPTIONAL MATCH (j:AuditJournal {id: $journal})
RETURN coalesce(j.shipped, 0) AS shipped
