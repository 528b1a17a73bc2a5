package jp.jusou.graph.access;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import jp.jusou.graph.support.InvalidArgumentException;

import org.springframework.security.core.Authentication;

/**
 * Who is reading, and for what purpose. The user's agency is looked up from the staff id
 * inside each query, so a staff member who moves agency gets the new agency's rights at
 * once.
 *
 * @param username login name
 * @param staffId the Staff node the user is
 * @param roles the user's roles
 * @param purpose the declared purpose of use, or null when the request declared none
 * @param audit where this request's personal-data reads are collected for the audit log
 */
public record AccessSubject(String username, String staffId, Set<Role> roles, PurposeOfUse purpose, AuditBuffer audit) {

	/**
	 * GraphQL context key under which {@link PurposeOfUseInterceptor} leaves the raw
	 * header value.
	 */
	static final String PURPOSE_CONTEXT_KEY = "jusou.purposeOfUse";

	public static AccessSubject from(Principal principal, GraphQLContext context) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof StaffUser user) {
			String declared = context == null ? null : context.get(PURPOSE_CONTEXT_KEY);
			AuditBuffer audit = context == null ? null : context.get(AuditBuffer.CONTEXT_KEY);
			if (audit == null) {
				throw new IllegalStateException("Request without an audit buffer: refusing to read personal data");
			}
			return new AccessSubject(user.getUsername(), user.staffId(), Set.copyOf(user.roles()), parse(declared),
					audit);
		}
		throw new IllegalStateException("Request reached a resolver without a signed-in staff user");
	}

	/**
	 * Person-level data is for roles that do case work, and only for a declared purpose;
	 * a refusal is audited like a read.
	 * @param operation the GraphQL field asked for, {@code Mutation.name} for a mutation
	 * ({@code Query.} is assumed without a type), for the audit record and the error
	 * message
	 */
	public AccessSubject requirePersonLevelRead(String operation) {
		String field = fieldOf(operation);
		if (roles.stream().noneMatch(Role::readsPersonLevelData)) {
			recordRead(PersonalDataRead.denied(qualified(operation)));
			throw new RoleNotAllowedException(field, roles);
		}
		if (purpose == null) {
			recordRead(PersonalDataRead.denied(qualified(operation)));
			throw new InvalidArgumentException(PurposeOfUse.HEADER, "required", "declare the purpose of use in the "
					+ PurposeOfUse.HEADER + " header, one of " + allowedPurposes() + " (利用目的をヘッダーで指定してください)");
		}
		return this;
	}

	/**
	 * Only users holding {@code role} may use {@code operation} (e.g. the audit log:
	 * PRIVACY_OFFICER); audited.
	 */
	public AccessSubject requireRole(Role role, String operation) {
		if (!roles.contains(role)) {
			recordRead(PersonalDataRead.denied(qualified(operation)));
			throw new RoleNotAllowedException(fieldOf(operation), roles, role);
		}
		return this;
	}

	/**
	 * Only users holding one of {@code allowed} may use {@code operation}; a refusal is
	 * audited.
	 */
	public AccessSubject requireAnyRole(Set<Role> allowed, String operation) {
		if (roles.stream().noneMatch(allowed::contains)) {
			recordRead(PersonalDataRead.denied(qualified(operation)));
			throw new RoleNotAllowedException(fieldOf(operation), roles, allowed);
		}
		return this;
	}

	private static String qualified(String operation) {
		return operation.contains(".") ? operation : "Query." + operation;
	}

	private static String fieldOf(String operation) {
		return operation.substring(operation.indexOf('.') + 1);
	}

	/**
	 * Adds one read of person-level data (or a refused attempt) to this request's audit
	 * records.
	 */
	public void recordRead(PersonalDataRead read) {
		audit.add(new AuditBuffer.Entry(username, staffId, purposeCode(), Instant.now(), read));
	}

	/** The purpose as consents name it; NONE never matches a consent. */
	public String purposeCode() {
		return purpose == null ? "NONE" : purpose.name();
	}

	private static PurposeOfUse parse(String declared) {
		if (declared == null || declared.isBlank()) {
			return null;
		}
		try {
			return PurposeOfUse.valueOf(declared.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(PurposeOfUse.HEADER, "one-of",
					"must be one of " + allowedPurposes() + " (利用目的の値が不正です)");
		}
	}

	private static String allowedPurposes() {
		return Arrays.stream(PurposeOfUse.values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
