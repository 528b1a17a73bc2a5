// referrals: the つなぎ the reader's agency received ($side RECEIVED: it holds the TO case) or sent (SENT: it
// holds the FROM case), optionally in one state (a referral recorded before answers existed counts as
// ACCEPTED) or only $referralId; newest first, at most $limit.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
MATCH (fromAgency:Agency)-[:HOLDS]->(from:Case)<-[:FROM]-(r:Referral)-[:TO]->(to:Case)<-[:HOLDS]-(toAgency:Agency)
WHERE CASE $side WHEN 'RECEIVED' THEN toAgency = me ELSE fromAgency = me END
  AND ($state IS NULL OR coalesce(r.state, 'ACCEPTED') = $state)
  AND ($referralId IS NULL OR r.id = $referralId)
MATCH (to)-[:ABOUT]->(p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
WITH r, from, to, fromAgency, toAgency, p, h ORDER BY r.date DESC, r.id LIMIT $limit
RETURN r {.id, .direction, .date, .reason, .answeredOn, .answerReason, state: coalesce(r.state, 'ACCEPTED'),
          fromCaseId: from.id, toCaseId: to.id, personId: p.id, householdId: h.id,
          field: coalesce(from.field, 'OTHER')} AS referral,
       {{projection.agency(fromAgency)}} AS fromAgency, {{projection.agency(toAgency)}} AS toAgency
