package jp.jusou.graph.resource;

import java.util.List;

import jp.jusou.graph.support.Need;

/**
 * A need in an area with no resource offering it nearby: how many households, and where
 * it was recorded.
 */
public record ResourceGap(Need need, int households, List<String> recordedIn) {
}
