// recordMeeting, after PlanService checked every rule: the meeting (its kinds, and whether it shares
// without consent), who convened and attended — agencies, and members who are not agencies
// ($members: [{id, role, name, personId (本人・家族), confidentialityDuty, dutyBasis, receivesContent}]) — the
// households discussed with the decision on each, and the plan state changes the decisions make.
// $households: [{householdId, decision, planId, newStatus, evaluation, nextMonitoringDate, needs,
// personIds (the members a 重層的支援会議 discussed; null: the household as a whole), confidential (whether
// one of the meeting's confidential kinds holds for this household under its own law's conditions),
// broughtFor (the reason a 支援会議 took up a household no attendee brought)}]
MATCH (convener:Agency {id: $convenerId})
CREATE (m:Meeting {id: $meetingId, kind: $kind, kinds: $kinds, confidential: $confidential, date: $date,
                   recordedAt: datetime(), recordedBy: $staffId})
CREATE (convener)-[:CONVENED]->(m)
WITH m
CALL (m) {
  UNWIND $agencyIds AS agencyId
  MATCH (a:Agency {id: agencyId})
  CREATE (a)-[:ATTENDED]->(m)
}
CALL (m) {
  UNWIND $members AS member
  CREATE (mm:MeetingMember {id: member.id, role: member.role, name: member.name,
                            confidentialityDuty: member.confidentialityDuty, dutyBasis: member.dutyBasis,
                            receivesContent: member.receivesContent})-[:TOOK_PART_IN]->(m)
  WITH mm, member
  MATCH (p:Person {id: member.personId})
  CREATE (mm)-[:IS_PERSON]->(p)
}
CALL (m) {
  UNWIND $households AS item
  MATCH (h:Household {id: item.householdId})
  CREATE (m)-[:DISCUSSED {decision: item.decision, planId: item.planId, evaluation: item.evaluation,
                          goalAttainment: item.goalAttainment, needs: item.needs, personIds: item.personIds, confidential: item.confidential,
                          broughtFor: item.broughtFor}]->(h)
  WITH item
  OPTIONAL MATCH (pl:SupportPlan {id: item.planId})
  FOREACH (_ IN CASE WHEN pl IS NULL OR item.newStatus IS NULL THEN [] ELSE [1] END |
    SET pl.status = item.newStatus,
        pl.statusChanged = $date,
        pl.evaluation = coalesce(item.evaluation, pl.evaluation),
        pl.goalAttainment = coalesce(item.goalAttainment, pl.goalAttainment),
        pl.monitoringDate = coalesce(item.nextMonitoringDate, pl.monitoringDate))
}
RETURN m.id AS meetingId
