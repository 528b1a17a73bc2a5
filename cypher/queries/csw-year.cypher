// cswYear(fiscalYear): the user's agency's community work between $from and $to (a fiscal year, April–March):
// the sessions it held (of every activity; of those offering CONSULTATION: 相談会開催数, their consulters and
// the consultations taken there), and its visits — 訪問実件数 (distinct households, each once in the year),
// 延件数, and those that were contact (fragments/visit.cypher). Counts only.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
CALL (me) {
  OPTIONAL MATCH (me)-[:HELD_SESSION]->(s:ActivitySession)-[:OF]->(act:Activity)
  WHERE $from <= s.date <= $to
  WITH s, act, 'CONSULTATION' IN coalesce(act.offers, []) AS consultation
  RETURN count(s) AS sessionsHeld, coalesce(sum(s.attendees), 0) AS attendees,
         count(CASE WHEN consultation THEN s END) AS consultationSessions,
         coalesce(sum(CASE WHEN consultation THEN s.consulters END), 0) AS consulters,
         sum(CASE WHEN consultation THEN COUNT { (:Consultation)-[:TAKEN_AT]->(s) } ELSE 0 END) AS consultationsTaken
}
CALL (me) {
  OPTIONAL MATCH (me)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h:Household)
  WHERE $from <= v.date <= $to
  RETURN count(DISTINCT h) AS householdsVisited, count(v) AS visits,
         count(CASE WHEN {{visit.contact(v)}} THEN v END) AS contactVisits
}
RETURN {{projection.agency(me)}} AS agency, sessionsHeld, attendees, consultationSessions, consulters,
       consultationsTaken, householdsVisited, visits, contactVisits
