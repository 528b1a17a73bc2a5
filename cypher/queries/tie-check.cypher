// Before confirmTie and endTie: the person tie $tieId watches over, when it began and whether it ended.
MATCH (t:Tie {id: $tieId})-[:WATCHES_OVER]->(p:Person)
RETURN p.id AS personId, t.since AS since, t.endedOn AS endedOn
