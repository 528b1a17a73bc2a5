// Audit journal shipping (AuditJournalShipper): moves a journal's position in the database from $from to
// $to, in the transaction that appends the lines $from+1..$to to the chain (audit-append), so the copy
// and the position commit together. Returns 0 when the position is not at $from (a restored store, or
// another instance shipping a stopped instance's journal); the shipper then reads where it is.
MERGE (j:AuditJournal {id: $journal})
  ON CREATE SET j.shipped = 0
WITH j
WHERE j.shipped = $from
SET j.shipped = $to, j.shippedAt = datetime()
RETURN count(j) AS advanced
