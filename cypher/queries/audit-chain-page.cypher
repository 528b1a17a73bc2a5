// auditChain (ChainVerification): one page of the events after sequence $after, in chain order (the unique
// index on AuditEvent.sequence, V0004): the fields the seal covers, and the journal line an event is a copy of,
// as columns (a map a row would send every key with every event).
MATCH (e:AuditEvent)
WHERE e.sequence > $after
RETURN e.sequence AS sequence, e.at AS at, e.staffId AS staffId, e.username AS username, e.agencyId AS agencyId,
       e.operation AS operation, e.outcome AS outcome, e.purpose AS purpose, e.householdIds AS householdIds,
       e.shownPersonIds AS shownPersonIds, e.bases AS bases, e.shownCategories AS shownCategories,
       e.withheldPersonIds AS withheldPersonIds, e.withheldCategories AS withheldCategories,
       e.withheldCount AS withheldCount, e.previousHash AS previousHash, e.hash AS hash, e.keyId AS keyId,
       e.journal AS journal, e.journalSequence AS journalSequence
ORDER BY e.sequence
LIMIT $size
