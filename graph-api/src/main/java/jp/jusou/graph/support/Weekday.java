package jp.jusou.graph.support;

/** Days of the week, with the one-character Japanese label used in schedules. */
public enum Weekday implements Labelled {

	MON("月"), TUE("火"), WED("水"), THU("木"), FRI("金"), SAT("土"), SUN("日");

	private final String label;

	Weekday(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
