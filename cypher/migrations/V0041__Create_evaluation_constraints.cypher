// The yearly evaluation's hand-entered figures and texts (enterEvaluationActual, enterEvaluationNarrative;
// graph-model.md "The yearly evaluation") have unique ids.
CREATE CONSTRAINT evaluation_entry_id IF NOT EXISTS FOR (e:EvaluationEntry) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT evaluation_narrative_id IF NOT EXISTS FOR (n:EvaluationNarrative) REQUIRE n.id IS UNIQUE;
