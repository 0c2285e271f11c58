#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Changes the organisation's details and the date the register was last reviewed.
class ChangeOrganisationCommand : public EditCommand
{
public:
    ChangeOrganisationCommand(RegisterDocument& document, const Controller& controller,
                              const std::optional<QDate>& lastReviewed);
};

} // namespace ropa::session
