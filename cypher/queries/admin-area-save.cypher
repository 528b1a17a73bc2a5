// saveArea, after the rules were checked: the area created or updated (public data).
MERGE (a:Area {id: $areaId})
SET a.name = $name, a.kind = $kind, a.municipality = $municipality, a.note = $note,
    a.updatedAt = datetime(), a.updatedBy = $adminId
RETURN a.id AS areaId
