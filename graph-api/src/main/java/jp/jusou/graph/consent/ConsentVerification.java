package jp.jusou.graph.consent;

/** How a consent was obtained (FHIR Consent.verification). */
public enum ConsentVerification {

	SIGNED, VERBAL, PROXY

}
