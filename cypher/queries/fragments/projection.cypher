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
// A resource as the request's selection asks for it: whole when $resourceWhole (the request asks for a field
// beyond the name and kind: address, phone, location, note, offers), else its listing (id, names, kind), so
// a list that shows names carries no more than it shows. ResourceSelection decides $resourceWhole.
CASE WHEN $resourceWhole THEN {{projection.resource(resource)}}
     ELSE resource {.id, .name, .nameKana, .kind} END

// fragment: activity-as-asked(activity)
// An activity as the request's selection asks for it: whole when $activityWhole (target ages, capacity,
// offers or description asked for), else its listing (id, name, schedule and times: what scheduleLabel and
// nextDates read). ResourceSelection decides $activityWhole.
CASE WHEN $activityWhole THEN {{projection.activity(activity)}}
     ELSE activity {.id, .name, .weekdays, .rrule, .startDate, .endDate, .startTime, .endTime} END
