// households(first, after, filter): the households the reader's agency has any basis for (its case
// about a member, its visit, a plan it coordinates or has a role in, a 支援会議 it attended, a permit
// consent in force naming it or the participants of a 重層的支援会議 it attended), after the cursor id, by id. $limit is first + 1 to tell whether a page follows.
// The access facts start from the household (a few relationships) and compare the reader's agency by id:
// starting from the agency, a hub with thousands of plans and meetings, cost 15x more at 100k persons.
// The seven bases are those of AccessPolicy and household-by-id; HouseholdsPageTests checks that both
// ways to a page list the same households.
MATCH (:Staff {id: $staffId})-[:WORKS_AT]->(me:Agency)
// Two ways to the same page, chosen by the agency's reach (its relationship count, from the degree
// store) against the number of households (count store): an agency with a basis for few households
// collects them all and sorts (cost: its reach); a hub agency (a coordinating 社協 with tens of
// thousands) walks households in id order from the cursor and keeps those it has a basis for, until
// the page is full (cost: about $limit × households / reach checks of a few relationships each).
WITH me, COUNT { (me)--() } AS reach, COUNT { (:Household) } AS households
CALL (me, reach, households) {
  WITH me WHERE reach * reach > $limit * households
  MATCH (h:Household)
  WHERE h.id > $afterId
    AND ($areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) })
    AND all(pattern IN $patterns WHERE pattern IN h.patterns)
    AND (EXISTS { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(a:Agency) WHERE a.id = me.id }
      OR EXISTS { MATCH (h)<-[:TO]-(:Visit)<-[:MADE_VISIT]-(a:Agency) WHERE a.id = me.id }
      OR EXISTS { MATCH (h)<-[:FOR]-(:SupportPlan)<-[:COORDINATES]-(a:Agency) WHERE a.id = me.id }
      OR EXISTS { MATCH (h)<-[:FOR]-(:SupportPlan)-[:ASSIGNS]->(:PlanRole)-[:TO]->(a:Agency) WHERE a.id = me.id }
      OR EXISTS { MATCH (h)<-[:DISCUSSED]-(:Meeting {kind: 'SUPPORT_MEETING'})<-[:ATTENDED]-(a:Agency) WHERE a.id = me.id }
      OR EXISTS { MATCH (h)<-[:MEMBER_OF]-(:Person)<-[:SUBJECT]-(c:Consent {decision: 'PERMIT'})-[:GRANTS_TO]->(a:Agency)
                  WHERE a.id = me.id AND c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes }
      OR EXISTS { MATCH (h)<-[:DISCUSSED]-(:Meeting {kind: 'MULTI_LAYER_MEETING'})<-[:ATTENDED]-(a:Agency)
                  WHERE a.id = me.id
                    AND EXISTS { MATCH (c:Consent {decision: 'PERMIT', meetingParticipants: true})-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h)
                                 WHERE c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes } })
  WITH h ORDER BY h.id LIMIT $limit
  RETURN h
  UNION
  WITH me WHERE reach * reach <= $limit * households
  CALL (me) {
    MATCH (me)-[:HOLDS]->(:Case)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(h:Household) RETURN h
    UNION
    MATCH (me)-[:MADE_VISIT]->(:Visit)-[:TO]->(h:Household) RETURN h
    UNION
    MATCH (me)-[:COORDINATES]->(:SupportPlan)-[:FOR]->(h:Household) RETURN h
    UNION
    MATCH (me)<-[:TO]-(:PlanRole)<-[:ASSIGNS]-(:SupportPlan)-[:FOR]->(h:Household) RETURN h
    UNION
    MATCH (me)-[:ATTENDED]->(:Meeting {kind: 'SUPPORT_MEETING'})-[:DISCUSSED]->(h:Household) RETURN h
    UNION
    MATCH (me)<-[:GRANTS_TO]-(c:Consent {decision: 'PERMIT'})-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h:Household)
    WHERE c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes
    RETURN h
    UNION
    MATCH (me)-[:ATTENDED]->(:Meeting {kind: 'MULTI_LAYER_MEETING'})-[:DISCUSSED]->(h:Household)
    WHERE EXISTS { MATCH (c:Consent {decision: 'PERMIT', meetingParticipants: true})-[:SUBJECT]->(:Person)-[:MEMBER_OF]->(h)
                   WHERE c.revokedAt IS NULL AND c.validFrom <= $today <= c.validTo AND $purpose IN c.purposes }
    RETURN h
  }
  WITH h
  WHERE h.id > $afterId
    AND ($areaId IS NULL OR EXISTS { (h)-[:IN_AREA]->(:Area {id: $areaId}) })
    AND all(pattern IN $patterns WHERE pattern IN h.patterns)
  RETURN h
}
WITH me, h ORDER BY h.id LIMIT $limit
OPTIONAL MATCH (h)-[:IN_AREA]->(area:Area)
RETURN h {.id, .patterns,
          location: {latitude: h.location.latitude, longitude: h.location.longitude,
                     approximate: coalesce(h.locationApproximate, false)}} AS household,
       area {.id, .name, .kind, .municipality} AS area,
       {
         agencyId: me.id,
         memberIds: COLLECT { MATCH (x:Person)-[:MEMBER_OF]->(h) RETURN x.id AS id ORDER BY id },
         ownCasePersonIds: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:ABOUT]-(:Case)<-[:HOLDS]-(holder:Agency)
                                     WHERE holder.id = me.id RETURN DISTINCT x.id AS id },
         ownHouseholdInvolvement: me.id IN COLLECT { MATCH (h)<-[:TO]-(:Visit)<-[:MADE_VISIT]-(visitor:Agency) RETURN visitor.id AS id }
                                  OR me.id IN COLLECT { MATCH (h)<-[:FOR]-(:SupportPlan)<-[:COORDINATES]-(coordinator:Agency)
                                                        RETURN coordinator.id AS id }
                                  OR me.id IN COLLECT { MATCH (h)<-[:FOR]-(:SupportPlan)-[:ASSIGNS]->(:PlanRole)-[:TO]->(holder:Agency)
                                                        RETURN holder.id AS id },
         supportMeetingIds: COLLECT { MATCH (h)<-[:DISCUSSED]-(sm:Meeting {kind: 'SUPPORT_MEETING'})<-[:ATTENDED]-(member:Agency)
                                      WHERE member.id = me.id RETURN sm.id AS id ORDER BY sm.date, id },
         consents: COLLECT { MATCH (h)<-[:MEMBER_OF]-(x:Person)<-[:SUBJECT]-(c:Consent)
                             WHERE EXISTS { (c)-[:GRANTS_TO]->(grantee:Agency) WHERE grantee.id = me.id }
                                OR (c.meetingParticipants AND me.id IN COLLECT {
                                      MATCH (h)<-[:DISCUSSED]-(:Meeting {kind: 'MULTI_LAYER_MEETING'})<-[:ATTENDED]-(participant:Agency)
                                      RETURN participant.id AS id })
                             RETURN c {.id, .decision, .categories, .purposes, .validFrom, .validTo, .revokedAt,
                                       subjectId: x.id} AS consent ORDER BY consent.id }
       } AS access
ORDER BY h.id
