// Declares the property key an isolation candidate keeps since the dashboard counts the candidates
// visited lately by area from the candidates alone (homeAreaId: the id of its household's area,
// fragments/isolation.cypher), so the named queries plan without an "unknown property" notification on
// a graph that has no candidate yet (see V0013). No data stays.
CREATE (v:VocabularyDeclaration {homeAreaId: 0})
WITH v
DELETE v;
