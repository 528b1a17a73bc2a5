// Declares the labels, relationship type and property keys of outreach assignments, of households
// brought to a 支援会議 for a stated reason and of identifications at a window, as V0013 does, so the named queries plan without an
// "unknown" notification on a graph where none was recorded yet. No data stays.
CREATE (a:VocabularyDeclaration)-[:ASSIGNED]->(v:OutreachAssignment:VocabularyDeclaration
         {id: 'vocabulary-declaration', reason: '', validFrom: date(), validTo: date(), meetingId: '',
          revokedAt: datetime(), broughtFor: ''})
CREATE (i:Identification:VocabularyDeclaration {id: 'vocabulary-declaration', date: date()})
WITH a, v, i
DETACH DELETE a, v, i;
