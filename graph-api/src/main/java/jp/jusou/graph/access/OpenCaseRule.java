package jp.jusou.graph.access;

import jp.jusou.graph.support.NoBasisException;
import org.neo4j.driver.Record;

/**
 * The write rule "your agency holds an open case about a member of the household", said
 * once: a check query reads it as {@code holdsOpenCase} through the fragment
 * {@code {{access.holds-open-case(h)}}}, and this refuses a write without it. Only such
 * an agency keeps a household's record current, draws up its plan or records its
 * assessment.
 */
public final class OpenCaseRule {

	private OpenCaseRule() {
	}

	/**
	 * Refuses the write unless the check found the open case.
	 * @param argument the input that names the household
	 * @param instead what the user can do instead, in English and Japanese
	 */
	public static void require(Record check, String argument, String instead) {
		if (!check.get("holdsOpenCase").asBoolean()) {
			throw new NoBasisException(argument,
					"your agency holds no open case about a member of this household; " + instead);
		}
	}

}
