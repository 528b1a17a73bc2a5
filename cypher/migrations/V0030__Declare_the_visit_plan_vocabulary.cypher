// Declares what a visit now carries (recordVisit: purpose, nextVisitOn, and MET to the members spoken with),
// as V0013 does, so the named queries plan without an "unknown" notification on a graph where no such
// visit was recorded yet. No data stays; a visit without `purpose` reads as none given.
CREATE (v:Visit:VocabularyDeclaration {id: 'vocabulary-declaration', purpose: '', nextVisitOn: date()})
       -[:MET]->(p:VocabularyDeclaration)
WITH v, p
DETACH DELETE v, p;
