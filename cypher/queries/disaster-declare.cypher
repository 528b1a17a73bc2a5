// declareDisaster: a disaster from $from (to null: it lasts until ended), declared by $staffId.
CREATE (d:Disaster {id: $disasterId, name: $name, from: $from, declaredAt: datetime(), declaredBy: $staffId})
RETURN d {.id, .name, .from, .to} AS disaster
