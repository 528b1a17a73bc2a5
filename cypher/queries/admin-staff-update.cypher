// moveStaff, setStaffRoles, disableStaff, after the rules were checked: what is given changes ($roles,
// $disabled with $reason, $agencyId — the agency the staff member now works at); null keeps it.
MATCH (s:Staff {id: $staffId})
SET s.roles = coalesce($roles, s.roles),
    s.disabled = coalesce($disabled, s.disabled),
    s.disabledReason = CASE WHEN $disabled THEN $reason ELSE s.disabledReason END,
    s.disabledAt = CASE WHEN $disabled THEN datetime() ELSE s.disabledAt END,
    s.updatedAt = datetime(), s.updatedBy = $adminId
WITH s
OPTIONAL MATCH (a:Agency {id: $agencyId})
OPTIONAL MATCH (s)-[old:WORKS_AT]->(:Agency) WHERE a IS NOT NULL
DELETE old
WITH DISTINCT s, a
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (s)-[:WORKS_AT]->(a))
