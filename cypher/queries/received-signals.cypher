// receivedSignals: the signals the reader's agency received (with or without a household), newest
// first, after the keyset cursor ($afterDate, $afterId; null: from the start), at most $limit.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:RECEIVED]->(s:Signal)
WHERE $afterId IS NULL OR s.date < $afterDate OR (s.date = $afterDate AND s.id > $afterId)
OPTIONAL MATCH (s)-[:ABOUT]->(h:Household)
OPTIONAL MATCH (s)-[:IN_AREA]->(signalArea:Area)
OPTIONAL MATCH (h)-[:IN_AREA]->(householdArea:Area)
WITH s, h, coalesce(signalArea, householdArea) AS area ORDER BY s.date DESC, s.id LIMIT $limit
RETURN s {.id, .date, .source, .note, .address, householdId: h.id,
          location: CASE WHEN s.location IS NULL THEN null
                         ELSE {latitude: s.location.latitude, longitude: s.location.longitude, approximate: false} END} AS signal,
       {{projection.area(area)}} AS area
