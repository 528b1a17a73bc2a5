package jp.jusou.graph.resource;

import jp.jusou.graph.support.GeoPointInput;

/** Where to search from: exactly one of a point or a household. */
public record NearInput(GeoPointInput point, String householdId) {
}
