// answerReferral, after ReferralAnswers checked the rules: the receiving window accepts (ACCEPTED) or sends
// the referral back (RETURNED) with its reason. A referral sent back closes the receiving case it opened
// (still open), kept as a CaseChange like closeCase; a case the agency already held stays as it was.
MATCH (r:Referral {id: $referralId})-[:TO]->(to:Case)
SET r.state = $state, r.answeredOn = $date, r.answerReason = $reason, r.answeredAt = datetime(),
    r.answeredBy = $staffId
WITH r, to
CALL (r, to) {
  WITH r, to WHERE $closeToCase
  SET to.status = 'CLOSED', to.closed = $date, to.closeReason = $closeReason
  CREATE (to)-[:CHANGED]->(:CaseChange {id: 'case-change-' + randomUUID(), kind: 'CLOSED', date: $date,
                                        reason: $closeReason, recordedAt: datetime(), recordedBy: $staffId})
}
RETURN r.id AS referralId
