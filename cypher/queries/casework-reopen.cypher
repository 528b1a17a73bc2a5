// reopenCase, after CaseworkService checked the rules: the case is open again from $date; a CaseChange
// records when, why and by whom.
MATCH (c:Case {id: $caseId})
SET c.status = 'OPEN', c.closed = null, c.closeReason = null
CREATE (c)-[:CHANGED]->(:CaseChange {id: 'case-change-' + randomUUID(), kind: 'REOPENED', date: $date, reason: $reason, recordedAt: datetime(),
                                     recordedBy: $staffId})
