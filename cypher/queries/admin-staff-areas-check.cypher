// Before setStaffAreas: does the staff member exist; which of $areaIds name no area; does the place exist.
OPTIONAL MATCH (s:Staff {id: $staffId})
OPTIONAL MATCH (r:Resource {id: $resourceId})
RETURN s IS NOT NULL AS staffExists, [id IN $areaIds WHERE NOT EXISTS { (:Area {id: id}) }] AS unknownAreas,
       $resourceId IS NULL OR r IS NOT NULL AS resourceExists
