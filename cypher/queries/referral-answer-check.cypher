// answerReferral, before anything is written: the referral, its state (a referral recorded before answers
// existed counts as ACCEPTED), the receiving agency and case, whether the referral opened that case, the
// person and their households.
MATCH (r:Referral {id: $referralId})-[:TO]->(to:Case)<-[:HOLDS]-(toAgency:Agency)
MATCH (to)-[:ABOUT]->(p:Person)
RETURN r.id AS referralId, coalesce(r.state, 'ACCEPTED') AS state, r.date AS date, toAgency.id AS toAgencyId,
       to.id AS toCaseId, to.status = 'OPEN' AS toCaseOpen, coalesce(r.openedCase, false) AS openedCase,
       p.id AS personId, [(p)-[:MEMBER_OF]->(h:Household) | h.id] AS householdIds,
       coalesce(to.fields, [to.field]) AS categories
