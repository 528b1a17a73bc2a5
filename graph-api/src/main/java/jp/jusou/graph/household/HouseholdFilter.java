package jp.jusou.graph.household;

import java.util.List;

/** Filter for {@code households}: an area and/or patterns that must all be present. */
public record HouseholdFilter(String areaId, List<HouseholdPattern> patterns) {
}
