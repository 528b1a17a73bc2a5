package jp.jusou.graph.support;

/** Days of the week, with the one-character Japanese label used in schedules. */
public enum Weekday implements Labelled {

	MON, TUE, WED, THU, FRI, SAT, SUN;

}
