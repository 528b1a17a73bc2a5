package jp.jusou.graph.access;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the access rules that a municipality may set.
 *
 * @param supportMeetingPeriod how long after a 支援会議 its members see what it shared (the
 * household's items as of the meeting's date); later reads need the next meeting or a
 * consent
 */
@ConfigurationProperties("jusou.access")
public record AccessProperties(@DefaultValue("12m") Period supportMeetingPeriod) {
}
