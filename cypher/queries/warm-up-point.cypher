// The warm-up's centre: a community resource's location (public data), or none on an empty graph.
MATCH (r:Resource)
WHERE r.location IS NOT NULL
RETURN r.location.latitude AS latitude, r.location.longitude AS longitude
ORDER BY r.id
LIMIT 1
