// 支えあいマップ imports (importSupportMap; graph-model.md "Ties"): the label, relationship types and
// property keys declared as V0013 does, so the named queries plan without an "unknown" notification on a
// graph where no map was imported yet. No data stays.
CREATE (a:VocabularyDeclaration)-[:IMPORTED_MAP]->(i:SupportMapImport:VocabularyDeclaration
         {id: 'vocabulary-declaration', drawnBy: '', drawnOn: date(), fileName: '', linesRead: 0, recorded: 0,
          confirmed: 0, skipped: 0, importedAt: datetime(), importedBy: ''})
       -[:DREW]->(t:VocabularyDeclaration)
CREATE (i)-[:MAP_OF]->(t)
WITH a, i, t
DETACH DELETE a, i, t;
