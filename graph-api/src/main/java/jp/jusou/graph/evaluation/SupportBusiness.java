package jp.jusou.graph.evaluation;

import jp.jusou.graph.support.Labelled;

/** The five 事業 of 社会福祉法 第106条の4第2項, in the law's order (第1号–第5号). */
public enum SupportBusiness implements Labelled {

	COMPREHENSIVE_CONSULTATION, PARTICIPATION_SUPPORT, COMMUNITY_BUILDING, OUTREACH, MULTI_AGENCY_COORDINATION

}
