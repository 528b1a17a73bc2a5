// recordSignal: a weak report about a household or an address. No person, no consent needed.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CREATE (s:Signal {id: $signalId, date: $date, source: $source, note: $note, address: $address,
                  recordedAt: datetime(), recordedBy: $staffId})
SET s.location = CASE WHEN $latitude IS NULL THEN null ELSE point({latitude: $latitude, longitude: $longitude}) END
CREATE (me)-[:RECEIVED]->(s)
WITH s
OPTIONAL MATCH (h:Household {id: $householdId})
FOREACH (_ IN CASE WHEN h IS NULL THEN [] ELSE [1] END | CREATE (s)-[:ABOUT]->(h))
WITH s
OPTIONAL MATCH (area:Area {id: $areaId})
FOREACH (_ IN CASE WHEN area IS NULL THEN [] ELSE [1] END | CREATE (s)-[:IN_AREA]->(area))
RETURN s.id AS signalId
