// me: the staff member and the agency they work at.
MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (s)-[:WORKS_AT]->(a:Agency)
RETURN s.name AS staffName,
       a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
          location: {latitude: a.location.latitude, longitude: a.location.longitude,
                     approximate: coalesce(a.locationApproximate, false)}} AS agency
