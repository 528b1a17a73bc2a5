// recordFollowUp: with the person (定着支援) or the host (受け入れ先支援). ENDED ends the match and
// the person's participation in the activity.
MATCH (m:ParticipationMatch {id: $matchId})-[:TO]->(act:Activity), (m)-[:FOR]->(p:Person)
CREATE (f:FollowUp {id: $followUpId, party: $party, date: $date, outcome: $outcome, note: $note,
                    recordedAt: datetime(), recordedBy: $staffId})
CREATE (m)-[:FOLLOWED_UP]->(f)
WITH m, act, p
CALL (m, act, p) {
  WITH m, act, p WHERE $outcome = 'ENDED'
  SET m.status = 'ENDED', m.ended = $date
  WITH p, act
  MATCH (p)-[t:TAKES_PART_IN]->(act)
  DELETE t
}
RETURN m.id AS matchId
