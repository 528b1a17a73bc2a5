// The receipt of a mutation sent with an Idempotency-Key: its answer (JSON), in the mutation's transaction.
CREATE (:MutationReceipt {id: $id, staffId: $staffId, operation: $operation, result: $result, at: datetime()})
