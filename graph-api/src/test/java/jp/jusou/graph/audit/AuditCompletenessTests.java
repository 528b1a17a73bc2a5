package jp.jusou.graph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import jp.jusou.graph.support.DemoUsers;
import jp.jusou.graph.support.GraphApiTest;
import jp.jusou.graph.support.GraphRows;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused calls are audited for every field of the schema that reads or writes
 * person-level data — the fields are taken from the SDL, so a new field is checked
 * without anyone listing it here; only the fields below, which show no person-level data,
 * are exempt, each with the reason. Each field is called with the arguments its type
 * requires, as a user whose role may not use it and as a case worker without a purpose:
 * each call leaves exactly one audit event, with the field's operation name.
 */
@GraphApiTest
public class AuditCompletenessTests {

	/** Fields that show no person-level data, and why. */
	public static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
			Map.entry("Query.agencies", "public agencies"), Map.entry("Query.agency", "public agencies"),
			Map.entry("Query.areas", "public areas"), Map.entry("Query.area", "public areas"),
			Map.entry("Query.me", "the signed-in staff member's own record"),
			Map.entry("Query.vocabulary", "public words: every enum value's Japanese label"),
			Map.entry("Query.dashboard", "aggregates only, small person-derived counts suppressed"),
			Map.entry("Query.auditChain", "counts and sequence numbers of the audit log"),
			Map.entry("Query.resourceGaps", "counts of households per need, no ids"),
			Map.entry("Query.visitCounts", "the agency's own monthly counts, no ids"),
			Map.entry("Mutation.createResource", "public resources"),
			Map.entry("Mutation.updateResource", "public resources"),
			Map.entry("Mutation.createActivity", "public activities"),
			Map.entry("Mutation.updateActivity", "public activities"),
			Map.entry("Mutation.createStaff", "staff accounts (ADMIN; audited with STAFF:<id>, AdminTests)"),
			Map.entry("Mutation.moveStaff", "staff accounts (ADMIN; audited with STAFF:<id>, AdminTests)"),
			Map.entry("Mutation.setStaffRoles", "staff accounts (ADMIN; audited with STAFF:<id>, AdminTests)"),
			Map.entry("Mutation.disableStaff", "staff accounts (ADMIN; audited with STAFF:<id>, AdminTests)"),
			Map.entry("Mutation.setStaffAreas", "staff accounts (ADMIN; audited with STAFF:<id>, StaffAreasTests)"),
			Map.entry("Mutation.recordActivitySession", "a session's counts, no resident"),
			Map.entry("Query.activitySessions", "sessions' counts, no resident"),
			Map.entry("Query.cswYear", "the agency's own yearly counts, no ids"),
			Map.entry("Query.disasters", "declared disasters, no person"),
			Map.entry("Mutation.declareDisaster", "a declared disaster, no person"),
			Map.entry("Mutation.endDisaster", "a declared disaster, no person"),
			Map.entry("Query.evaluation",
					"the yearly evaluation: aggregates only, small person-derived counts suppressed"),
			Map.entry("Mutation.enterEvaluationActual", "a yearly figure entered by hand, no person"),
			Map.entry("Mutation.enterEvaluationNarrative", "a 事業's 現状と課題 text, no person"),
			Map.entry("Mutation.saveAgency", "public agencies (ADMIN; audited with AGENCY:<id>)"),
			Map.entry("Mutation.saveArea", "public areas (ADMIN; audited with AREA:<id>)"));

	/**
	 * Arguments a field needs for its person-level form (the rest are made from the
	 * schema).
	 */
	static final Map<String, String> ARGUMENTS = Map.of("Query.resourcesNear",
			"near: {householdId: \"hh-reita\"}, radiusMeters: 500");

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	DemoUsers users;

	@Autowired
	GraphRows graph;

	@Test
	void everyPersonalFieldAuditsItsRefusedCallsOnce() {
		List<String> checked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (String type : List.of("Query", "Mutation")) {
			GraphQLObjectType root = (GraphQLObjectType) graphQlSource.schema().getType(type);
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				String operation = type + "." + field.getName();
				if (NO_PERSONAL_DATA.containsKey(operation)) {
					continue;
				}
				String document = (type.equals("Mutation") ? "mutation " : "") + "{ " + field.getName()
						+ arguments(operation, field) + selection(field.getType()) + " }";
				String wrongRole = field.getName().equals("auditTrail") || field.getName().equals("selfGrantedBases")
						? "coordinator" : "dashboard";
				check(failures, operation, document, wrongRole, "CASE_WORK", "a role that may not use it");
				if (!wrongRole.equals("coordinator")) {
					check(failures, operation, document, "coordinator", null, "no purpose declared");
				}
				checked.add(operation);
			}
		}
		System.out.printf("AuditCompletenessTests: %d person-level fields from the schema, refused calls audited: %s%n",
				checked.size(), checked);
		assertThat(checked).contains("Query.household", "Mutation.recordConsultation", "Mutation.revokeConsent",
				"Query.selfGrantedBases");
		assertThat(failures).isEmpty();
	}

	private void check(List<String> failures, String operation, String document, String user, String purpose,
			String why) {
		long before = head();
		users.as(user, purpose).document(document).execute();
		List<Map<String, Object>> events = graph.rows("""
				MATCH (e:AuditEvent) WHERE e.sequence > $after RETURN e.operation AS operation, e.outcome AS outcome
				ORDER BY e.time, e.sequence""", Map.of("after", before));
		if (events.size() != 1 || !operation.equals(events.get(0).get("operation"))
				|| !"WITHHELD".equals(events.get(0).get("outcome"))) {
			failures.add(operation + " (" + why + ", as " + user + "): " + events);
		}
	}

	private long head() {
		return ((Number) graph.rows("MATCH (c:AuditChain {id: 'main'}) RETURN c.sequence AS s", Map.of())
			.get(0)
			.get("s")).longValue();
	}

	private static String arguments(String operation, GraphQLFieldDefinition field) {
		if (ARGUMENTS.containsKey(operation)) {
			return "(" + ARGUMENTS.get(operation) + ")";
		}
		String required = field.getArguments()
			.stream()
			.filter(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue())
			.map(argument -> argument.getName() + ": " + value(argument.getType()))
			.collect(Collectors.joining(", "));
		return required.isEmpty() ? "" : "(" + required + ")";
	}

	/**
	 * The smallest literal of an input type: its required fields, one list item, the
	 * first enum value.
	 */
	private static String value(GraphQLInputType type) {
		GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		if (bare instanceof GraphQLList list) {
			return "[" + value((GraphQLInputType) list.getWrappedType()) + "]";
		}
		if (bare instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (bare instanceof GraphQLInputObjectType object) {
			return object.getFields()
				.stream()
				.filter(inner -> GraphQLTypeUtil.isNonNull(inner.getType()) && !inner.hasSetDefaultValue())
				.map(inner -> inner.getName() + ": " + value(inner.getType()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return switch (((GraphQLScalarType) bare).getName()) {
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "false";
			case "Date" -> "\"2026-11-01\"";
			default -> "\"x\"";
		};
	}

	private static String selection(GraphQLType type) {
		GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
		return bare instanceof GraphQLScalarType || bare instanceof GraphQLEnumType ? "" : " { __typename }";
	}

}
