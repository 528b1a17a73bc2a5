// closeCase, after CaseworkService checked the rules: the case closes on $date, and a CaseChange records
// when, why and by whom (a case may close, reopen and close again; each change stays in the record).
MATCH (c:Case {id: $caseId})
SET c.status = 'CLOSED', c.closed = $date, c.closeReason = $reason
CREATE (c)-[:CHANGED]->(:CaseChange {id: 'case-change-' + randomUUID(), kind: 'CLOSED', date: $date, reason: $reason, recordedAt: datetime(),
                                     recordedBy: $staffId})
