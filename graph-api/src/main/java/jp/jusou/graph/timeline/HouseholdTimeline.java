package jp.jusou.graph.timeline;

import java.util.List;

import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.household.HouseholdPage;

/** A page of a household's timeline, and what the whole timeline withheld. */
public record HouseholdTimeline(List<TimelineEntry> entries, HouseholdPage.PageInfo pageInfo, Withheld withheld) {
}
