#include "session/RemoveActivityCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::session {

namespace {
QString textFor(const Activity& a)
{
    return QCoreApplication::translate("ropa::session::RemoveActivityCommand", "Delete activity '%1'")
        .arg(a.purpose.simplified());
}
} // namespace

RemoveActivityCommand::RemoveActivityCommand(RegisterDocument& document, qsizetype index)
    : EditCommand(document, textFor(document.reg().activities.at(index)),
                  {RegisterChange::RemoveActivity{document.reg().activities.at(index).id}},
                  AuditAction::record(AuditAction::kRemoveActivity,
                                      {{QStringLiteral("id"), document.reg().activities.at(index).id},
                                       {QStringLiteral("purpose"), document.reg().activities.at(index).purpose}}))
{ }

} // namespace ropa::session
