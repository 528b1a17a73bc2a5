// 支えあいマップ imports (importSupportMap; graph-model.md "Ties") have unique ids.
CREATE CONSTRAINT support_map_import_id IF NOT EXISTS FOR (i:SupportMapImport) REQUIRE i.id IS UNIQUE;
