package jp.jusou.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCityTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void theSameSizeAndSeedGiveTheSameCity() {
		SyntheticCity first = new SyntheticCity(10_000, 7, TODAY);
		SyntheticCity second = new SyntheticCity(10_000, 7, TODAY);
		assertThat(first.chunk(1, 1000).persons).isEqualTo(second.chunk(1, 1000).persons);
		assertThat(first.resources()).isEqualTo(second.resources());
		assertThat(new SyntheticCity(10_000, 8, TODAY).chunk(1, 1000).persons)
			.isNotEqualTo(first.chunk(1, 1000).persons);
	}

	@Test
	void aboutTheRequestedNumberOfPersonsWithRealisticPatternShares() {
		SyntheticCity city = new SyntheticCity(20_000, 42, TODAY);
		long persons = 0;
		long households = 0;
		long elderlyAlone = 0;
		long eightyFifty = 0;
		for (int chunk = 0; chunk * 5000 < city.householdCount(); chunk++) {
			SyntheticCity.Chunk rows = city.chunk(chunk, 5000);
			persons += rows.persons.size();
			households += rows.households.size();
			for (Map<String, Object> household : rows.households) {
				List<?> patterns = (List<?>) household.get("patterns");
				elderlyAlone += patterns.contains("ELDERLY_ALONE") ? 1 : 0;
				eightyFifty += patterns.contains("EIGHTY_FIFTY") ? 1 : 0;
			}
		}
		assertThat(persons).isBetween(19_000L, 21_000L);
		assertThat(elderlyAlone * 100.0 / households).isBetween(14.0, 18.0);
		assertThat(eightyFifty * 100.0 / households).isBetween(3.0, 5.0);
	}

	@Test
	void everyHouseholdLiesInsideTheTwentyKilometreSquare() {
		SyntheticCity city = new SyntheticCity(5_000, 1, TODAY);
		double halfLatitude = 10_000 / 111_000.0;
		assertThat(city.chunk(0, 5000).households).allSatisfy(
				household -> assertThat(Math.abs((double) household.get("latitude") - SyntheticCity.CENTRE_LATITUDE))
					.isLessThanOrEqualTo(halfLatitude + 1e-9));
	}

}
