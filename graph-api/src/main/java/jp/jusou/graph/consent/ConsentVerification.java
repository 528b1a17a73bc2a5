package jp.jusou.graph.consent;

import jp.jusou.graph.support.Labelled;

/** How a consent was confirmed (本人確認). */
public enum ConsentVerification implements Labelled {

	SIGNED("書面への署名"), VERBAL("口頭で確認し記録"), PROXY("代理人による同意");

	private final String label;

	ConsentVerification(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
