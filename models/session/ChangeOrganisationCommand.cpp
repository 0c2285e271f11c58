#include "session/ChangeOrganisationCommand.h"

#include "session/AuditAction.h"

#include <QCoreApplication>

namespace ropa::session {

ChangeOrganisationCommand::ChangeOrganisationCommand(RegisterDocument& document,
                                                     const RegisterChange::UpdateOrganisation& organisation)
    : EditCommand(
          document,
          QCoreApplication::translate("ropa::session::ChangeOrganisationCommand", "Change organisation details"),
          {organisation}, AuditAction::record(AuditAction::kChangeOrganisation, {}))
{ }

} // namespace ropa::session
