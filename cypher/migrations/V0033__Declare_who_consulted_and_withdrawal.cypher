// Declares who brought a consultation (Consultation.consultedBy) and the withdrawn mark kept on an isolation
// candidate (Person.isolationWithdrawn), as V0013 does, so the named queries plan without an "unknown"
// notification on a graph where neither was written yet. No data stays; a consultation without
// `consultedBy` reads as SELF.
CREATE (c:Consultation:VocabularyDeclaration {id: 'vocabulary-declaration', consultedBy: ''})
CREATE (p:Person:VocabularyDeclaration {id: 'vocabulary-declaration', isolationWithdrawn: false})
WITH c, p
DETACH DELETE c, p;
