package jp.jusou.graph.admin;

import java.util.List;

import jp.jusou.graph.area.Area;
import jp.jusou.graph.area.StaffAreas;
import jp.jusou.graph.resource.Resource;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A staff account's 担当圏域 and 配置拠点, as ADMIN reads them. */
@Controller
record StaffPlacementController(StaffAreas staffAreas) {

	@SchemaMapping(typeName = "StaffAccount", field = "areas")
	List<Area> areas(StaffAccountView staff) {
		return staffAreas.of(staff.id()).areas();
	}

	@SchemaMapping(typeName = "StaffAccount", field = "stationedAt")
	Resource stationedAt(StaffAccountView staff) {
		return staffAreas.of(staff.id()).stationedAt();
	}

}
