package jp.jusou.graph.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.jusou.graph.request.AuditEntry;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.signin.SignInLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Security events that belong in the audit log beside the reads: a sign-in lock
 * (operation {@code
 * SignIn.locked}, the locked username or address and the end of the lock as its bases).
 */
@Component
public class SecurityEvents implements SignInLocks {

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final AuditWriter writer;

	SecurityEvents(AuditWriter writer) {
		this.writer = writer;
	}

	@Override
	public void locked(String key, Instant until) {
		String username = key.startsWith("user:") ? abbreviate(key.substring(5)) : null;
		PersonalDataRead read = new PersonalDataRead("SignIn.locked", Set.of(), Set.of(),
				Set.of(abbreviate(key), "LOCKED_UNTIL:" + until), Set.of(), Set.of(), Set.of(), 0);
		try {
			writer.append(List.of(new AuditEntry(username, null, "NONE", Instant.now(), read)));
		}
		catch (RuntimeException ex) {
			log.error("The sign-in lock could not be written to the audit log: {}", ex.getClass().getSimpleName());
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 120);
	}

}
