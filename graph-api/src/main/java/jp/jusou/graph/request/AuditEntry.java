package jp.jusou.graph.request;

import java.time.Instant;

/**
 * One read of person-level data and who made it, for what purpose, when: what the audit
 * log appends.
 *
 * @param username login name
 * @param staffId the Staff node the user is
 * @param purpose the declared purpose of use ({@code NONE} when none was declared)
 * @param at when the read was made
 * @param read what was read, shown and withheld
 */
public record AuditEntry(String username, String staffId, String purpose, Instant at, PersonalDataRead read) {
}
