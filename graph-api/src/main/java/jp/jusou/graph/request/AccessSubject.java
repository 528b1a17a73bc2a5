package jp.jusou.graph.request;

import java.time.Instant;
import java.util.Set;

import jp.jusou.graph.support.InvalidArgumentException;

/**
 * Who is asking, for what purpose, and for which field: built once a request by
 * {@link RequestEdge} and handed to each handler as an argument
 * ({@link AccessSubjectArgumentResolver}), which names the field it resolves. The user's
 * agency is looked up from the staff id inside each query, so a staff member who moves
 * agency gets the new agency's rights at once.
 *
 * @param username login name
 * @param staffId the Staff node the user is
 * @param roles the user's roles
 * @param purpose the declared purpose of use, or null when the request declared none
 * @param audit where this request's personal-data reads are collected for the audit log
 * @param operation the field asked for, by its coordinates ({@code Query.household},
 * {@code Mutation.recordVisit}, {@code Household.plans}); null before a field is named
 * @param idempotencyKey the request's {@code Idempotency-Key} header, or null
 */
public record AccessSubject(String username, String staffId, Set<Role> roles, PurposeOfUse purpose, AuditBuffer audit,
		String operation, String idempotencyKey) {

	/**
	 * GraphQL context key under which {@link RequestEdge} leaves the request's subject
	 * (for {@code @ContextValue} in batch loaders, which take no custom arguments).
	 */
	public static final String CONTEXT_KEY = "jusou.accessSubject";

	/** A subject not yet asking for a field (tests, and the edge). */
	public AccessSubject(String username, String staffId, Set<Role> roles, PurposeOfUse purpose, AuditBuffer audit) {
		this(username, staffId, roles, purpose, audit, null, null);
	}

	/** This subject asking for the field at {@code coordinates}. */
	public AccessSubject at(String coordinates) {
		return new AccessSubject(username, staffId, roles, purpose, audit, coordinates, idempotencyKey);
	}

	/**
	 * Person-level data is for roles that do case work, and only for a declared purpose;
	 * a refusal is audited like a read.
	 */
	public AccessSubject requirePersonLevelRead() {
		if (roles.stream().noneMatch(Role::readsPersonLevelData)) {
			recordRead(PersonalDataRead.denied());
			throw new RoleNotAllowedException(field(), roles);
		}
		if (purpose == null) {
			recordRead(PersonalDataRead.denied());
			throw new InvalidArgumentException(PurposeOfUse.HEADER, "required", "declare the purpose of use in the "
					+ PurposeOfUse.HEADER + " header, one of " + PurposeOfUse.codes() + " (利用目的をヘッダーで指定してください)");
		}
		return this;
	}

	/**
	 * Only users holding {@code role} may use this field (e.g. the audit log:
	 * PRIVACY_OFFICER); a refusal is audited.
	 */
	public AccessSubject requireRole(Role role) {
		if (!roles.contains(role)) {
			recordRead(PersonalDataRead.denied());
			throw new RoleNotAllowedException(field(), roles, role);
		}
		return this;
	}

	/**
	 * Only users holding one of {@code allowed} may use this field; a refusal is audited.
	 */
	public AccessSubject requireAnyRole(Set<Role> allowed) {
		if (roles.stream().noneMatch(allowed::contains)) {
			recordRead(PersonalDataRead.denied());
			throw new RoleNotAllowedException(field(), roles, allowed);
		}
		return this;
	}

	private String field() {
		return operation == null ? "" : operation.substring(operation.indexOf('.') + 1);
	}

	/**
	 * Adds one read of person-level data (or a refused attempt) to this request's audit
	 * records; a read that names no field is recorded under this subject's field.
	 */
	public void recordRead(PersonalDataRead read) {
		PersonalDataRead named = read.operation() == null ? read.named(operation) : read;
		audit.add(new AuditEntry(username, staffId, purposeCode(), Instant.now(), named));
	}

	/** The purpose as consents name it; NONE never matches a consent. */
	public String purposeCode() {
		return purpose == null ? "NONE" : purpose.name();
	}

}
