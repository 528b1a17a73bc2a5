package jp.jusou.graph.household;

import java.util.ArrayList;
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
import jp.jusou.graph.access.HouseholdAccess;
import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.area.Area;
import jp.jusou.graph.identification.PersonName;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.GeoPoint;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads households through the access policy: the root queries bring the user's access
 * facts along with each household, members and involvements are loaded in one batch per
 * level, and every item that leaves this service carries the basis that let it out.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

	static final String CURSOR_KIND = "household";

	/**
	 * How many households, at most, a busy agency's page walks in id order before it
	 * collects its own candidates instead (households-page.cypher).
	 */
	public static final int PAGE_WALK = 4000;

	private final NamedQueries graph;

	private final AccessPolicy policy;

	HouseholdService(NamedQueries graph, AccessPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	/**
	 * The household with the user's access facts; members and agencies are read when
	 * asked for.
	 */
	public Household byId(AccessSubject subject, String householdId) {
		return byId(subject, householdId, HouseholdDetails.Wanted.NOTHING);
	}

	/**
	 * The household with the user's access facts and, in the same statement, the members
	 * and involvements the request selected ({@code wanted}).
	 */
	public Household byId(AccessSubject subject, String householdId, HouseholdDetails.Wanted wanted) {
		Household household = graph.query("household-by-id")
			.bindAll(Map.of("householdId", householdId, "staffId", subject.staffId(), "withMembers", wanted.members(),
					"withAgencies", wanted.agencies()))
			.fetchAs(Household.class)
			.mappedBy((types, record) -> {
				Household read = household(record, subject);
				return wanted.any() ? read.withDetails(HouseholdDetails.of(wanted, record)) : read;
			})
			.one()
			.orElseThrow(() -> new NotFoundException("id", "household", householdId));
		audit(subject, List.of(household));
		return household;
	}

	/**
	 * The households, each carrying the selected details read for all of them in one
	 * statement.
	 */
	private List<Household> withDetails(List<Household> households, HouseholdDetails.Wanted wanted) {
		if (!wanted.any() || households.isEmpty()) {
			return households;
		}
		HouseholdDetails details = HouseholdDetails.read(graph, households.stream().map(Household::id).toList(),
				wanted);
		return households.stream().map(household -> household.withDetails(details)).toList();
	}

	/**
	 * Households themselves (visibility, location, patterns): one audit record per root
	 * field.
	 */
	private void audit(AccessSubject subject, List<Household> households) {
		Set<String> bases = new TreeSet<>();
		int withheld = 0;
		for (Household household : households) {
			household.memberBases().values().forEach(basis -> bases.add(basis.code()));
			if (household.locationShown() && !household.visible()) {
				// the home alone, through an outreach assignment
				policy.location(household.access(), subject).ifPresent(basis -> bases.add(basis.code()));
			}
			withheld += household.withheldMembers() == null ? 0 : household.withheldMembers().count();
		}
		subject.recordRead(new PersonalDataRead(
				households.stream().map(Household::id).collect(Collectors.toCollection(TreeSet::new)), Set.of(), bases,
				Set.of(), Set.of(), Set.of(), withheld));
	}

	/**
	 * A page of the households the user may see: candidates (households the user's agency
	 * has any access fact for) are read in id order with their facts, and kept when the
	 * policy finds them visible — the same decision as household(id). While the page is
	 * not full and candidates remain, the next candidates after the last one read are
	 * asked for, four times as many each time.
	 */
	public HouseholdPage page(AccessSubject subject, int first, String afterId, HouseholdFilter filter) {
		return page(subject, first, afterId, filter, HouseholdDetails.Wanted.NOTHING);
	}

	/**
	 * A page as {@link #page(AccessSubject, int, String, HouseholdFilter)}, with the
	 * selected details of its households.
	 */
	public HouseholdPage page(AccessSubject subject, int first, String afterId, HouseholdFilter filter,
			HouseholdDetails.Wanted wanted) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("staffId", subject.staffId());
		parameters.put("walk", PAGE_WALK);
		parameters.put("walkChosen", null);
		parameters.put("areaId", filter == null ? null : filter.areaId());
		parameters.put("patterns", filter == null || filter.patterns() == null ? List.of()
				: filter.patterns().stream().map(Enum::name).toList());
		String text = filter == null ? null : Validate.optionalText("filter.text", filter.text(), 100);
		parameters.put("text", text);
		parameters.put("textKey", text == null ? null : PersonName.normalise(text));
		List<Household> visible = new ArrayList<>();
		// with a text: whether it was found in the address or a name the user may see
		Map<String, Boolean> found = new HashMap<>();
		String from = afterId;
		int batch = first + 1;
		while (visible.size() <= first) {
			parameters.put("afterId", from);
			parameters.put("limit", batch);
			List<Household> candidates = List.copyOf(graph.query("households-page")
				.bindAll(parameters)
				.fetchAs(Household.class)
				.mappedBy((types, record) -> {
					Household household = household(record, subject);
					Value matched = record.get("found");
					if (!matched.isNull()) {
						found.put(household.id(),
								matched.get("address").asBoolean() || matched.get("members")
									.asList(Value::asString)
									.stream()
									.anyMatch(household.memberBases()::containsKey));
					}
					return household;
				})
				.all());
			candidates.stream()
				.filter(Household::visible)
				.filter(household -> foundWhereSeen(household, found))
				.forEach(visible::add);
			if (candidates.size() < batch) {
				break;
			}
			from = candidates.get(candidates.size() - 1).id();
			batch = Math.min(batch * 4, 10_000);
		}
		boolean hasNextPage = visible.size() > first;
		List<HouseholdPage.Edge> edges = withDetails(visible.stream().limit(first).toList(), wanted).stream()
			.map(household -> new HouseholdPage.Edge(Cursor.encode(CURSOR_KIND, household.id()), household))
			.toList();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		audit(subject, edges.stream().map(HouseholdPage.Edge::node).toList());
		return new HouseholdPage(edges, new HouseholdPage.PageInfo(hasNextPage, endCursor));
	}

	/**
	 * Without a text, every household; with one, those where it was found in the address
	 * or in the name or kana of a member the user has an identity basis for — a name the
	 * user may not see is never matched, so a search cannot tell who lives where.
	 */
	private static boolean foundWhereSeen(Household household, Map<String, Boolean> found) {
		return found.getOrDefault(household.id(), true);
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
				GeoPoint.from(household.get("location")), household.get("address").asString(null), locationShown,
				patterns, access, Map.copyOf(memberBases), Withheld.identities(withheld), HouseholdDetails.NONE);
	}

}
