package jp.jusou.graph.sessions;

import jp.jusou.graph.agency.Agency;

/**
 * An agency's community work in a fiscal year, as 003 reports a CSW's year: 相談会開催数, 相談者数,
 * 訪問実件数 and 延件数, computed from the sessions and visits recorded.
 */
public record CswYear(int fiscalYear, Agency agency, int consultationSessions, int consulters, int consultationsTaken,
		int householdsVisited, int visits, int contactVisits, int sessionsHeld, int attendees) {
}
