package org.pnpflow.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The points grid's settings, bound from {@code pnp.points.*}. The points per factor are
 * in processes/points-grid.dmn; here is only what a stream must reach.
 */
@ConfigurationProperties("pnp.points")
public class PointsProperties {

	/**
	 * The pass mark of each scored stream, by stream code. A stream is scored exactly
	 * when it has a pass mark here.
	 */
	private Map<String, Integer> passMarks = new LinkedHashMap<>();

	public Map<String, Integer> getPassMarks() {
		return this.passMarks;
	}

	public void setPassMarks(Map<String, Integer> passMarks) {
		this.passMarks = passMarks;
	}

}
