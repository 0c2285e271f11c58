#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Makes a list of changes worked out elsewhere as one edit, such as the fix for a checker's finding (a retention
// rule added and the activity pointed at it): one step to undo, one entry in the audit log.
class ApplyChangesCommand : public EditCommand
{
public:
    ApplyChangesCommand(RegisterDocument& document, const QString& text, QList<RegisterChange> changes,
                        store::AuditRecord audit);
};

} // namespace ropa::session
