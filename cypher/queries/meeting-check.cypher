// recordMeeting, before writing: the convener, attending agencies that do not exist, and for each
// household discussed: whether it exists, its plans, and — for a 重層的支援会議 — the members
// without a PERMIT consent in force on $date for PLAN_DELIBERATION that covers every participant
// (meetingParticipants, or a GRANTS_TO for each participant: the attending agencies and the
// convener), or with a DENY in force for it.
OPTIONAL MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(mine:Agency)
WITH mine, [id IN $agencyIds WHERE NOT EXISTS { MATCH (:Agency {id: id}) }] AS unknownAgencies,
     $agencyIds + CASE WHEN mine IS NULL THEN [] ELSE [mine.id] END AS participants
RETURN mine.id AS agencyId, coalesce(mine.components, []) AS components, unknownAgencies,
       [householdId IN $householdIds |
         {householdId: householdId,
          exists: EXISTS { MATCH (:Household {id: householdId}) },
          plans: COLLECT { MATCH (pl:SupportPlan)-[:FOR]->(:Household {id: householdId})
                           RETURN pl {.id, .status} },
          membersWithoutConsent: COLLECT {
            MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: householdId})
            WHERE NOT EXISTS {
                    MATCH (c:Consent {decision: 'PERMIT'})-[:SUBJECT]->(p)
                    WHERE c.revokedAt IS NULL AND c.validFrom <= $date <= c.validTo
                      AND 'PLAN_DELIBERATION' IN c.purposes
                      AND (c.meetingParticipants
                           OR all(id IN participants WHERE EXISTS { (c)-[:GRANTS_TO]->(:Agency {id: id}) }))
                  }
               OR EXISTS {
                    MATCH (c:Consent {decision: 'DENY'})-[:SUBJECT]->(p)
                    WHERE c.revokedAt IS NULL AND c.validFrom <= $date <= c.validTo
                      AND 'PLAN_DELIBERATION' IN c.purposes
                  }
            RETURN p.id }}] AS households
