// agency(id): one agency, or no row.
MATCH (a:Agency {id: $agencyId})
RETURN {{projection.agency(a)}} AS agency
