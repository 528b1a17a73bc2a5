// visitCounts: the user's agency's visits per month in [$from, $to]: 実件数 (distinct households),
// 延件数 (visits), and how many were contact (fragments/visit.cypher: met or spoke by phone).
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)-[:MADE_VISIT]->(v:Visit)-[:TO]->(h:Household)
WHERE $from <= v.date <= $to
WITH substring(toString(v.date), 0, 7) AS month, v, h
RETURN month, count(DISTINCT h) AS households, count(v) AS visits,
       count(CASE WHEN {{visit.contact(v)}} THEN 1 END) AS met
ORDER BY month
