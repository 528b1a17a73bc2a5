package jp.jusou.graph.consent;

/** Permit or deny (FHIR Consent.decision). */
public enum ConsentDecision {

	PERMIT, DENY

}
