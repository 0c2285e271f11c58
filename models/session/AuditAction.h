#pragma once

#include "domain/Register.h"
#include "store/AuditEntry.h"
#include "store/AuditRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ropa::session {

// The codes every change is recorded under in the audit log, with its arguments, and the sentence a person reads
// for each. The log keeps the code, never the words, so it reads in the reader's language and can be checked by
// a program.
class AuditAction
{
    Q_DECLARE_TR_FUNCTIONS(AuditAction)

public:
    static constexpr const char* kCreateRegister = "register.create"; // controller, activities
    static constexpr const char* kImportRegister = "register.import"; // source, activities
    static constexpr const char* kAddActivity = "activity.add"; // id, purpose
    static constexpr const char* kRemoveActivity = "activity.remove"; // id, purpose
    static constexpr const char* kChangeActivity = "activity.change"; // id, purpose, fields
    static constexpr const char* kMoveActivity = "activity.move"; // id, purpose, from, to (positions from 1)
    static constexpr const char* kAddEntry = "entry.add"; // kind, id, name
    static constexpr const char* kRemoveEntry = "entry.remove"; // kind, id, name
    static constexpr const char* kChangeEntry = "entry.change"; // kind, id, name, field (its key)
    static constexpr const char* kChangeOrganisation = "organisation.change"; // fields
    static constexpr const char* kApplyFix = "finding.fix"; // rule, name (of the item fixed)
    static constexpr const char* kSetAccess = "access.set"; // role, access (viewer, editor, dpo or none)
    // Set on the arguments of a change that undoes the one its code names.
    static constexpr const char* kUndoArgument = "undo";

    static store::AuditRecord record(const char* action, QJsonObject arguments);
    // The record of creating a register that starts out holding reg.
    static store::AuditRecord creating(const Register& reg, const QString& actor);
    // The record of undoing the change record describes.
    static store::AuditRecord undoing(store::AuditRecord record);

    // "Changed the lawful bases of 'Providing our services'"; an entry written before codes reads as it was written.
    static QString sentence(const store::AuditEntry& entry);
    // The entry's detail for a reader: the ids it concerns, or the old free text.
    static QString detail(const store::AuditEntry& entry);
};

} // namespace ropa::session
