package jp.jusou.graph.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * アウトリーチの割当て: the lawful way to the door of a household nobody has a basis for. The 多機関協働
 * body (社会福祉法 第106条の4 第2項 第5号), or a 支援会議 that discussed the household by decision
 * (第106条の6), assigns an agency to reach it (第4号); the assignment opens the home's address
 * and location to that agency for OUTREACH until it ends, is audited, and is listed for
 * the privacy officer. A visit or a signal by itself opens nothing.
 */
@Service
public record OutreachAssignments(NamedQueries graph, Clock clock) {

	/** How long an assignment holds when no end is given. */
	static final int DEFAULT_DAYS = 90;

	/** The longest an assignment may hold: a year, then the body decides again. */
	static final int MAX_DAYS = 365;

	/** What assignOutreach recorded. */
	public record OutreachAssignment(String id, String householdId, String agencyId, String reason, LocalDate validFrom,
			LocalDate validTo, String meetingId, boolean ended) {

		static OutreachAssignment from(Value map) {
			return new OutreachAssignment(map.get("id").asString(), map.get("householdId").asString(),
					map.get("agencyId").asString(), map.get("reason").asString(null),
					map.get("validFrom").asLocalDate(), map.get("validTo").asLocalDate(),
					map.get("meetingId").asString(null), !map.get("revokedAt").isNull());
		}
	}

	/** The input of assignOutreach, as the schema defines it. */
	public record AssignOutreachInput(String householdId, String agencyId, String reason, LocalDate validTo,
			String meetingId) {
	}

	public OutreachAssignment assign(AccessSubject subject, AssignOutreachInput input) {
		subject.requireRole(Role.COORDINATOR);
		LocalDate today = LocalDate.now(clock);
		String householdId = Validate.id("input.householdId", input.householdId());
		String agencyId = Validate.id("input.agencyId", input.agencyId());
		String reason = Validate.text("input.reason", input.reason(), 500);
		String meetingId = input.meetingId() == null ? null : Validate.id("input.meetingId", input.meetingId());
		LocalDate validTo = input.validTo() == null ? today.plusDays(DEFAULT_DAYS)
				: Validate.notInPast("input.validTo", input.validTo(), today);
		if (validTo.isAfter(today.plusDays(MAX_DAYS))) {
			throw new InvalidArgumentException("input.validTo", "at-most-365-days",
					"an assignment holds at most 365 days; assign again when it ends (割当ての期限は365日以内です)");
		}
		Record check = graph
			.single("outreach-assignment-check",
					Parameters.of("staffId", subject.staffId(), "householdId", householdId, "agencyId", agencyId,
							"meetingId", meetingId))
			.orElseThrow();
		if (check.get("agencyId").isNull()) {
			throw NoBasisException.withoutAgency();
		}
		if (!check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		if (!check.get("agencyExists").asBoolean()) {
			throw new NotFoundException("input.agencyId", "agency", agencyId);
		}
		Value decided = check.get("meetingDecided");
		if (meetingId != null && !decided.asBoolean()) {
			throw new NoBasisException("input.meetingId",
					"not a 支援会議 your agency took part in that discussed this household"
							+ " (貴機関が出席し、この世帯を検討した支援会議ではありません)");
		}
		if (meetingId == null && !check.get("coordinationBody").asBoolean()) {
			throw new NoBasisException("input.householdId",
					"outreach is assigned by the 多機関協働 body, or by a 支援会議 that discussed the household"
							+ " (name it in meetingId) (アウトリーチの割当ては多機関協働事業者または支援会議の決定によります)");
		}
		String assignmentId = "assignment-" + UUID.randomUUID();
		graph.query("outreach-assignment-record")
			.bindAll(Parameters.of("staffId", subject.staffId(), "householdId", householdId, "agencyId", agencyId,
					"assignmentId", assignmentId, "reason", reason, "validFrom", today, "validTo", validTo, "meetingId",
					meetingId))
			.run();
		subject.recordRead(new PersonalDataRead(Set.of(householdId), Set.of(), Set.of("OWN_AGENCY"), Set.of(), Set.of(),
				Set.of(), 0));
		return new OutreachAssignment(assignmentId, householdId, agencyId, reason, today, validTo, meetingId, false);
	}

	/**
	 * The assignments the user's agency made or was given — in force today when
	 * {@code inForce} — newest first: where its staff are to go, and whom it sent where.
	 * Audited (the households they name).
	 */
	public List<OutreachAssignment> list(AccessSubject subject, boolean inForce, int first) {
		List<OutreachAssignment> assignments = List.copyOf(graph.query("outreach-assignments")
			.bindAll(Parameters.of("staffId", subject.staffId(), "inForce", inForce, "today", LocalDate.now(clock),
					"limit", first))
			.fetchAs(OutreachAssignment.class)
			.mappedBy((types, record) -> OutreachAssignment.from(record.get("assignment")))
			.all());
		Set<String> households = new TreeSet<>();
		assignments.forEach(assignment -> households.add(assignment.householdId()));
		subject.recordRead(new PersonalDataRead(households, Set.of(),
				assignments.isEmpty() ? Set.of() : Set.of("OWN_AGENCY"), Set.of(), Set.of(), Set.of(), 0));
		return assignments;
	}

	/**
	 * Ends an assignment before its day: only the agency that made it, with a reason;
	 * from then on it opens nothing.
	 */
	public OutreachAssignment end(AccessSubject subject, String assignmentId, String reason) {
		subject.requireRole(Role.COORDINATOR);
		String id = Validate.id("input.assignmentId", assignmentId);
		String why = Validate.text("input.reason", reason, 500);
		OutreachAssignment ended = graph.query("outreach-assignment-end")
			.bindAll(Parameters.of("staffId", subject.staffId(), "assignmentId", id, "reason", why))
			.fetchAs(OutreachAssignment.class)
			.mappedBy((types, record) -> OutreachAssignment.from(record.get("assignment")))
			.one()
			.orElseThrow(() -> new NoBasisException("input.assignmentId",
					"no assignment in force that your agency made has this id; only the assigning agency ends one"
							+ " (貴機関が行った有効な割当てではありません)"));
		subject.recordRead(new PersonalDataRead(Set.of(ended.householdId()), Set.of(), Set.of("OWN_AGENCY"), Set.of(),
				Set.of(), Set.of(), 0));
		return ended;
	}

}
