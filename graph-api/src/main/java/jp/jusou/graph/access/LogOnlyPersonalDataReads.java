package jp.jusou.graph.access;

import java.util.Collection;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Until the audit log exists: logs who read how much, on which kinds of basis. It logs counts and
 * staff ids only, never a resident's id, name or data.
 */
@Component
class LogOnlyPersonalDataReads implements PersonalDataReads {

	private static final Logger log = LoggerFactory.getLogger("jusou.personal-data-reads");

	@Override
	public void record(AccessSubject subject, String operation, Collection<String> personIds, Collection<Basis> bases,
			int withheld) {
		if (personIds.isEmpty() && withheld == 0) {
			return;
		}
		TreeSet<AccessBasis> kinds = new TreeSet<>();
		bases.forEach(basis -> kinds.add(basis.kind()));
		log.info("{} by staff {}: {} persons shown on {}, {} items withheld", operation, subject.staffId(),
				personIds.size(), kinds, withheld);
	}
}
