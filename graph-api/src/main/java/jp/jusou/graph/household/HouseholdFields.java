package jp.jusou.graph.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.jusou.graph.access.AccessPolicy;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.ReadTally;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.household.HouseholdAgencies.HouseholdAgency;
import jp.jusou.graph.household.Involvement.InvolvementKind;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.NamedQueries;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Household.members} and {@code Household.agencies} for the households a field
 * answered: read with the household when selected ({@link HouseholdDetails}), else in one
 * statement for all of them; each member and each involvement decided by the policy.
 */
@Service
public class HouseholdFields {

	private final NamedQueries graph;

	private final AccessPolicy policy;

	private final Clock clock;

	/**
	 * For the batch loaders, which may run after the request's read transaction: a read
	 * transaction of their own when they have something to read.
	 */
	private final TransactionTemplate readTransaction;

	HouseholdFields(NamedQueries graph, AccessPolicy policy, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.graph = graph;
		this.policy = policy;
		this.clock = clock;
		this.readTransaction = new TransactionTemplate(transactionManager);
		this.readTransaction.setReadOnly(true);
	}

	/**
	 * Members of each household that the user has a basis for (the others' rows are
	 * dropped here), read in one statement for those not read yet.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Household, List<Member>> members(AccessSubject subject, Collection<Household> households) {
		HouseholdDetails unread = readUnread(
				households.stream().filter(household -> household.details().members(household.id()).isEmpty()).toList(),
				new HouseholdDetails.Wanted(true, false));
		int year = LocalDate.now(clock).getYear();
		Map<Household, List<Member>> result = new HashMap<>();
		ReadTally tally = new ReadTally();
		for (Household household : households) {
			List<Member> members = household.details()
				.members(household.id())
				.or(() -> unread.members(household.id()))
				.orElseThrow()
				.stream()
				.filter(row -> household.memberBases().containsKey(row.get("id").asString()))
				.map(row -> member(row, household, year))
				.toList();
			result.put(household, members);
			members.forEach(member -> tally.shown(member.basis(), member.id(), List.of()));
			household.access()
				.memberIds()
				.stream()
				.filter(personId -> !household.memberBases().containsKey(personId))
				.forEach(personId -> tally.withheld(personId, List.of()));
		}
		subject.recordRead(tally.read("Household.members", householdIds(households)));
		return result;
	}

	/**
	 * Details of households that came without them (none when the root field read them
	 * already, and then no transaction at all), in a read transaction of their own.
	 */
	private HouseholdDetails readUnread(List<Household> unread, HouseholdDetails.Wanted wanted) {
		if (unread.isEmpty()) {
			return HouseholdDetails.NONE;
		}
		return readTransaction
			.execute(status -> HouseholdDetails.read(graph, unread.stream().map(Household::id).toList(), wanted));
	}

	private static Member member(Value row, Household household, int year) {
		String personId = row.get("id").asString();
		return new Member(personId, row.get("name").asString(), row.get("relation").asString(null),
				AgeBand.of(row.get("birthYear").asInt(), year), row.get("phone").asString(null),
				row.get("contactNote").asString(null), household.memberBases().get(personId));
	}

	/**
	 * Which agencies touch each household, item by item through the policy, read in one
	 * statement for those not read yet.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Household, HouseholdAgencies> agencies(AccessSubject subject, Collection<Household> households) {
		HouseholdDetails unread = readUnread(households.stream()
			.filter(household -> household.details().involvements(household.id()).isEmpty())
			.toList(), new HouseholdDetails.Wanted(false, true));
		Map<Household, HouseholdAgencies> result = new HashMap<>();
		ReadTally tally = new ReadTally();
		for (Household household : households) {
			List<Value> rows = household.details()
				.involvements(household.id())
				.or(() -> unread.involvements(household.id()))
				.orElseThrow();
			result.put(household, decide(subject, household, rows, tally));
		}
		subject.recordRead(tally.read("Household.agencies", householdIds(households)));
		return result;
	}

	private static Set<String> householdIds(Collection<Household> households) {
		return households.stream().map(Household::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private HouseholdAgencies decide(AccessSubject subject, Household household, List<Value> rows, ReadTally tally) {
		Map<String, Agency> agencies = new LinkedHashMap<>();
		Map<String, List<Involvement>> links = new LinkedHashMap<>();
		Set<Field> withheld = new TreeSet<>();
		int withheldItems = 0;
		for (Value row : rows) {
			List<Field> categories = row.get("categories")
				.asList(value -> Field.of(value.asString(null)))
				.stream()
				.distinct()
				.toList();
			Field field = categories.isEmpty() ? Field.OTHER : categories.get(0);
			String memberId = row.get("memberId").asString(null);
			LocalDate since = row.get("since").asLocalDate();
			RecordedItem item = new RecordedItem(Set.copyOf(row.get("recordedBy").asList(Value::asString)), memberId,
					Set.copyOf(categories), since, row.get("supportMeetingContent").asBoolean(false));
			Optional<Basis> basis = policy.item(household.access(), item, subject);
			if (basis.isEmpty()) {
				withheld.addAll(categories);
				withheldItems++;
				tally.withheld(memberId, categories);
				continue;
			}
			Agency agency = Agency.from(row.get("agency"));
			agencies.putIfAbsent(agency.id(), agency);
			links.computeIfAbsent(agency.id(), id -> new ArrayList<>())
				.add(new Involvement(InvolvementKind.valueOf(row.get("kind").asString()), field, categories,
						row.get("reference").asString(), since,
						row.get("until").isNull() ? null : row.get("until").asLocalDate(),
						row.get("status").asString(null), row.get("detail").asString(null), memberId, basis.get()));
			tally.shown(basis.get(), memberId, categories);
		}
		List<HouseholdAgency> entries = agencies.values().stream().map(agency -> {
			List<Involvement> agencyLinks = links.get(agency.id());
			LocalDate since = agencyLinks.stream().map(Involvement::since).min(Comparator.naturalOrder()).orElseThrow();
			return new HouseholdAgency(agency, since, agencyLinks);
		}).sorted(Comparator.comparing(HouseholdAgency::since).thenComparing(entry -> entry.agency().name())).toList();
		return new HouseholdAgencies(entries,
				policy.answer(Withheld.of(withheldItems, withheld), household.access(), subject));
	}

}
