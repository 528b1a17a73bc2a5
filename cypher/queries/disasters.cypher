// disasters: every declared disaster, newest first.
MATCH (d:Disaster)
RETURN d {.id, .name, .from, .to} AS disaster
ORDER BY d.from DESC, d.id
