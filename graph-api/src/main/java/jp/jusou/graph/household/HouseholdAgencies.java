package jp.jusou.graph.household;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.Withheld;
import jp.jusou.graph.agency.Agency;

/** Which agencies touch a household (one entry per agency), and what was withheld. */
public record HouseholdAgencies(List<HouseholdAgency> agencies, Withheld withheld) {

	/** One agency with all its visible links to the household, earliest first. */
	public record HouseholdAgency(Agency agency, LocalDate since, List<Involvement> links) {
	}
}
