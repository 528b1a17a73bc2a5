// Projections of a node as the services read it, written once; a query names its variable:
// {{projection.agency(a)}} projects the agency bound to a.

// fragment: location(node)
// A node's location as the schema's GeoPoint: latitude, longitude, and whether it is approximate (a
// centroid, not a geocoded address).
{latitude: node.location.latitude, longitude: node.location.longitude,
 approximate: coalesce(node.locationApproximate, false)}

// fragment: agency(agency)
// An agency as Agency.from reads it.
agency {.id, .name, .nameKana, .field, .components, .operation, .address, .phone,
        location: {{projection.location(agency)}}}

// fragment: area(area)
// An area (圏域) as Area.from reads it.
area {.id, .name, .kind, .municipality}

// fragment: resource(resource)
// A community resource as the services read it.
resource {.id, .name, .nameKana, .kind, .address, .phone, .note, .offers,
          location: {{projection.location(resource)}}}

// fragment: activity(activity)
// An activity as Activity.from reads it.
activity {.id, .name, .weekdays, .rrule, .startDate, .endDate, .startTime, .endTime, .targetAgeMin, .targetAgeMax,
          .capacity, .offers, .description}

// fragment: resource-as-asked(resource)
// A resource as the request's selection asks for it ($resourceAsked, ResourceSelection decides it): 'whole'
// when the request asks for a field beyond the name and kind (address, phone, location, note, offers);
// 'listing' (id, names, kind) when it asks for its kana or kind; else 'name' (id and name), so a list that
// shows names carries no more than it shows.
CASE $resourceAsked WHEN 'whole' THEN {{projection.resource(resource)}}
     WHEN 'listing' THEN resource {.id, .name, .nameKana, .kind}
     ELSE resource {.id, .name} END

// fragment: activity-as-asked(activity)
// An activity as the request's selection asks for it ($activityAsked, ResourceSelection decides it): 'whole'
// when target ages, capacity, offers or description are asked for; 'schedule' (id, name, schedule and times:
// what scheduleLabel and nextDates read) when any of those is; else 'name' (id, name, and the start time
// the service orders a resource's activities by: ResourceNearby).
CASE $activityAsked WHEN 'whole' THEN {{projection.activity(activity)}}
     WHEN 'schedule' THEN activity {.id, .name, .weekdays, .rrule, .startDate, .endDate, .startTime, .endTime}
     ELSE activity {.id, .name, .startTime} END
