#include "session/ChangeActivityCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

#include <QJsonArray>

namespace ropa::session {

namespace {
store::AuditRecord auditOf(const Activity& before, const Activity& after)
{
    // The activity is named by the purpose it had, so that a renaming reads as one.
    return AuditAction::record(AuditAction::kChangeActivity,
                               {{QStringLiteral("id"), before.id},
                                {QStringLiteral("purpose"), before.purpose},
                                {QStringLiteral("fields"), QJsonArray::fromStringList(before.changedFields(after))}});
}
} // namespace

ChangeActivityCommand::ChangeActivityCommand(RegisterDocument& document, qsizetype index, const Activity& changed,
                                             const QString& text)
    : EditCommand(document, text, {RegisterChange::UpdateActivity{changed}},
                  auditOf(document.reg().activities.at(index), changed))
{ }

} // namespace ropa::session
