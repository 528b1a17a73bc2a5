// A meeting as the service reads it back: the meeting `m` projected into the column `meeting` with its
// kinds, convener, attending agencies, members who are not agencies and every household it discussed
// (decision, plan, evaluation, members discussed). Included by meeting-read and household-meetings with {{meeting.record}}. Variables inside
// are prefixed `mr`.

// fragment: record
m {.id, .kind, .kinds, .confidential, .date,
   members: COLLECT { MATCH (mrMember:MeetingMember)-[:TOOK_PART_IN]->(m)
                      RETURN mrMember {.id, .role, .name, .confidentialityDuty, .dutyBasis, .receivesContent,
                                       personId: head(COLLECT { MATCH (mrMember)-[:IS_PERSON]->(mrPerson:Person)
                                                                RETURN mrPerson.id })} AS mrMemberRow
                      ORDER BY mrMemberRow.id },
   convener: head(COLLECT { MATCH (mrConvener:Agency)-[:CONVENED]->(m)
                            RETURN {{projection.agency(mrConvener)}} }),
   attendees: COLLECT { MATCH (mrAgency:Agency)-[:ATTENDED]->(m)
                        RETURN {{projection.agency(mrAgency)}} AS mrAttendee
                        ORDER BY mrAttendee.id },
   households: COLLECT { MATCH (m)-[mrDiscussed:DISCUSSED]->(mrHousehold:Household)
                         RETURN {householdId: mrHousehold.id, decision: mrDiscussed.decision, planId: mrDiscussed.planId,
                                 evaluation: mrDiscussed.evaluation, personIds: coalesce(mrDiscussed.personIds, [])} AS mrItem
                         ORDER BY mrItem.householdId }} AS meeting
