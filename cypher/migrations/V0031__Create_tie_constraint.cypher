// Ties (recordTie; graph-model.md "Ties") have unique ids.
CREATE CONSTRAINT tie_id IF NOT EXISTS FOR (t:Tie) REQUIRE t.id IS UNIQUE;
