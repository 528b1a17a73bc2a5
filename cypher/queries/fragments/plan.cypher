// A support plan as the service reads it: the plan `pl` with its household `h` and coordinating agency
// `coordinator`, projected into the columns `plan` (with the assessment it rests on, its status history: drawn up, then each
// decision a meeting took on it, with the meeting, its date, evaluation and member agencies) and `roles`. Included by
// plan-by-id, plan-read and household-plans with {{plan.record}}. Variables inside are prefixed `pr`.

// fragment: record
pl {.id, .status, .goals, .needs, .created, .monitoringDate, .evaluation, .revised, householdId: h.id,
    coordinatorId: coordinator.id,
    coordinator: {{projection.agency(coordinator)}},
    memberIds: COLLECT { MATCH (prPerson:Person)-[:MEMBER_OF]->(h) RETURN prPerson.id },
    assessmentId: head(COLLECT { MATCH (pl)-[:BASED_ON]->(prAssessment:Assessment) RETURN prAssessment.id }),
    history: COLLECT { MATCH (prMeeting:Meeting)-[prDiscussed:DISCUSSED {planId: pl.id}]->(h)
                       WHERE prDiscussed.decision IN ['APPROVE_PLAN', 'REPLAN', 'CLOSE', 'SUSPEND']
                       RETURN {decision: prDiscussed.decision, date: prMeeting.date, meetingId: prMeeting.id,
                               meetingKind: prMeeting.kind, evaluation: prDiscussed.evaluation,
                               at: toString(prMeeting.recordedAt),
                               members: COLLECT { MATCH (prMember:Agency)-[:ATTENDED|CONVENED]->(prMeeting)
                                                  RETURN DISTINCT prMember.id }} AS prStep
                       ORDER BY prStep.date, prStep.at, prStep.meetingId }} AS plan,
COLLECT {
  MATCH (pl)-[:ASSIGNS]->(prRole:PlanRole)-[:TO]->(prAgency:Agency)
  OPTIONAL MATCH (prRole)-[:CONCERNS]->(prPerson:Person)
  RETURN {id: prRole.id, role: prRole.role, field: prRole.field, personId: prPerson.id, since: prRole.since,
          agency: {{projection.agency(prAgency)}}}
  ORDER BY prRole.id
} AS roles
