package jp.jusou.graph.ties;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.jusou.graph.access.AccessFacts;
import jp.jusou.graph.access.AccessFacts.PersonStanding;
import jp.jusou.graph.access.Basis;
import jp.jusou.graph.request.AccessSubject;
import org.neo4j.driver.Value;

/**
 * The one rule for a watcher's name (graph-model.md "Ties"): the watcher is a third party
 * whose name is their own personal data, so it shows (a) to the agency that recorded the
 * tie, (b) to every reader when the watcher agreed to be named, or (c) when the watcher
 * is a resident the reader has an identity basis for. Every read that shows ties (the
 * household's ties, the 支えあいマップ, the 避難行動要支援者名簿) asks this, once per read; a resident
 * watcher shown through (c) is added to the read's audited persons and bases.
 * <p>
 * A tie's fields, as the queries return them: {@code watcherPersonId},
 * {@code watcherPersonName} (a resident watcher), {@code watcherName} (as told),
 * {@code watcherMayBeNamed}, {@code recordedByMe}.
 */
public final class WatcherNames {

	private final AccessFacts accessFacts;

	private final AccessSubject subject;

	private final Set<String> shown;

	private final Set<String> bases;

	private final Map<String, Optional<Basis>> residents = new HashMap<>();

	/**
	 * @param shown the read's shown persons, to which a resident watcher named through
	 * their identity basis is added
	 * @param bases the read's bases, likewise
	 */
	public WatcherNames(AccessFacts accessFacts, AccessSubject subject, Set<String> shown, Set<String> bases) {
		this.accessFacts = accessFacts;
		this.subject = subject;
		this.shown = shown;
		this.bases = bases;
	}

	/** The watcher's name where the rule lets it show, else null. */
	public String nameOf(Value tie) {
		String residentId = tie.get("watcherPersonId").asString(null);
		String name = residentId != null ? tie.get("watcherPersonName").asString(null)
				: tie.get("watcherName").asString(null);
		if (name == null) {
			return null;
		}
		if (nameAsToldShows(tie.get("recordedByMe").asBoolean(false), tie.get("watcherMayBeNamed").asBoolean(false))) {
			return name;
		}
		if (residentId == null) {
			return null;
		}
		Optional<Basis> basis = residents.computeIfAbsent(residentId,
				key -> accessFacts.forPerson(subject, key).flatMap(PersonStanding::identity));
		basis.ifPresent(found -> {
			shown.add(residentId);
			bases.add(found.code());
		});
		return basis.map(found -> name).orElse(null);
	}

	/** (a) or (b): the recording agency, or a watcher who agreed. */
	static boolean nameAsToldShows(boolean recordedByReader, boolean watcherAgreed) {
		return recordedByReader || watcherAgreed;
	}

}
