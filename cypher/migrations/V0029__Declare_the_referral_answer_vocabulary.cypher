// Declares the property keys of a referral's answer (answerReferral: state, openedCase, answeredOn, answerReason,
// answeredAt, answeredBy), as V0013 does, so the named queries plan without an "unknown" notification on a graph
// where no referral was answered yet. No data stays; a referral without `state` reads as ACCEPTED.
CREATE (r:Referral:VocabularyDeclaration {id: 'vocabulary-declaration', state: '', openedCase: false, answeredOn: date(),
                                          answerReason: '', answeredAt: datetime(), answeredBy: ''})
WITH r
DETACH DELETE r;
