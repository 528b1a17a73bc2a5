package jp.jusou.graph.consent;

/** What {@code revokeConsent} receives. */
public record RevokeConsentInput(String consentId, String reason) {
}
