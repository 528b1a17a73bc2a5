// A mutation sent with an Idempotency-Key leaves a receipt (staff id + key) with its answer, written in the
// mutation's own transaction, so a retry returns the first answer instead of writing twice.
CREATE CONSTRAINT mutation_receipt_id IF NOT EXISTS FOR (n:MutationReceipt) REQUIRE n.id IS UNIQUE;
