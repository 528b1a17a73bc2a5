package jp.jusou.graph.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

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

	/**
	 * The value of {@code type} a person wrote as {@code word}: its label or code (NFKC,
	 * spaces ignored), or the start of exactly one label (民生委員 for 民生委員・児童委員); empty when
	 * none or more than one fits.
	 */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
		String written = compact(word);
		if (written.isEmpty()) {
			return Optional.empty();
		}
		List<E> starting = new ArrayList<>();
		for (E value : type.getEnumConstants()) {
			String label = compact(of(value));
			if (label.equals(written) || value.name().equalsIgnoreCase(written)) {
				return Optional.of(value);
			}
			if (written.length() >= 2 && label.startsWith(written)) {
				starting.add(value);
			}
		}
		return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
	}

	/** The labels of {@code type}, in its order, joined for a message. */
	public static String listOf(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Labels::of).collect(Collectors.joining("、"));
	}

	private static String compact(String word) {
		return word == null ? "" : Normalizer.normalize(word, Normalizer.Form.NFKC).replaceAll("\\s", "");
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
