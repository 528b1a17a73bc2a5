// The warm-up's made-up household, written inside a transaction that is always rolled back
// (PersonPathWarmUp): an 8050 household of three members in an area of its own, the reader's agency
// (care) holding a case about the mother, another agency (disability) holding one about the son, the son's
// consent naming the reader's agency, a 支援会議 both attended, a visit, and a plan with a role — so the
// household read runs every kind of basis and a withheld member (the relative joined after the meeting and
// has no case or consent). Nothing here is a person: every id starts with $prefix (a random 'warm-up#…#'
// per start, so two starting instances never meet on a unique id), no other node is matched or touched,
// and no other transaction ever sees it. It only writes the shape graph-model.md describes: which of these
// relationships gives the reader a basis is read by fragments/access.cypher and decided by AccessPolicy, as
// for any household.
// $staffId is the made-up reader, $today the service's day.
CREATE (area:Area {id: $prefix + 'area', name: '（ウォームアップ）', kind: '日常生活圏域', municipality: '（ウォームアップ）'})
CREATE (me:Agency {id: $prefix + 'agency', name: '（ウォームアップ）介護', field: 'CARE', components: [1]})
CREATE (other:Agency {id: $prefix + 'other', name: '（ウォームアップ）障害', field: 'DISABILITY', components: [1]})
CREATE (:Staff {id: $staffId, username: $prefix + 'staff', roles: ['COORDINATOR']})-[:WORKS_AT]->(me)
CREATE (h:Household {id: $prefix + 'household', patterns: ['EIGHTY_FIFTY'], address: '（ウォームアップ）',
                     location: point({latitude: 35.0, longitude: 135.0})})-[:IN_AREA]->(area)
CREATE (mother:Person {id: $prefix + 'mother', name: '（ウォームアップ）母', birthYear: 1944})
       -[:MEMBER_OF {relation: 'HEAD', since: $today - duration('P20Y')}]->(h)
CREATE (son:Person {id: $prefix + 'son', name: '（ウォームアップ）子', birthYear: 1974})
       -[:MEMBER_OF {relation: 'CHILD', since: $today - duration('P20Y')}]->(h)
CREATE (:Person {id: $prefix + 'relative', name: '（ウォームアップ）親族', birthYear: 1950})
       -[:MEMBER_OF {relation: 'OTHER', since: $today - duration('P3D')}]->(h)
CREATE (me)-[:HOLDS]->(:Case {id: $prefix + 'case-care', field: 'CARE', fields: ['CARE'],
                              opened: $today - duration('P1Y'), status: 'OPEN'})-[:ABOUT]->(mother)
CREATE (other)-[:HOLDS]->(:Case {id: $prefix + 'case-disability', field: 'DISABILITY', fields: ['DISABILITY'],
                                 opened: $today - duration('P6M'), status: 'OPEN'})-[:ABOUT]->(son)
CREATE (consent:Consent {id: $prefix + 'consent', decision: 'PERMIT', categories: ['DISABILITY'],
                         purposes: ['CASE_WORK'], validFrom: $today - duration('P30D'), meetingParticipants: true})
       -[:SUBJECT]->(son)
CREATE (consent)-[:GRANTED_BY]->(son), (consent)-[:GRANTS_TO]->(me)
CREATE (meeting:Meeting {id: $prefix + 'meeting', kind: 'SUPPORT_MEETING', kinds: ['SUPPORT_MEETING'],
                         confidential: true, date: $today - duration('P10D')})
       -[:DISCUSSED {decision: 'SHARE_INFORMATION', personIds: [$prefix + 'mother', $prefix + 'son'],
                     confidential: true}]->(h)
CREATE (me)-[:ATTENDED]->(meeting), (other)-[:ATTENDED]->(meeting)
CREATE (me)-[:MADE_VISIT]->(:Visit {id: $prefix + 'visit', date: $today - duration('P5D'), outcome: 'MET'})-[:TO]->(h)
CREATE (me)-[:COORDINATES]->(plan:SupportPlan {id: $prefix + 'plan', status: 'ACTIVE', created: $today - duration('P9D')})
       -[:FOR]->(h)
CREATE (plan)-[:ASSIGNS]->(:PlanRole {id: $prefix + 'role', field: 'DISABILITY', role: '日中活動の場の調整',
                                       since: $today - duration('P9D')})-[:TO]->(other)
RETURN h.id AS householdId, area.id AS areaId
