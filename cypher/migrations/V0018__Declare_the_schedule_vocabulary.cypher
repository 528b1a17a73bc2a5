// Declares the property keys the activities' projections read since schedules are expanded from their
// rule (startDate, endDate: the first and last dates an activity may be held; open data brings them for
// events), so the named queries plan without an "unknown property" notification on a graph that has
// no such activity yet (see V0013). No data stays.
CREATE (v:VocabularyDeclaration {startDate: 0, endDate: 0})
WITH v
DELETE v;
