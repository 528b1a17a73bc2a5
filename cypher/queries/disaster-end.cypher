// endDisaster: the disaster's last day, and who ended it.
MATCH (d:Disaster {id: $disasterId})
SET d.to = $to, d.endedAt = datetime(), d.endedBy = $staffId
RETURN d {.id, .name, .from, .to} AS disaster
