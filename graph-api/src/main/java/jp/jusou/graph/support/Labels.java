package jp.jusou.graph.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The one label table, {@code graphql/vocabulary.properties}, read once: the Japanese
 * word for each enum value, by the enum's simple name and the value's name.
 */
public final class Labels {

	/** Where the table is on the classpath. */
	public static final String TABLE = "graphql/vocabulary.properties";

	private static final Properties LABELS = load();

	private Labels() {
	}

	/**
	 * The label of {@code value}.
	 * @throws IllegalStateException when the table has none (a value added without its
	 * word)
	 */
	public static String of(Enum<?> value) {
		String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
		String label = LABELS.getProperty(key);
		if (label == null) {
			throw new IllegalStateException("No label for " + key + " in " + TABLE);
		}
		return label;
	}

	private static Properties load() {
		Properties labels = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(TABLE).getInputStream(),
				StandardCharsets.UTF_8)) {
			labels.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return labels;
	}

}
