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
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.PersonalDataRead;
import jp.jusou.graph.access.RecordedItem;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.household.HouseholdAgencies.HouseholdAgency;
import jp.jusou.graph.household.Involvement.InvolvementKind;
import jp.jusou.graph.support.AgeBand;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.CypherQueries;
import jp.jusou.graph.support.Field;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads households through the access policy: the root queries bring the user's access facts along
 * with each household, members and involvements are loaded in one batch per level, and every item
 * that leaves this service carries the basis that let it out.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

	static final String CURSOR_KIND = "household";

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final AccessPolicy policy;

	private final Clock clock;

	HouseholdService(Neo4jClient neo4j, CypherQueries queries, AccessPolicy policy, Clock clock) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.policy = policy;
		this.clock = clock;
	}

	public Household byId(AccessSubject subject, String householdId) {
		Household household = neo4j.query(queries.get("household-by-id"))
			.bindAll(Map.of("householdId", householdId, "staffId", subject.staffId()))
			.fetchAs(Household.class)
			.mappedBy((types, record) -> household(record, subject))
			.one()
			.orElseThrow(() -> new NotFoundException("id", "household", householdId));
		audit(subject, "Query.household", List.of(household));
		return household;
	}

	/** Households themselves (visibility, location, patterns): one audit record per root field. */
	private static void audit(AccessSubject subject, String operation, List<Household> households) {
		Set<String> bases = new TreeSet<>();
		int withheld = 0;
		for (Household household : households) {
			household.memberBases().values().forEach(basis -> bases.add(PersonalDataRead.basisCode(basis)));
			withheld += household.withheldMembers() == null ? 0 : household.withheldMembers().count();
		}
		subject.recordRead(new PersonalDataRead(operation,
					households.stream().map(Household::id).collect(Collectors.toCollection(TreeSet::new)),
					Set.of(), bases, Set.of(), Set.of(), Set.of(), withheld));
	}

	/**
	 * A page of the households the user may see: candidates (households the user's agency has any
	 * access fact for) are read in id order with their facts, and kept when the policy finds them
	 * visible — the same decision as household(id). While the page is not full and candidates remain,
	 * the next candidates after the last one read are asked for, four times as many each time.
	 */
	public HouseholdPage page(AccessSubject subject, int first, String afterId, HouseholdFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("staffId", subject.staffId());
		parameters.put("areaId", filter == null ? null : filter.areaId());
		parameters.put("patterns", filter == null || filter.patterns() == null ? List.of()
				: filter.patterns().stream().map(Enum::name).toList());
		List<Household> visible = new ArrayList<>();
		String from = afterId;
		int batch = first + 1;
		while (visible.size() <= first) {
			parameters.put("afterId", from);
			parameters.put("limit", batch);
			List<Household> candidates = List.copyOf(neo4j.query(queries.get("households-page"))
				.bindAll(parameters)
				.fetchAs(Household.class)
				.mappedBy((types, record) -> household(record, subject))
				.all());
			candidates.stream().filter(Household::visible).forEach(visible::add);
			if (candidates.size() < batch) {
				break;
			}
			from = candidates.get(candidates.size() - 1).id();
			batch = Math.min(batch * 4, 10_000);
		}
		boolean hasNextPage = visible.size() > first;
		List<HouseholdPage.Edge> edges = visible.stream()
			.limit(first)
			.map(household -> new HouseholdPage.Edge(Cursor.encode(CURSOR_KIND, household.id()), household))
			.toList();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		audit(subject, "Query.households", edges.stream().map(HouseholdPage.Edge::node).toList());
		return new HouseholdPage(edges, new HouseholdPage.PageInfo(hasNextPage, endCursor));
	}

	/** Members of each household that the user has a basis for, in one query for the batch. */
	public Map<Household, List<Member>> members(AccessSubject subject, Collection<Household> households) {
		List<Map<String, String>> allowed = new ArrayList<>();
		for (Household household : households) {
			household.memberBases()
				.keySet()
				.forEach(personId -> allowed.add(Map.of("householdId", household.id(), "personId", personId)));
		}
		Map<String, List<Member>> byHousehold = new HashMap<>();
		if (!allowed.isEmpty()) {
			Map<String, Household> householdsById = new HashMap<>();
			households.forEach(household -> householdsById.put(household.id(), household));
			int year = LocalDate.now(clock).getYear();
			neo4j.query(queries.get("household-members"))
				.bind(allowed).to("allowed")
				.fetchAs(Void.class)
				.mappedBy((types, record) -> {
					String householdId = record.get("householdId").asString();
					String personId = record.get("id").asString();
					Member member = new Member(personId, record.get("name").asString(),
							record.get("relation").asString(null), AgeBand.of(record.get("birthYear").asInt(), year),
							record.get("phone").asString(null), record.get("contactNote").asString(null),
							householdsById.get(householdId).memberBases().get(personId));
					byHousehold.computeIfAbsent(householdId, id -> new ArrayList<>()).add(member);
					return null;
				})
				.all();
		}
		Map<Household, List<Member>> result = new HashMap<>();
		Set<String> shown = new TreeSet<>();
		Set<String> bases = new TreeSet<>();
		Set<String> withheldPersons = new TreeSet<>();
		for (Household household : households) {
			List<Member> members = byHousehold.getOrDefault(household.id(), List.of());
			result.put(household, members);
			members.forEach(member -> {
				shown.add(member.id());
				bases.add(PersonalDataRead.basisCode(member.basis()));
			});
			household.access()
				.memberIds()
				.stream()
				.filter(personId -> !household.memberBases().containsKey(personId))
				.forEach(withheldPersons::add);
		}
		subject.recordRead(new PersonalDataRead("Household.members", householdIds(households), shown, bases, Set.of(),
					withheldPersons, Set.of(), withheldPersons.size()));
		return result;
	}

	/** Which agencies touch each household, item by item through the policy, in one query for the batch. */
	public Map<Household, HouseholdAgencies> agencies(AccessSubject subject, Collection<Household> households) {
		Map<String, Household> householdsById = new HashMap<>();
		households.forEach(household -> householdsById.put(household.id(), household));
		Map<String, List<Record>> rowsByHousehold = new HashMap<>();
		neo4j.query(queries.get("household-involvements"))
			.bind(List.copyOf(householdsById.keySet())).to("householdIds")
			.fetchAs(Void.class)
			.mappedBy((types, record) -> {
				rowsByHousehold.computeIfAbsent(record.get("householdId").asString(), id -> new ArrayList<>())
					.add(record);
				return null;
			})
			.all();
		Map<Household, HouseholdAgencies> result = new HashMap<>();
		AuditTally tally = new AuditTally();
		for (Household household : households) {
			result.put(household,
					decide(subject, household, rowsByHousehold.getOrDefault(household.id(), List.of()), tally));
		}
		subject.recordRead(new PersonalDataRead("Household.agencies", householdIds(households), tally.shownPersons, tally.bases,
					tally.shownCategories, tally.withheldPersons, tally.withheldCategories, tally.withheldCount));
		return result;
	}

	/** What one batch of involvements showed and withheld, for its audit record. */
	private static final class AuditTally {

		final Set<String> shownPersons = new TreeSet<>();

		final Set<String> bases = new TreeSet<>();

		final Set<Field> shownCategories = new TreeSet<>();

		final Set<String> withheldPersons = new TreeSet<>();

		final Set<Field> withheldCategories = new TreeSet<>();

		int withheldCount;
	}

	private static Set<String> householdIds(Collection<Household> households) {
		return households.stream().map(Household::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private HouseholdAgencies decide(AccessSubject subject, Household household, List<Record> rows,
			AuditTally tally) {
		Map<String, Agency> agencies = new LinkedHashMap<>();
		Map<String, List<Involvement>> links = new LinkedHashMap<>();
		Set<Field> withheld = new TreeSet<>();
		int withheldItems = 0;
		for (Record row : rows) {
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
				tally.withheldCount++;
				tally.withheldCategories.addAll(categories);
				if (memberId != null) {
					tally.withheldPersons.add(memberId);
				}
				continue;
			}
			Agency agency = Agency.from(row.get("agency"));
			agencies.putIfAbsent(agency.id(), agency);
			links.computeIfAbsent(agency.id(), id -> new ArrayList<>())
				.add(new Involvement(InvolvementKind.valueOf(row.get("kind").asString()), field, categories,
						row.get("reference").asString(), since,
						row.get("until").isNull() ? null : row.get("until").asLocalDate(),
						row.get("status").asString(null), row.get("detail").asString(null), memberId, basis.get()));
			if (memberId != null) {
				tally.shownPersons.add(memberId);
			}
			tally.bases.add(PersonalDataRead.basisCode(basis.get()));
			tally.shownCategories.addAll(categories);
		}
		List<HouseholdAgency> entries = agencies.values()
			.stream()
			.map(agency -> {
				List<Involvement> agencyLinks = links.get(agency.id());
				LocalDate since = agencyLinks.stream().map(Involvement::since).min(Comparator.naturalOrder()).orElseThrow();
				return new HouseholdAgency(agency, since, agencyLinks);
			})
			.sorted(Comparator.comparing(HouseholdAgency::since).thenComparing(entry -> entry.agency().name()))
			.toList();
		return new HouseholdAgencies(entries, Withheld.of(withheldItems, withheld));
	}

	private Household household(Record record, AccessSubject subject) {
		Value household = record.get("household");
		HouseholdAccess access = HouseholdAccess.from(record.get("access"));
		Map<String, Basis> memberBases = new LinkedHashMap<>();
		int withheld = 0;
		for (String personId : access.memberIds()) {
			Optional<Basis> basis = policy.identity(access, personId, subject);
			if (basis.isPresent()) {
				memberBases.put(personId, basis.get());
			}
			else {
				withheld++;
			}
		}
		List<HouseholdPattern> patterns = household.get("patterns")
			.asList(value -> HouseholdPattern.valueOf(value.asString()), List.of());
		boolean locationShown = policy.locationVisible(access, subject);
		return new Household(household.get("id").asString(), Area.from(record.get("area")),
				GeoPoint.from(household.get("location")), household.get("address").asString(null), locationShown, patterns,
				access, Map.copyOf(memberBases),
				Withheld.identities(withheld));
	}
}
