// The yearly evaluation (graph-model.md "The yearly evaluation"): its labels, ENTERED and their keys, and the
// goal attainment a closing meeting gives (DISCUSSED.goalAttainment, SupportPlan.goalAttainment), declared
// as V0013 does, so the named queries plan without an "unknown" notification before any was written.
// No data stays.
CREATE (s:VocabularyDeclaration)-[:ENTERED]->(e:EvaluationEntry:VocabularyDeclaration
         {id: 'vocabulary-declaration', targetId: '', fiscalYear: 0, value: 0, note: '', enteredAt: datetime(),
          enteredBy: ''})
CREATE (s)-[:ENTERED]->(n:EvaluationNarrative:VocabularyDeclaration
         {id: 'vocabulary-declaration-narrative', business: '', fiscalYear: 0, text: '', enteredAt: datetime(),
          enteredBy: ''})
CREATE (m:VocabularyDeclaration)-[:DISCUSSED {goalAttainment: ''}]->(h:VocabularyDeclaration)
CREATE (p:VocabularyDeclaration {goalAttainment: ''})
WITH s, e, n, m, h, p
DETACH DELETE s, e, n, m, h, p;
