package jp.jusou.graph.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.jusou.graph.support.Labelled;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every labelled enum of the service, by the schema's name for it (the enum's simple
 * name), with the words of the one label table ({@code graphql/vocabulary.properties}).
 * Found once, at start, among the service's classes.
 */
@Component
public class Vocabulary {

	/** One word: an enum value and its Japanese label. */
	public record Term(String type, String code, String label) {
	}

	private final Map<String, List<Term>> byType;

	Vocabulary() {
		this.byType = find();
	}

	/** The enum types the vocabulary knows, by name. */
	public Map<String, List<Term>> byType() {
		return byType;
	}

	/** Every term, by type then in declaration order. */
	public List<Term> terms() {
		return byType.values().stream().flatMap(List::stream).toList();
	}

	private static Map<String, List<Term>> find() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
		Map<String, List<Term>> found = new TreeMap<>(Comparator.naturalOrder());
		for (BeanDefinition candidate : scanner.findCandidateComponents("jp.jusou.graph")) {
			Class<?> type = load(candidate.getBeanClassName());
			if (!type.isEnum()) {
				continue;
			}
			List<Term> terms = new ArrayList<>();
			for (Object constant : type.getEnumConstants()) {
				terms.add(new Term(type.getSimpleName(), ((Enum<?>) constant).name(), ((Labelled) constant).label()));
			}
			if (found.put(type.getSimpleName(), List.copyOf(terms)) != null) {
				throw new IllegalStateException("Two labelled enums named " + type.getSimpleName());
			}
		}
		return Collections.unmodifiableMap(found);
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, Vocabulary.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
