#include "session/ChangeOrganisationCommand.h"

#include "session/AuditAction.h"

#include <QCoreApplication>

namespace ropa::session {

ChangeOrganisationCommand::ChangeOrganisationCommand(RegisterDocument& document, const Controller& controller,
                                                     const std::optional<QDate>& lastReviewed)
    : EditCommand(
          document,
          QCoreApplication::translate("ropa::session::ChangeOrganisationCommand", "Change organisation details"),
          {RegisterChange::UpdateOrganisation{controller, lastReviewed}},
          AuditAction::record(AuditAction::kChangeOrganisation, {}))
{ }

} // namespace ropa::session
