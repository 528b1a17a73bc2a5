package jp.jusou.graph.plan;

import java.util.Map;
import java.util.Set;

import jp.jusou.graph.support.Labelled;

/**
 * What a meeting decides about a household, and the plan state machine those decisions
 * drive: DRAFT → ACTIVE (approved at a 重層的支援会議) → UNDER_REVIEW (再プラン) → ACTIVE …, and
 * from ACTIVE, UNDER_REVIEW or SUSPENDED to CLOSED (終結); ACTIVE or UNDER_REVIEW to
 * SUSPENDED (中断); SUSPENDED back to UNDER_REVIEW (再プラン).
 */
public enum MeetingDecision implements Labelled {

	APPROVE_PLAN(PlanStatus.ACTIVE, Set.of(PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW)),
	REPLAN(PlanStatus.UNDER_REVIEW, Set.of(PlanStatus.ACTIVE, PlanStatus.SUSPENDED)),
	CLOSE(PlanStatus.CLOSED, Set.of(PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW, PlanStatus.SUSPENDED)),
	SUSPEND(PlanStatus.SUSPENDED, Set.of(PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)),
	SHARE_INFORMATION(null, Set.of()), RESOURCE_GAP(null, Set.of());

	private static final Map<PlanStatus, String> WHY_NOT = Map.of(PlanStatus.CLOSED, "終結したプランは変更できません",
			PlanStatus.DRAFT, "未承認のプランです。まず重層的支援会議で承認してください", PlanStatus.ACTIVE, "すでに実施中です", PlanStatus.SUSPENDED,
			"中断中のプランは再プランしてから承認してください", PlanStatus.UNDER_REVIEW, "再プラン中です");

	private final PlanStatus target;

	private final Set<PlanStatus> from;

	MeetingDecision(PlanStatus target, Set<PlanStatus> from) {
		this.target = target;
		this.from = from;
	}

	/** True for the decisions that move a plan (and need a 重層的支援会議 and a planId). */
	public boolean changesPlan() {
		return target != null;
	}

	public PlanStatus target() {
		return target;
	}

	public boolean allowedFrom(PlanStatus status) {
		return from.contains(status);
	}

	/** Why the move from {@code status} is illegal, for the error message. */
	public String whyNot(PlanStatus status) {
		return name() + " (" + label() + ") cannot apply to a " + status + " plan; allowed from "
				+ from.stream().map(Enum::name).sorted().toList() + " (" + WHY_NOT.get(status) + ")";
	}

}
