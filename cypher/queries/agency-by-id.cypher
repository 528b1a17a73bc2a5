// agency(id): one agency, or no row.
MATCH (a:Agency {id: $agencyId})
RETURN a {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
          location: {latitude: a.location.latitude, longitude: a.location.longitude,
                     approximate: coalesce(a.locationApproximate, false)}} AS agency
