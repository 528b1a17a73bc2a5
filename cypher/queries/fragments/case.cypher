// A case as the service reads it back: the case `c` held by agency `a` about person `p` (in household
// `h`, possibly null), projected into the columns `case` (with its consultations, oldest first) and
// `agency`. Included by case-read, person-cases and my-cases with {{case.record}}. Variables inside
// are prefixed `cr`.

// fragment: record
c {.id, .field, .status, .opened, .closed, categories: coalesce(c.fields, [c.field]), personId: p.id,
   personName: p.name, householdId: h.id,
   consultations: COLLECT { MATCH (c)-[:HAS_CONSULTATION]->(crConsultation:Consultation)
                            RETURN crConsultation {.id, .date, .fields, .topics, .channel, .consultedBy, .summary} AS crItem
                            ORDER BY crItem.date, crItem.id }} AS case,
{{projection.agency(a)}} AS agency
