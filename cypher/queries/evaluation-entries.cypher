// evaluation(fiscalYear): what was entered by hand for the fiscal years $years (the year and the one
// before) — the newest entry of each target and year, and the newest 現状と課題 of each 事業 and year —
// each with the staff member who entered it, their agency, and when. Older entries stay as history.
RETURN
  COLLECT { MATCH (e:EvaluationEntry) WHERE e.fiscalYear IN $years
            WITH e ORDER BY e.enteredAt DESC
            WITH e.targetId AS targetId, e.fiscalYear AS fiscalYear, head(collect(e)) AS latest
            OPTIONAL MATCH (staff:Staff {id: latest.enteredBy})
            OPTIONAL MATCH (staff)-[:WORKS_AT]->(agency:Agency)
            RETURN latest {.targetId, .fiscalYear, .value, .note, .enteredAt, staffName: staff.name,
                           agencyName: agency.name} AS row } AS entries,
  COLLECT { MATCH (n:EvaluationNarrative) WHERE n.fiscalYear IN $years
            WITH n ORDER BY n.enteredAt DESC
            WITH n.business AS business, n.fiscalYear AS fiscalYear, head(collect(n)) AS latest
            OPTIONAL MATCH (staff:Staff {id: latest.enteredBy})
            OPTIONAL MATCH (staff)-[:WORKS_AT]->(agency:Agency)
            RETURN latest {.business, .fiscalYear, .text, .enteredAt, staffName: staff.name,
                           agencyName: agency.name} AS row } AS narratives
