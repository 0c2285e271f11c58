#include "session/AddActivityCommand.h"

#include "session/AuditAction.h"

#include <QCoreApplication>

namespace ropa::session {

AddActivityCommand::AddActivityCommand(RegisterDocument& document, qsizetype index, const Activity& activity)
    : EditCommand(
          document,
          QCoreApplication::translate("ropa::session::AddActivityCommand", "Add activity '%1'")
              .arg(activity.purpose.simplified()),
          {RegisterChange::InsertActivity{activity, index}},
          AuditAction::record(AuditAction::kAddActivity,
                              {{QStringLiteral("id"), activity.id}, {QStringLiteral("purpose"), activity.purpose}}))
{ }

} // namespace ropa::session
