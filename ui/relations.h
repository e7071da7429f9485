#pragma once

#include "../models/domain/entitytype.h"

#include <QList>
#include <QString>

namespace hubdesk {

// The lists of related records shown with a record: "the sessions of this startup"
// are the sessions whose startup_id is the startup's id; "the people of this
// startup" are the people whose organisation_id is the startup's organisation_id.
struct Relation
{
    const char *title;       // translated in the "Relations" context
    EntityType child;        // what is listed
    QString childKey;        // the child's field that points back
    QString parentKey;       // the parent's value it must equal: "id" or a field key
    enum class Extra { None, Hours, AddParticipants, Consents } extra = Extra::None;

    QString translatedTitle() const;
    static QList<Relation> of(EntityType parent);
};

} // namespace hubdesk
