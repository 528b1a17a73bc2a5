// registerEvacuationNeed: person $personId's entry on the 避難行動要支援者名簿 (one per person: ON_ROSTER),
// created or updated with the answer on sharing in normal times and the support evacuation needs.
MATCH (p:Person {id: $personId})
MERGE (p)<-[:ON_ROSTER]-(entry:RosterEntry)
  ON CREATE SET entry.id = $entryId, entry.since = $since
SET entry.sharingConsent = $sharingConsent, entry.needs = $needs, entry.recordedAt = datetime(),
    entry.recordedBy = $staffId
RETURN entry.id AS entryId
