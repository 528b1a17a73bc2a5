// The head of the audit hash chain: the last sequence number and hash. Appends lock it, so events
// are chained one after another even under concurrent requests.
MERGE (c:AuditChain {id: 'main'}) ON CREATE SET c.sequence = 0, c.lastHash = 'GENESIS';
