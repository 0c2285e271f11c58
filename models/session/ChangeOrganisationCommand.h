#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Changes the organisation's details, what it declares under PECR and when and by whom the register was last
// reviewed.
class ChangeOrganisationCommand : public EditCommand
{
public:
    ChangeOrganisationCommand(RegisterDocument& document, const RegisterChange::UpdateOrganisation& organisation);
};

} // namespace ropa::session
