// One case with its holding agency and the person's household (used by the casework mutations).
MATCH (a:Agency)-[:HOLDS]->(c:Case {id: $caseId})-[:ABOUT]->(p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household)
RETURN c {.id, .field, .status, .opened, .closed, categories: coalesce(c.fields, [c.field]), personId: p.id,
          householdId: h.id} AS case,
       {{projection.agency(a)}} AS agency
