// revokeConsent: marks the consent revoked; ConsentService has checked that it exists, is not revoked
// yet, and that the user may revoke it.
MATCH (c:Consent {id: $consentId})
SET c.revokedAt = datetime(), c.revokedBy = $staffId, c.revocationReason = $reason
RETURN c.id AS id
