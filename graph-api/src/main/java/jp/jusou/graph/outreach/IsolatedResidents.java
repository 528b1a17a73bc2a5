package jp.jusou.graph.outreach;

import java.util.List;

import jp.jusou.graph.resource.Activity;
import jp.jusou.graph.resource.Resource;

/** The answer to isolatedResidentsNear. */
public record IsolatedResidents(Activity activity, Resource venue, List<IsolatedResident> residents) {
}
