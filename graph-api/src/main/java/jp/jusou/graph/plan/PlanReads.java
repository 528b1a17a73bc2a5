package jp.jusou.graph.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.ReadTally;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Role;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans back: {@code plan(id)} and {@code Household.plans}. A plan is one item for
 * the policy — recorded by its coordinator and every agency with a role, about the whole
 * household, of its roles' fields, from its creation — and each role within it another
 * (the role's agency and the coordinator, the member it is for, its field), so a reader
 * sees the plan and the roles it has a basis for, the rest counted.
 */
@Service
@Transactional(readOnly = true)
public class PlanReads {

	/** The schema's {@code HouseholdPlans}. */
	public record HouseholdPlans(List<SupportPlan> plans, Withheld withheld) {
	}

	private final NamedQueries graph;

	private final AccessPolicy policy;

	PlanReads(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	public SupportPlan plan(AccessSubject subject, String planId) {
		Record record = graph.query("plan-read")
			.bindAll(Parameters.of("planId", planId, "staffId", subject.staffId()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow(() -> new NotFoundException("id", "plan", planId));
		SupportPlan plan = SupportPlan.from(record);
		Tally tally = new Tally();
		Optional<SupportPlan> seen = decide(subject, HouseholdAccess.from(record.get("access")), plan, tally);
		tally.record(subject, plan.householdId());
		return seen.orElseThrow(() -> new NoBasisException("id", "no basis for this plan: it is shown to its"
				+ " coordinator and the agencies with a role, through a consent of every member covering its fields, or"
				+ " to the members of a 支援会議 held since it was drawn up"
				+ " (このプランを閲覧する根拠がありません。本人同意または支援会議での共有が必要です)"));
	}

	public HouseholdPlans plans(AccessSubject subject, String householdId, HouseholdAccess access) {
		List<SupportPlan> all = List.copyOf(graph.query("household-plans")
			.bindAll(Map.of("householdId", householdId))
			.fetchAs(SupportPlan.class)
			.mappedBy((types, record) -> SupportPlan.from(record))
			.all());
		Tally tally = new Tally();
		List<SupportPlan> seen = new ArrayList<>();
		for (SupportPlan plan : all) {
			decide(subject, access, plan, tally).ifPresent(seen::add);
		}
		tally.record(subject, householdId);
		return new HouseholdPlans(List.copyOf(seen),
				policy.answer(Withheld.of(tally.withheldPlans, tally.withheldPlanCategories), access, subject));
	}

	private Optional<SupportPlan> decide(AccessSubject subject, HouseholdAccess access, SupportPlan plan, Tally tally) {
		Set<String> parties = new TreeSet<>();
		parties.add(plan.coordinatorId());
		plan.roles().forEach(role -> parties.add(role.agency().id()));
		Optional<Basis> basis = policy.item(access,
				new RecordedItem(parties, null, Set.copyOf(plan.categories()), plan.created(), false), subject);
		if (basis.isEmpty()) {
			tally.withheldPlans++;
			tally.withheldPlanCategories.addAll(plan.categories());
			tally.read.withheld(null, plan.categories());
			return Optional.empty();
		}
		tally.read.shown(basis.get(), null, plan.categories());
		List<SupportPlan.Role> visible = new ArrayList<>();
		Set<Field> withheldRoleFields = new TreeSet<>();
		for (SupportPlan.Role role : plan.roles()) {
			Optional<Basis> roleBasis = policy.item(access,
					new RecordedItem(Set.of(plan.coordinatorId(), role.agency().id()), role.personId(),
							Set.of(role.field()), role.since() == null ? plan.created() : role.since(), false),
					subject);
			if (roleBasis.isPresent()) {
				visible.add(role);
				tally.read.shown(roleBasis.get(), role.personId(), Set.of(role.field()));
			}
			else {
				withheldRoleFields.add(role.field());
				tally.read.withheld(role.personId(), Set.of(role.field()));
			}
		}
		SupportPlan seen = plan.seenOn(basis.get(), visible,
				policy.answer(Withheld.of(plan.roles().size() - visible.size(), withheldRoleFields), access, subject));
		return Optional.of(dated(subject, access, seen, parties, tally));
	}

	/**
	 * Each step of a plan's course is an item of its meeting's date, recorded by the
	 * plan's parties and the meeting's members, and a revision one of its date: a reader
	 * whose basis is bounded by a date (a 支援会議) sees the plan as it stood then. Which
	 * meeting took a step is that meeting's content: its id and kind reach its members
	 * only.
	 */
	private SupportPlan dated(AccessSubject subject, HouseholdAccess access, SupportPlan plan, Set<String> parties,
			Tally tally) {
		Set<Field> categories = Set.copyOf(plan.categories());
		List<SupportPlan.Step> shown = new ArrayList<>();
		int withheld = 0;
		for (SupportPlan.Step step : plan.history()) {
			Set<String> recorders = new TreeSet<>(parties);
			recorders.addAll(step.meetingMembers());
			if (step.decision() != null
					&& policy.item(access, new RecordedItem(recorders, null, categories, step.date(), false), subject)
						.isEmpty()) {
				withheld++;
				tally.read.withheld(null, categories);
				continue;
			}
			shown.add(step.meetingId() == null || step.meetingMembers().contains(access.agencyId()) ? step
					: step.withoutMeeting());
		}
		boolean revisionShown = plan.revised() == null
				|| policy.item(access, new RecordedItem(parties, null, categories, plan.revised(), false), subject)
					.isPresent();
		if (!revisionShown) {
			withheld++;
			tally.read.withheld(null, categories);
		}
		if (withheld == 0 && shown.equals(plan.history())) {
			return plan;
		}
		return plan.asItStood(shown, revisionShown,
				withheld == 0 ? null : policy.answer(Withheld.of(withheld, categories), access, subject));
	}

	/**
	 * What a read showed and withheld (for its audit record), and the plans withheld (for
	 * the answer).
	 */
	private static final class Tally {

		final ReadTally read = new ReadTally();

		final Set<Field> withheldPlanCategories = new TreeSet<>();

		int withheldPlans;

		void record(AccessSubject subject, String householdId) {
			subject.recordRead(read.read(subject.operation(), Set.of(householdId)));
		}

	}

}
