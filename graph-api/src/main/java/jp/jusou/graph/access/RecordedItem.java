package jp.jusou.graph.access;

import java.util.Set;

import jp.jusou.graph.support.Field;

/**
 * One piece of person-level data as the policy sees it: which agencies recorded or took part in it,
 * which member it concerns (null for the whole household), its data category, and whether it is
 * content of a 支援会議, which only that meeting's members may see.
 */
public record RecordedItem(Set<String> recordedBy, String memberId, Field category, boolean supportMeetingContent) {
}
