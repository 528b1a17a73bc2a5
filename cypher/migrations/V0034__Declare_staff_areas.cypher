// Declares where staff work in the community (setStaffAreas, the STAFF import's 担当圏域 and 配置拠点): COVERS
// (Staff → Area), STATIONED_AT (Staff → Resource) and who changed them, as V0013 does, so the named queries
// plan without an "unknown" notification on a graph where no staff member has an area yet. No data stays.
CREATE (s:Staff:VocabularyDeclaration {id: 'vocabulary-declaration', areasChangedAt: datetime(), areasChangedBy: ''})
       -[:COVERS]->(a:VocabularyDeclaration)
CREATE (s)-[:STATIONED_AT]->(a)
WITH s, a
DETACH DELETE s, a;
