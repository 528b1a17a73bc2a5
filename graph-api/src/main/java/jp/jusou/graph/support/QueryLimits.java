package jp.jusou.graph.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caps on what one request may ask for.
 *
 * @param maxRadiusMeters largest search radius
 * @param maxPageSize largest {@code first}
 * @param isolationVisitDays a visit within this many days means the resident is not
 * isolated
 * @param isolationMinimumAge residents younger than this are not counted as isolated
 * (living alone or only with dependants)
 * @param isolationWithdrawnMinimumAge withdrawn residents (ひきこもり) younger than this are
 * not counted as isolated
 * @param maxDepth deepest selection set
 * @param maxComplexity most field occurrences in one document (each alias counts)
 * @param maxDocumentCharacters longest document
 * @param maxDocumentTokens most tokens in one document
 * @param maxParserRuleDepth deepest grammar nesting the parser accepts
 */
@ConfigurationProperties("jusou.query")
public record QueryLimits(@DefaultValue("5000") int maxRadiusMeters, @DefaultValue("100") int maxPageSize,
		@DefaultValue("180") int isolationVisitDays, @DefaultValue("65") int isolationMinimumAge,
		@DefaultValue("15") int isolationWithdrawnMinimumAge, @DefaultValue("12") int maxDepth,
		@DefaultValue("400") int maxComplexity, @DefaultValue("20000") int maxDocumentCharacters,
		@DefaultValue("5000") int maxDocumentTokens, @DefaultValue("200") int maxParserRuleDepth) {
}
