// auditChain, the journals (JournalVerification): every journal's position in the database (lines copied).
MATCH (j:AuditJournal)
RETURN j.id AS journal, j.shipped AS shipped
