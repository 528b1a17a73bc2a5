package jp.jusou.graph.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One clock for consent periods, age bands and "no visit in 180 days", in Japan's time
 * zone. {@code jusou.today} fixes the date (tests, or a demo that must read the same
 * every day).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@Bean
	Clock clock(@Value("${jusou.today:}") String today) {
		if (StringUtils.hasText(today)) {
			return Clock.fixed(LocalDate.parse(today).atStartOfDay(JAPAN).toInstant(), JAPAN);
		}
		return Clock.system(JAPAN);
	}

}
