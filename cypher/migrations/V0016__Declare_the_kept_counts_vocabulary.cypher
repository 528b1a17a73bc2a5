// The names the queries keeping the dashboard's counts read (fragments/dashboard.cypher), declared
// before the first write brings them, as V0013 does for the rest of the graph.
CREATE (v:VocabularyDeclaration:DashboardCount:DashboardShare:KeptFacts
        {cells: 0, values: 0, metric: 0, areaId: 0, key: 0, month: 0, value: 0, rule: 0, keptAt: 0})
CREATE (v)-[:SHARE_OF]->(v)
WITH v
DETACH DELETE v;
