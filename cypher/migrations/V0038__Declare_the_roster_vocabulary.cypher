// Declares the 避難行動要支援者名簿 (RosterEntry, ON_ROSTER and their keys), declared disasters (Disaster and its
// keys) and Agency.evacuationSupportHolder, as V0013 does, so the named queries plan without an "unknown"
// notification on a graph where none was recorded yet. No data stays.
CREATE (e:RosterEntry:VocabularyDeclaration {id: 'vocabulary-declaration', since: date(), sharingConsent: '',
        needs: '', recordedAt: datetime(), recordedBy: ''})-[:ON_ROSTER]->(p:VocabularyDeclaration)
CREATE (d:Disaster:VocabularyDeclaration {id: 'vocabulary-declaration', name: '', from: date(), to: date(),
        declaredAt: datetime(), declaredBy: '', endedAt: datetime(), endedBy: ''})
CREATE (a:Agency:VocabularyDeclaration {id: 'vocabulary-declaration', evacuationSupportHolder: false})
WITH e, p, d, a
DETACH DELETE e, p, d, a;
