package jp.jusou.graph.household;

import java.util.List;

/**
 * Filter for {@code households}: an area and/or patterns that must all be present, and a
 * text found in the address or in the name or kana of a member the user may see.
 */
public record HouseholdFilter(String areaId, List<HouseholdPattern> patterns, String text) {
}
