package jp.jusou.graph.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The workspace's map background ({@code jusou.workspace.*}).
 *
 * @param tileUrl a tile server's URL template ({z}/{x}/{y}), e.g. 地理院タイル
 * {@code https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png}; empty (the default,
 * for closed networks): a plain background with the areas' outlines
 * @param tileAttribution the credit the tile server asks for, shown on the map
 */
@ConfigurationProperties("jusou.workspace")
public record WorkspaceProperties(String tileUrl, String tileAttribution) {

	public WorkspaceProperties {
		tileUrl = tileUrl == null ? "" : tileUrl.strip();
		tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
	}
}
