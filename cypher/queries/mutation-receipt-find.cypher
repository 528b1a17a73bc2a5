// The receipt of a mutation sent earlier with the same Idempotency-Key by the same staff member.
MATCH (r:MutationReceipt {id: $id})
RETURN r.operation AS operation, r.result AS result
