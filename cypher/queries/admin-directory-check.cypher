// saveAgency and saveArea, before writing: whether the agency or area being updated exists, and which of
// the areas an agency is to serve do not exist.
RETURN $agencyId IS NOT NULL AND EXISTS { MATCH (:Agency {id: $agencyId}) } AS agencyExists,
       $areaId IS NOT NULL AND EXISTS { MATCH (:Area {id: $areaId}) } AS areaExists,
       [id IN $areaIds WHERE NOT EXISTS { MATCH (:Area {id: id}) }] AS unknownAreas
