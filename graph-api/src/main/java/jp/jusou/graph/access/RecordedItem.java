package jp.jusou.graph.access;

import java.time.LocalDate;
import java.util.Set;

import jp.jusou.graph.support.Field;

/**
 * One piece of person-level data as the policy sees it: which agencies recorded or took
 * part in it, which member it concerns (null for the whole household), its data
 * categories (a case: the fields of its consultations), the day it came to exist (a 支援会議
 * shares only what existed on its date), and whether it is content of a 支援会議, which only
 * that meeting's members may see.
 */
public record RecordedItem(Set<String> recordedBy, String memberId, Set<Field> categories, LocalDate date,
		boolean supportMeetingContent) {
}
