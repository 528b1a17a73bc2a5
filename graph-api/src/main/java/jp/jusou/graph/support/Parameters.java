package jp.jusou.graph.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Query parameters as a map that, unlike {@code Map.of}, accepts null values (absent
 * optional input).
 */
public final class Parameters {

	private Parameters() {
	}

	public static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

}
