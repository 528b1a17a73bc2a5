// auditTrail(personId): the records that are the person's own, so that a trail names no other person's
// record among an event's bases (an event's bases are the union over everyone its request read): the
// consents the person gave (SUBJECT) and the meetings that discussed a household they are or were a
// member of.
MATCH (p:Person {id: $personId})
RETURN COLLECT { MATCH (p)<-[:SUBJECT]-(c:Consent) RETURN c.id AS id } AS consentIds,
       COLLECT { MATCH (p)-[:MEMBER_OF|FORMER_MEMBER_OF]->(:Household)<-[:DISCUSSED]-(m:Meeting)
                 RETURN DISTINCT m.id AS id } AS meetingIds
